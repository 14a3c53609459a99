package vn.thidua.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.ranking.Ranking;

/**
 * Writes a run's rankings, each as its JSON, and reads them back in their order. A ranking whose JSON is over
 * {@code thidua.audit.ranking-part-bytes} (128 KiB) is kept in parts of at most that many bytes of UTF-8, each whole
 * characters (evaluation_ranking_part, V34), and its ranking_json is NULL: a commune's ranking in a province's run
 * (about 20 MB for 28,000 people) is then never one value in memory or in a packet to the database.
 */
@Component
class RankingStore {

    private static final String INSERT = "INSERT INTO evaluation_ranking (run_id, seq, award, unit_code, ranking_json)"
            + " VALUES (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    /**
     * The mapper's writer, without Jackson's wrapping of what a serialiser throws: a part the database refuses while the
     * ranking is written then reaches the caller as the DataAccessException it is, and the run fails as on any other
     * database failure (RunNotStoredException, nothing kept), not as an error of the ranking's JSON.
     */
    private final ObjectWriter writer;
    /**
     * The largest ranking JSON kept as one value, and the largest part of a larger one, in bytes of UTF-8. Small enough
     * that neither the buffer nor a part's text (two bytes a character once it holds Vietnamese) is a humongous object
     * in a small heap (G1's regions are 1 MiB up to a 2 GiB heap; half a region is humongous).
     */
    private final int partBytes;

    RankingStore(JdbcTemplate jdbc, JsonMapper json, @Value("${thidua.audit.ranking-part-bytes:131072}") int partBytes) {
        if (partBytes < 1024) {
            throw new IllegalArgumentException("thidua.audit.ranking-part-bytes must be at least 1024 (bytes), not " + partBytes);
        }
        this.jdbc = jdbc;
        this.json = json;
        this.writer = json.writer().without(SerializationFeature.WRAP_EXCEPTIONS);
        this.partBytes = partBytes;
    }

    /** Inserts one ranking of a run at place {@code seq}: a run stored as it is ranked, one quota at a time. */
    void insert(long runId, int seq, Ranking ranking) {
        Parts parts = new Parts(runId, seq, ranking);
        try (JsonGenerator generator = writer.createGenerator(parts)) {
            writer.writeValue(generator, ranking);
        }
        parts.finish();
    }

    /** Inserts a run's rankings in their order, each as {@link #insert(long, int, Ranking)} does. */
    void insert(long runId, List<Ranking> rankings) {
        for (int seq = 0; seq < rankings.size(); seq++) {
            insert(runId, seq, rankings.get(seq));
        }
    }

    List<Ranking> find(long runId) {
        List<Ranking> rankings = new ArrayList<>();
        List<Integer> inParts = new ArrayList<>();
        jdbc.query("SELECT seq, ranking_json FROM evaluation_ranking WHERE run_id = ? ORDER BY seq", rs -> {
            String value = rs.getString(2);
            if (value == null) {
                inParts.add(rankings.size());
                rankings.add(null);
                // The parts are read once this query has ended: its seq is kept in their place meanwhile.
                inParts.add(rs.getInt(1));
            } else {
                rankings.add(json.readValue(value, Ranking.class));
            }
        }, runId);
        for (int i = 0; i < inParts.size(); i += 2) {
            rankings.set(inParts.get(i), readParts(runId, inParts.get(i + 1)));
        }
        return rankings;
    }

    private Ranking readParts(long runId, int seq) {
        List<String> parts = jdbc.queryForList("SELECT content FROM evaluation_ranking_part WHERE run_id = ? AND seq = ?"
                + " ORDER BY part", String.class, runId, seq);
        if (parts.isEmpty()) {
            throw new IllegalStateException("ranking " + seq + " of run " + runId + " has neither its JSON nor its parts");
        }
        return json.readValue(new Joined(parts), Ranking.class);
    }

    /**
     * The ranking's JSON as written, kept until it is over the part size: then its row is inserted without it and
     * each full part is inserted as it fills, cut where a character ends; {@link #finish} inserts the rest.
     */
    private final class Parts extends OutputStream {
        private final long runId;
        private final int seq;
        private final Ranking ranking;
        /** Grown up to the part size as the JSON comes: most rankings are a few KB, one per run of a single dossier. */
        private byte[] buffer = new byte[Math.min(partBytes, 8192)];
        private int length;
        private int written;

        Parts(long runId, int seq, Ranking ranking) {
            this.runId = runId;
            this.seq = seq;
            this.ranking = ranking;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int count) {
            while (count > 0) {
                if (length == buffer.length && buffer.length < partBytes) {
                    buffer = Arrays.copyOf(buffer, Math.min(partBytes, buffer.length * 2));
                } else if (length == buffer.length) {
                    // More than fits: the ranking goes in parts (a ranking of exactly the part size is still one value).
                    writePart();
                }
                int n = Math.min(count, buffer.length - length);
                System.arraycopy(bytes, offset, buffer, length, n);
                length += n;
                offset += n;
                count -= n;
            }
        }

        @Override
        public void close() {
            // The generator closes its target; what is left is inserted by finish().
        }

        void finish() {
            if (written == 0) {
                row(new String(buffer, 0, length, StandardCharsets.UTF_8));
            } else if (length > 0) {
                part(length);
            }
        }

        private void writePart() {
            if (written == 0) {
                row(null);
            }
            part(characterEnd());
        }

        /** The end of the last whole character in the buffer. */
        private int characterEnd() {
            int lead = length - 1;
            while (lead > 0 && (buffer[lead] & 0xC0) == 0x80) {
                lead--;
            }
            int first = buffer[lead] & 0xFF;
            int size = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2;
            return lead + size <= length ? length : lead;
        }

        private void part(int end) {
            String content = new String(buffer, 0, end, StandardCharsets.UTF_8);
            jdbc.update("INSERT INTO evaluation_ranking_part (run_id, seq, part, content) VALUES (?, ?, ?, ?)", runId, seq,
                    written++, content);
            System.arraycopy(buffer, end, buffer, 0, length - end);
            length -= end;
        }

        private void row(String value) {
            jdbc.update(INSERT, runId, seq, ranking.award().name(), ranking.unit(), value);
        }
    }

    /** Reads the parts one after the other, as the one JSON they are. */
    private static final class Joined extends Reader {
        private final List<String> parts;
        private int part;
        private int at;

        Joined(List<String> parts) {
            this.parts = parts;
        }

        @Override
        public int read(char[] target, int offset, int count) {
            while (part < parts.size() && at == parts.get(part).length()) {
                part++;
                at = 0;
            }
            if (part == parts.size()) {
                return -1;
            }
            String current = parts.get(part);
            int n = Math.min(count, current.length() - at);
            current.getChars(at, at + n, target, offset);
            at += n;
            return n;
        }

        @Override
        public void close() throws IOException {
        }
    }
}

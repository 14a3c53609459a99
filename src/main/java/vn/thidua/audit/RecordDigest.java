package vn.thidua.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hashes a record's stored rows, table by table ({@link RecordKind.Part}), with the canonical texts
 * of {@link RunColumns} and the length-prefixed SHA-256 of {@link RunDigest}, and the content and
 * link hashes of its seal.
 */
@Component
class RecordDigest {

    /** One table of a record as hashed: how many rows and their SHA-256. */
    record PartHash(String table, long rows, String sha256) {

        @Override
        public String toString() {
            return table + "=" + rows + ":" + sha256;
        }

        /** The parts as stored in a seal's {@code parts} column. */
        static String join(List<PartHash> parts) {
            return String.join(";", parts.stream().map(PartHash::toString).toList());
        }

        /** The parts of a seal's {@code parts} column; a malformed one keeps its text as the table. */
        static List<PartHash> split(String stored) {
            List<PartHash> parts = new ArrayList<>();
            for (String part : stored.split(";")) {
                int eq = part.lastIndexOf('=');
                int colon = part.lastIndexOf(':');
                try {
                    parts.add(new PartHash(part.substring(0, eq), Long.parseLong(part.substring(eq + 1, colon)),
                            part.substring(colon + 1)));
                } catch (RuntimeException e) {
                    parts.add(new PartHash(part, -1, ""));
                }
            }
            return parts;
        }
    }

    private final JdbcTemplate jdbc;

    RecordDigest(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The hash of each table of the record as stored now, in the kind's order; a missing record has 0-row parts, but for
     * a part hashed only with rows ({@link RecordKind.Part#onlyWithRows}), left out.
     */
    List<PartHash> parts(RecordKind kind, String key) {
        Object bound = kind.bind(key);
        List<PartHash> hashes = new ArrayList<>(kind.parts().size());
        for (RecordKind.Part part : kind.parts()) {
            RunDigest digest = new RunDigest();
            long[] count = {0};
            int order = part.textOrderIndex();
            if (order >= 0) {
                List<List<String>> rows = new ArrayList<>(jdbc.query(part.select(), (rs, n) -> RunColumns.read(part.columns(), rs),
                        bound));
                rows.sort(Comparator.comparing(row -> row.get(order), Comparator.nullsFirst(Comparator.naturalOrder())));
                rows.forEach(digest::row);
                count[0] = rows.size();
            } else {
                // Hashed as read, a row at a time: a run's rankings can be tens of MB.
                jdbc.query(part.select(), rs -> {
                    digest.row(RunColumns.read(part.columns(), rs));
                    count[0]++;
                }, bound);
            }
            if (count[0] > 0 || !part.onlyWithRows()) {
                hashes.add(new PartHash(part.table(), count[0], digest.hex()));
            }
        }
        return hashes;
    }

    /** The keys of every record of the kind that must be sealed, ids in numeric order, versions in text order. */
    List<String> keys(RecordKind kind) {
        List<String> keys = jdbc.query(kind.listing(), (rs, n) -> kind.numericKey() ? Long.toString(rs.getLong(1)) : rs.getString(1));
        return keys.stream().sorted(kind.numericKey() ? Comparator.comparingLong(Long::parseLong) : Comparator.naturalOrder())
                .toList();
    }

    /** The content hash of a record: its kind, its key and its parts. */
    static String content(RecordKind kind, String key, List<PartHash> parts) {
        RunDigest digest = new RunDigest().add("thidua-record-content-v1").add(kind.name()).add(key);
        for (PartHash part : parts) {
            digest.add(part.table()).add(Long.toString(part.rows())).add(part.sha256());
        }
        return digest.hex();
    }

    /** The record hash: its place in the chain, the previous record's hash, its content hash and when it was sealed. */
    static String link(long chainSeq, String prevHash, String content, String sealedAt) {
        return new RunDigest().add("thidua-record-link-v1").add(Long.toString(chainSeq)).add(prevHash).add(content)
                .add(Objects.requireNonNull(sealedAt)).hex();
    }
}

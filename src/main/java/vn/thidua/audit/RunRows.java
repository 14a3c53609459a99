package vn.thidua.audit;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A stored run's rows as canonical texts ({@link RunColumns}), in seq order, as its seal covers them. */
@Component
class RunRows {

    private final JdbcTemplate jdbc;
    private final DecisionStore store;

    RunRows(JdbcTemplate jdbc, DecisionStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** The header row, or null when no run has this id. */
    List<String> header(long runId) {
        List<List<String>> rows = jdbc.query("SELECT " + RunColumns.names(RunColumns.HEADER)
                + " FROM evaluation_run WHERE id = ?", (rs, n) -> RunColumns.read(RunColumns.HEADER, rs), runId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    void decisions(long runId, Consumer<List<String>> each) {
        jdbc.query("SELECT " + RunColumns.names(RunColumns.DECISION) + " FROM evaluation_decision WHERE run_id = ?"
                + " ORDER BY seq", rs -> {
                    each.accept(RunColumns.read(RunColumns.DECISION, rs));
                }, runId);
    }

    /**
     * The rows the seal's criteria hash covers, in either layout ({@link DecisionStore#sealRows}); a decision
     * whose criteria document no longer matches the SHA-256 recorded with it is told to {@code altered}.
     */
    void criteria(long runId, Consumer<List<String>> each, Consumer<String> altered) {
        store.sealRows(runId, each, altered);
    }

    /**
     * The request of a run stored in parts (its request_json is null, V32), as the bytes received: its parts one
     * after the other; empty for a run stored whole.
     */
    byte[] requestParts(long runId) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        eachRequestPart(runId, bytes::writeBytes);
        return bytes.toByteArray();
    }

    /** The SHA-256 of a run's request parts one after the other, read a part at a time; null when it has none. */
    String requestPartsSha256(long runId) {
        MessageDigest sha = RunDigest.sha256();
        int[] parts = {0};
        eachRequestPart(runId, part -> {
            sha.update(part);
            parts[0]++;
        });
        return parts[0] == 0 ? null : HexFormat.of().formatHex(sha.digest());
    }

    private void eachRequestPart(long runId, Consumer<byte[]> each) {
        jdbc.query("SELECT content FROM evaluation_request_part WHERE run_id = ? ORDER BY seq", rs -> {
            each.accept(rs.getBytes(1));
        }, runId);
    }

    /** Whether the run's criteria are documents in its decision rows. */
    boolean documents(long runId) {
        return store.documents(runId);
    }

    /** The run's criteria layout ({@link DecisionStore#layout}). */
    String layout(long runId) {
        return store.layout(runId);
    }

    /** What the run read from the register (register_json), or null: an optional column, left out of the row when null. */
    static String register(List<String> header) {
        int last = RunColumns.HEADER.size() - 1;
        return header.size() > last ? header.get(last) : null;
    }

    /** A header value by column name. */
    static String value(List<String> header, String column) {
        for (int i = 0; i < RunColumns.HEADER.size(); i++) {
            if (RunColumns.HEADER.get(i).name().equals(column)) {
                return header.get(i);
            }
        }
        throw new IllegalArgumentException("no header column " + column);
    }
}

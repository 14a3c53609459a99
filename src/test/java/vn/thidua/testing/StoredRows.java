package vn.thidua.testing;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Alters a stored run with SQL, as someone with database access could, runs a check, and puts the
 * rows back, so that other tests on the shared database see an intact chain.
 */
public final class StoredRows {

    private final JdbcTemplate jdbc;

    public StoredRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks one criterion of the run that is not met as MET while {@code check} runs: in its evaluation_criterion
     * row for a run stored with a row per criterion, in its decision's criteria document (one changed value in the
     * JSON, the SHA-256 recorded with it left alone) for a run stored with documents.
     */
    public <T> T withCriterionMarkedMet(long runId, Supplier<T> check) {
        if (documents(runId)) {
            return withCriterionMarkedMetInDocument(runId, check).value();
        }
        Map<String, Object> row = jdbc.queryForMap("SELECT decision_seq, seq, result FROM evaluation_criterion"
                + " WHERE run_id = ? AND result <> 'MET' ORDER BY decision_seq, seq LIMIT 1", runId);
        String update = "UPDATE evaluation_criterion SET result = ? WHERE run_id = ? AND decision_seq = ? AND seq = ?";
        jdbc.update(update, "MET", runId, row.get("decision_seq"), row.get("seq"));
        try {
            return check.get();
        } finally {
            jdbc.update(update, row.get("result"), runId, row.get("decision_seq"), row.get("seq"));
        }
    }

    /** What a check answered on a run whose criteria document was altered, and the seq of the decision altered. */
    public record Altered<T>(T value, int decisionSeq) {
    }

    /** Marks the first NOT_MET criterion of a run stored with documents as MET in its document while {@code check} runs. */
    public <T> Altered<T> withCriterionMarkedMetInDocument(long runId, Supplier<T> check) {
        Map<String, Object> row = jdbc.queryForMap("SELECT seq, criteria_json FROM evaluation_decision WHERE run_id = ?"
                + " AND criteria_json LIKE '%\"result\":\"NOT_MET\"%' ORDER BY seq LIMIT 1", runId);
        String original = (String) row.get("criteria_json");
        String altered = original.replaceFirst("\"result\":\"NOT_MET\"", "\"result\":\"MET\"");
        String update = "UPDATE evaluation_decision SET criteria_json = ? WHERE run_id = ? AND seq = ?";
        jdbc.update(update, altered, runId, row.get("seq"));
        try {
            return new Altered<>(check.get(), ((Number) row.get("seq")).intValue());
        } finally {
            jdbc.update(update, original, runId, row.get("seq"));
        }
    }

    /** Whether the run's criteria are stored as documents in its decision rows (with their citations inside or cited). */
    public boolean documents(long runId) {
        return layout(runId) != null;
    }

    /** The run's criteria layout: null (a row per criterion), DOCUMENT or DOCUMENT_CITED. */
    public String layout(long runId) {
        return jdbc.queryForObject("SELECT criteria_layout FROM evaluation_run WHERE id = ?", String.class, runId);
    }

    /** Changes the title of the run's first citation (evaluation_citation, seq 0) while {@code check} runs. */
    public <T> T withCitationTitleChanged(long runId, String title, Supplier<T> check) {
        String original = jdbc.queryForObject("SELECT citation_title FROM evaluation_citation WHERE run_id = ? AND seq = 0",
                String.class, runId);
        String update = "UPDATE evaluation_citation SET citation_title = ? WHERE run_id = ? AND seq = 0";
        jdbc.update(update, title, runId);
        try {
            return check.get();
        } finally {
            jdbc.update(update, original, runId);
        }
    }

    /** Replaces text in the run's stored request while {@code check} runs. */
    public <T> T withRequestReplaced(long runId, String from, String to, Supplier<T> check) {
        String original = jdbc.queryForObject("SELECT request_json FROM evaluation_run WHERE id = ?", String.class, runId);
        jdbc.update("UPDATE evaluation_run SET request_json = REPLACE(request_json, ?, ?) WHERE id = ?", from, to, runId);
        try {
            return check.get();
        } finally {
            jdbc.update("UPDATE evaluation_run SET request_json = ? WHERE id = ?", original, runId);
        }
    }

    public <T> T withSealColumn(long runId, String column, String value, Supplier<T> check) {
        return withSealColumns(runId, Map.of(column, value), check);
    }

    /** Sets columns of the run's seal while {@code check} runs. */
    public <T> T withSealColumns(long runId, Map<String, String> values, Supplier<T> check) {
        Map<String, Object> original = jdbc.queryForMap("SELECT * FROM evaluation_run_seal WHERE run_id = ?", runId);
        values.forEach((column, value) -> jdbc.update("UPDATE evaluation_run_seal SET " + column + " = ? WHERE run_id = ?",
                value, runId));
        try {
            return check.get();
        } finally {
            values.keySet().forEach(column -> jdbc.update("UPDATE evaluation_run_seal SET " + column + " = ? WHERE run_id = ?",
                    original.get(column), runId));
        }
    }

    public String seal(long runId, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM evaluation_run_seal WHERE run_id = ?", String.class, runId);
    }

    public long chainSeq(long runId) {
        Long seq = jdbc.queryForObject("SELECT chain_seq FROM evaluation_run_seal WHERE run_id = ?", Long.class, runId);
        return seq == null ? 0 : seq;
    }

    /** The activation the active rule set was recorded by (sealed in the record chain). */
    public long activeActivation() {
        Long id = jdbc.queryForObject("SELECT activation_id FROM rule_set_active WHERE id = 1", Long.class);
        return id == null ? 0 : id;
    }

    /** Rewrites the reason of a recorded activation while {@code check} runs. */
    public <T> T withActivationReason(long activationId, String reason, Supplier<T> check) {
        String original = jdbc.queryForObject("SELECT reason FROM rule_set_activation WHERE id = ?", String.class, activationId);
        jdbc.update("UPDATE rule_set_activation SET reason = ? WHERE id = ?", reason, activationId);
        try {
            return check.get();
        } finally {
            jdbc.update("UPDATE rule_set_activation SET reason = ? WHERE id = ?", original, activationId);
        }
    }
}

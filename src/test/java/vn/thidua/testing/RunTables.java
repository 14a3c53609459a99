package vn.thidua.testing;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Row counts and raw rows of the evaluation tables, to show what a call stored or left alone. */
public final class RunTables {

    private final JdbcTemplate jdbc;

    public RunTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Rows in evaluation_run, evaluation_decision and evaluation_criterion (runs stored before V31), and the
     * decisions holding their criteria as a document (runs stored since).
     */
    public record Counts(long runs, long decisions, long criterionRows, long criteriaDocuments) {
    }

    public Counts counts() {
        // Not a scan of the documents themselves: on MariaDB that reads every one off its page.
        Long documents = jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_decision d JOIN evaluation_run r"
                + " ON r.id = d.run_id WHERE r.criteria_layout IN ('DOCUMENT', 'DOCUMENT_CITED') AND d.criteria_sha256 IS NOT NULL", Long.class);
        return new Counts(count("evaluation_run"), count("evaluation_decision"), count("evaluation_criterion"),
                documents == null ? 0 : documents);
    }

    /** Every column of one run's header row. */
    public Map<String, Object> run(long id) {
        return jdbc.queryForMap("SELECT * FROM evaluation_run WHERE id = ?", id);
    }

    /** One run's decision rows, in order, every column. */
    public List<Map<String, Object>> decisions(long id) {
        return jdbc.queryForList("SELECT * FROM evaluation_decision WHERE run_id = ? ORDER BY seq", id);
    }

    private long count(String table) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return count == null ? 0 : count;
    }
}

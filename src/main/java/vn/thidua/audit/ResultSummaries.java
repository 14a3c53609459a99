package vn.thidua.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The summary of a run's results table (table {@code run_result_summary}, V26): how many of its rows
 * share a unit, award, outcome, set of priority groups and quota selection. The results page's counts,
 * its number of matching rows and its units are summed from these few hundred lines rather than
 * counted over the rows of the run. Derived from the rows like them, and not sealed.
 */
@Component
class ResultSummaries {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    ResultSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The selection of a row as the summary keys it: 'Y' selected, 'N' ranked and not selected, '-' not ranked. */
    static String selection(Boolean selected) {
        return selected == null ? "-" : selected ? "Y" : "N";
    }

    /** Writes the summary of a run's rows, in the caller's transaction. */
    void insert(long runId, List<ResultRows.Row> rows) {
        Map<List<String>, long[]> lines = new LinkedHashMap<>();
        for (ResultRows.Row row : rows) {
            List<String> key = List.of(row.unit(), row.unitName(), row.award().name(), row.outcome().name(),
                    ResultRows.groupsText(row.groups()), selection(row.selected()));
            lines.computeIfAbsent(key, k -> new long[1])[0]++;
        }
        List<Object[]> batch = new ArrayList<>(Math.min(BATCH, lines.size()));
        for (Map.Entry<List<String>, long[]> line : lines.entrySet()) {
            List<String> key = line.getKey();
            batch.add(new Object[] {runId, key.get(0), key.get(1), key.get(2), key.get(3), key.get(4), key.get(5),
                line.getValue()[0]});
            if (batch.size() >= BATCH) {
                flush(batch);
            }
        }
        flush(batch);
    }

    private void flush(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO run_result_summary (run_id, unit_code, unit_name, award, outcome, priority_groups,"
                    + " selection, decisions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch);
            batch.clear();
        }
    }

    /**
     * Writes the summary of a run stored before V26 from its rows, in the caller's transaction; the
     * same lines as {@link #insert} writes from the rows in memory.
     */
    void insertFromRows(long runId) {
        jdbc.update("INSERT INTO run_result_summary (run_id, unit_code, unit_name, award, outcome, priority_groups, selection,"
                + " decisions) SELECT run_id, unit_code, MAX(unit_name), award, outcome, priority_groups,"
                + " CASE WHEN selected IS NULL THEN '-' WHEN selected THEN 'Y' ELSE 'N' END, COUNT(*)"
                + " FROM run_result_row WHERE run_id = ? GROUP BY run_id, unit_code, award, outcome, priority_groups,"
                + " CASE WHEN selected IS NULL THEN '-' WHEN selected THEN 'Y' ELSE 'N' END", runId);
    }

    /** The ids of runs with rows but no summary (stored before V26), oldest first. */
    List<Long> runsWithoutSummary() {
        return jdbc.queryForList("SELECT r.id FROM evaluation_run r WHERE r.decision_count > 0"
                + " AND EXISTS (SELECT 1 FROM run_result_row x WHERE x.run_id = r.id)"
                + " AND NOT EXISTS (SELECT 1 FROM run_result_summary s WHERE s.run_id = r.id) ORDER BY r.id", Long.class);
    }

    /** Whether a run has its summary. */
    boolean present(long runId) {
        return !jdbc.queryForList("SELECT 1 FROM run_result_summary WHERE run_id = ? LIMIT 1", Integer.class, runId).isEmpty();
    }

    /** The number of a run's rows matching a condition on the columns the rows and the summary share. */
    long sum(String where, List<Object> args) {
        Long sum = jdbc.queryForObject("SELECT COALESCE(SUM(decisions), 0) FROM run_result_summary" + where, Long.class,
                args.toArray());
        return sum == null ? 0 : sum;
    }

    /** The number of rows per value of {@code column} matching the condition. */
    Map<String, Long> sumBy(String column, String where, List<Object> args) {
        Map<String, Long> sums = new LinkedHashMap<>();
        jdbc.query("SELECT " + column + ", SUM(decisions) FROM run_result_summary" + where + " GROUP BY " + column, rs -> {
            sums.put(rs.getString(1), rs.getLong(2));
        }, args.toArray());
        return sums;
    }

    /** The units of a run with their names, by code. */
    List<ResultRows.UnitName> units(long runId) {
        return jdbc.query("SELECT DISTINCT unit_code, unit_name FROM run_result_summary WHERE run_id = ? ORDER BY unit_code",
                (rs, n) -> new ResultRows.UnitName(rs.getString(1), rs.getString(2)), runId);
    }
}

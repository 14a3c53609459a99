package vn.thidua.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The summaries of a run's results table, written with the run from the same rows and not sealed:
 * <ul>
 * <li>{@code run_result_summary} (V26): how many rows share a unit, award, outcome, set of priority
 * groups and quota selection; read when the page is filtered by a unit (its key leads with the run and
 * the unit);</li>
 * <li>{@code run_result_total} (V29): the same lines without the unit, a few hundred whatever the size
 * of the run; read by every page without a unit filter (a district's 6,700 units made the per-unit
 * summary nearly as long as the run);</li>
 * <li>{@code run_result_unit} (V29): the run's units with their names and decisions, for the unit filter.</li>
 * </ul>
 */
@Component
class ResultSummaries {

    /** The summary a condition is summed from: per unit when it names a unit, else the run-wide totals. */
    enum Table {
        BY_UNIT("run_result_summary"), RUN("run_result_total");

        final String name;

        Table(String name) {
            this.name = name;
        }
    }

    private static final int BATCH = 1000;
    /** Units whose summary lines one statement groups, when they are written from the stored rows. */
    private static final int UNITS_PER_STATEMENT = 64;

    private final JdbcTemplate jdbc;

    ResultSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The selection of a row as the summary keys it: 'Y' selected, 'N' ranked and not selected, '-' not ranked. */
    static String selection(Boolean selected) {
        return selected == null ? "-" : selected ? "Y" : "N";
    }

    /** Writes the three summaries of a run's rows, in the caller's transaction. */
    void insert(long runId, List<ResultRows.Row> rows) {
        Map<List<String>, long[]> byUnit = new LinkedHashMap<>();
        Map<List<String>, long[]> totals = new LinkedHashMap<>();
        Map<List<String>, long[]> units = new LinkedHashMap<>();
        for (ResultRows.Row row : rows) {
            String award = row.award().name();
            String outcome = row.outcome().name();
            String groups = ResultRows.groupsText(row.groups());
            String selection = selection(row.selected());
            byUnit.computeIfAbsent(List.of(row.unit(), row.unitName(), award, outcome, groups, selection), k -> new long[1])[0]++;
            totals.computeIfAbsent(List.of(award, outcome, groups, selection), k -> new long[1])[0]++;
            units.computeIfAbsent(List.of(row.unit(), row.unitName()), k -> new long[1])[0]++;
        }
        write("INSERT INTO run_result_summary (run_id, unit_code, unit_name, award, outcome, priority_groups, selection,"
                + " decisions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", runId, byUnit);
        write("INSERT INTO run_result_total (run_id, award, outcome, priority_groups, selection, decisions)"
                + " VALUES (?, ?, ?, ?, ?, ?)", runId, totals);
        write("INSERT INTO run_result_unit (run_id, unit_code, unit_name, decisions) VALUES (?, ?, ?, ?)", runId, units);
    }

    // One statement per line: the run id, the key's values, the count.
    private void write(String sql, long runId, Map<List<String>, long[]> lines) {
        List<Object[]> batch = new ArrayList<>(Math.min(BATCH, lines.size()));
        for (Map.Entry<List<String>, long[]> line : lines.entrySet()) {
            Object[] values = new Object[line.getKey().size() + 2];
            values[0] = runId;
            for (int i = 0; i < line.getKey().size(); i++) {
                values[i + 1] = line.getKey().get(i);
            }
            values[values.length - 1] = line.getValue()[0];
            batch.add(values);
            if (batch.size() >= BATCH) {
                jdbc.batchUpdate(sql, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(sql, batch);
        }
    }

    /**
     * Writes the summaries of a run stored before V29 in the caller's transaction: the per-unit summary
     * from its rows when it has none (stored before V26), then the totals and the units from that; the
     * same lines as {@link #insert} writes from the rows in memory.
     */
    void insertFromRows(long runId) {
        if (jdbc.queryForList("SELECT 1 FROM run_result_summary WHERE run_id = ? LIMIT 1", Integer.class, runId).isEmpty()) {
            // A unit range at a time (by ix_result_row_unit): the database groups in memory, and a province's run has some
            // 640,000 lines of summary over 13,000 units (H2 ran out of a 256 MiB heap grouping them in one statement).
            List<String> units = jdbc.queryForList("SELECT DISTINCT unit_code FROM run_result_row WHERE run_id = ? ORDER BY unit_code",
                    String.class, runId);
            for (int from = 0; from < units.size(); from += UNITS_PER_STATEMENT) {
                String last = units.get(Math.min(units.size(), from + UNITS_PER_STATEMENT) - 1);
                jdbc.update("INSERT INTO run_result_summary (run_id, unit_code, unit_name, award, outcome, priority_groups, selection,"
                        + " decisions) SELECT run_id, unit_code, MAX(unit_name), award, outcome, priority_groups,"
                        + " CASE WHEN selected IS NULL THEN '-' WHEN selected THEN 'Y' ELSE 'N' END, COUNT(*)"
                        + " FROM run_result_row WHERE run_id = ? AND unit_code >= ? AND unit_code <= ?"
                        + " GROUP BY run_id, unit_code, award, outcome, priority_groups,"
                        + " CASE WHEN selected IS NULL THEN '-' WHEN selected THEN 'Y' ELSE 'N' END", runId, units.get(from), last);
            }
        }
        jdbc.update("INSERT INTO run_result_total (run_id, award, outcome, priority_groups, selection, decisions)"
                + " SELECT run_id, award, outcome, priority_groups, selection, SUM(decisions) FROM run_result_summary"
                + " WHERE run_id = ? GROUP BY run_id, award, outcome, priority_groups, selection", runId);
        jdbc.update("INSERT INTO run_result_unit (run_id, unit_code, unit_name, decisions)"
                + " SELECT run_id, unit_code, MAX(unit_name), SUM(decisions) FROM run_result_summary"
                + " WHERE run_id = ? GROUP BY run_id, unit_code", runId);
    }

    /** The ids of runs with rows but no run-wide totals (stored before V26, or by an instance older than V29), oldest first. */
    List<Long> runsWithoutSummary() {
        return jdbc.queryForList("SELECT r.id FROM evaluation_run r WHERE r.decision_count > 0"
                + " AND EXISTS (SELECT 1 FROM run_result_row x WHERE x.run_id = r.id)"
                + " AND NOT EXISTS (SELECT 1 FROM run_result_total s WHERE s.run_id = r.id) ORDER BY r.id", Long.class);
    }

    /** Whether a run has its summaries. */
    boolean present(long runId) {
        return !jdbc.queryForList("SELECT 1 FROM run_result_total WHERE run_id = ? LIMIT 1", Integer.class, runId).isEmpty();
    }

    /** The number of a run's rows matching a condition on the columns the rows and the summary share. */
    long sum(Table table, String where, List<Object> args) {
        Long sum = jdbc.queryForObject("SELECT COALESCE(SUM(decisions), 0) FROM " + table.name + where, Long.class,
                args.toArray());
        return sum == null ? 0 : sum;
    }

    /** The number of rows per value of {@code column} matching the condition. */
    Map<String, Long> sumBy(Table table, String column, String where, List<Object> args) {
        Map<String, Long> sums = new LinkedHashMap<>();
        jdbc.query("SELECT " + column + ", SUM(decisions) FROM " + table.name + where + " GROUP BY " + column, rs -> {
            sums.put(rs.getString(1), rs.getLong(2));
        }, args.toArray());
        return sums;
    }

    /** The units of a run with their names, by code. */
    List<ResultRows.UnitName> units(long runId) {
        return jdbc.query("SELECT unit_code, unit_name FROM run_result_unit WHERE run_id = ? ORDER BY unit_code",
                (rs, n) -> new ResultRows.UnitName(rs.getString(1), rs.getString(2)), runId);
    }
}

package vn.thidua.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.Unit;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Outcome;
import vn.thidua.ranking.Ranking;
import vn.thidua.ranking.RankingEntry;

/**
 * The results table of a run in the database (table {@code run_result_row}, one row per decision):
 * written with the run, in its transaction, and read a page at a time, filtered and counted in SQL,
 * so that a run of 100,000 people opens as fast as a small one. The rows are derived from what the
 * run stores and sealed (request, decisions, rankings) and are not sealed themselves.
 */
@Service
public class ResultRows {

    /** Rows per page unless asked otherwise, and the most a page may hold. */
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    private static final int BATCH = 1000;
    private static final String COLUMNS = "seq, subject_id, subject_name, unit_code, unit_name, award, outcome,"
            + " requires_judgement, priority_groups, selected";

    /** One line of the results table: a subject's decision for an award, with its unit and priority groups. */
    public record Row(int seq, String subjectId, String name, String unit, String unitName, AwardCode award, Outcome outcome,
            boolean requiresCouncilJudgement, Set<PriorityGroup> groups, Boolean selected) {
    }

    /** The table's filters; a null or blank filter matches everything. */
    public record Filter(String unit, AwardCode award, Outcome outcome, PriorityGroup group) {

        public static final Filter NONE = new Filter(null, null, null, null);

        /** Whether a row passes every filter (the same test the database makes). */
        public boolean matches(Row row) {
            return (unit == null || unit.isBlank() || unit.equals(row.unit()))
                    && (award == null || award == row.award())
                    && (outcome == null || outcome == row.outcome())
                    && (group == null || row.groups().contains(group));
        }
    }

    /** The decision of a row without its names: what a report over many runs counts. */
    public record Decided(String subjectId, String unit, AwardCode award, Outcome outcome, Boolean selected) {
    }

    /** A page of rows: {@code matching} rows pass the filter, of {@code total} in the run; pages count from 1. */
    public record Page(List<Row> rows, long matching, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (matching + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages();
        }

        /** The position in the filtered list of the first row of this page, from 1. */
        public long first() {
            return rows.isEmpty() ? 0 : (long) (page - 1) * size + 1;
        }

        public long last() {
            return first() + rows.size() - (rows.isEmpty() ? 0 : 1);
        }
    }

    /**
     * Counts per outcome (under every filter but the outcome) and per award (under every filter but
     * the award), in enum order, zeros left out.
     */
    public record Counts(Map<Outcome, Long> byOutcome, Map<AwardCode, Long> byAward) {
    }

    /** A unit of a run with its name, as the unit filter offers it. */
    public record UnitName(String code, String name) {
    }

    /** Names and units of a request's subjects, by subject id: what the rows take from the request. */
    public record Subjects(Map<String, String> names, Map<String, String> units, Map<String, String> unitNames) {

        public static Subjects of(EvaluationRequest request) {
            Map<String, String> names = new HashMap<>();
            Map<String, String> units = new HashMap<>();
            for (Individual person : request.individuals()) {
                names.put(person.id(), person.fullName());
                units.put(person.id(), person.unit());
            }
            for (Collective collective : request.collectives()) {
                names.put(collective.id(), collective.name());
                units.put(collective.id(), collective.unit());
            }
            for (Household household : request.households()) {
                names.put(household.id(), household.headName() == null ? household.id() : household.headName());
                units.put(household.id(), household.unit());
            }
            Map<String, String> unitNames = new HashMap<>();
            for (Unit unit : request.units()) {
                unitNames.put(unit.code(), unit.name());
            }
            return new Subjects(names, units, unitNames);
        }

        public String name(String subjectId) {
            String name = names.get(subjectId);
            return name == null ? subjectId : name;
        }

        public String unit(String subjectId) {
            String unit = units.get(subjectId);
            return unit == null ? "" : unit;
        }

        public String unitName(String code) {
            String name = unitNames.get(code);
            return name == null ? code : name;
        }
    }

    private final JdbcTemplate jdbc;
    private final ResultSummaries summaries;

    ResultRows(JdbcTemplate jdbc, ResultSummaries summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    /** The rows of a run as its decisions, request and rankings give them, in decision order. */
    static List<Row> derive(List<EligibilityDecision> decisions, Subjects subjects, List<Ranking> rankings) {
        Map<String, Set<PriorityGroup>> groups = new HashMap<>();
        Map<String, Boolean> selected = new HashMap<>();
        for (Ranking ranking : rankings) {
            for (RankingEntry entry : ranking.entries()) {
                groups.computeIfAbsent(entry.subjectId(), k -> EnumSet.noneOf(PriorityGroup.class))
                        .addAll(entry.priorityGroups() == null ? List.of() : entry.priorityGroups());
                selected.merge(entry.subjectId() + "|" + ranking.award(), entry.selected(), Boolean::logicalOr);
            }
        }
        List<Row> rows = new ArrayList<>(decisions.size());
        for (int seq = 0; seq < decisions.size(); seq++) {
            EligibilityDecision d = decisions.get(seq);
            String unit = subjects.unit(d.subjectId());
            rows.add(new Row(seq, d.subjectId(), subjects.name(d.subjectId()), unit, subjects.unitName(unit), d.award(),
                    d.outcome(), d.requiresCouncilJudgement(), groups.getOrDefault(d.subjectId(), Set.of()),
                    selected.get(d.subjectId() + "|" + d.award())));
        }
        return rows;
    }

    /** Writes the rows of a run in JDBC batches, and their summary ({@link ResultSummaries}), in the caller's transaction. */
    /**
     * Writes the rows of decisions numbered from {@code firstSeq} on, not yet ranked (no priority groups, no
     * selection: {@link #ranked} adds them), without the summaries: for a run stored a batch at a time, whose
     * summaries are written from its rows once it is ranked ({@link ResultSummaries#insertFromRows}).
     */
    void insertUnranked(long runId, int firstSeq, List<EligibilityDecision> decisions, Subjects subjects) {
        List<Object[]> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < decisions.size(); i++) {
            EligibilityDecision d = decisions.get(i);
            String unit = subjects.unit(d.subjectId());
            batch.add(new Object[] {runId, firstSeq + i, d.subjectId(), subjects.name(d.subjectId()), unit, subjects.unitName(unit),
                    d.award().name(), d.outcome().name(), d.requiresCouncilJudgement(), groupsText(Set.of()), null});
            if (batch.size() >= BATCH) {
                flush(batch);
            }
        }
        flush(batch);
    }

    /**
     * Gives the rows written by {@link #insertUnranked} what a ranking says of them, as {@link #derive} does for a run
     * in memory: every row of a ranked subject its priority groups, and its row of the ranked award selected when
     * any ranking of that award selected it.
     */
    void ranked(long runId, Ranking ranking) {
        List<Object[]> groups = new ArrayList<>();
        List<Object[]> selection = new ArrayList<>();
        for (RankingEntry entry : ranking.entries()) {
            // A subject's groups are the same in every ranking (they are the subject's); none leaves the rows as they are.
            if (entry.priorityGroups() != null && !entry.priorityGroups().isEmpty()) {
                groups.add(new Object[] {groupsText(EnumSet.copyOf(entry.priorityGroups())), runId, entry.subjectId()});
            }
            selection.add(new Object[] {entry.selected(), runId, entry.subjectId(), ranking.award().name()});
            // A commune's ranking in a province's run has tens of thousands of entries: updated a batch at a time.
            if (selection.size() >= BATCH) {
                markRanked(groups, selection);
            }
        }
        markRanked(groups, selection);
    }

    private void markRanked(List<Object[]> groups, List<Object[]> selection) {
        // Both by ix_result_row_subject (run_id, subject_id, award).
        if (!groups.isEmpty()) {
            jdbc.batchUpdate("UPDATE run_result_row SET priority_groups = ? WHERE run_id = ? AND subject_id = ?", groups);
            groups.clear();
        }
        if (!selection.isEmpty()) {
            // Selected under one quota stays selected when another quota ranks the same award and does not select it.
            jdbc.batchUpdate("UPDATE run_result_row SET selected = CASE WHEN selected THEN TRUE ELSE ? END"
                    + " WHERE run_id = ? AND subject_id = ? AND award = ?", selection);
            selection.clear();
        }
    }

    /** Writes the summaries of a run whose rows were written a batch at a time and ranked, from its rows. */
    void summariesFromRows(long runId) {
        summaries.insertFromRows(runId);
    }

    void insert(long runId, List<EligibilityDecision> decisions, Subjects subjects, List<Ranking> rankings) {
        List<Object[]> batch = new ArrayList<>(BATCH);
        List<Row> rows = derive(decisions, subjects, rankings);
        for (Row row : rows) {
            batch.add(new Object[] {runId, row.seq(), row.subjectId(), row.name(), row.unit(), row.unitName(),
                    row.award().name(), row.outcome().name(), row.requiresCouncilJudgement(), groupsText(row.groups()),
                    row.selected()});
            if (batch.size() >= BATCH) {
                flush(batch);
            }
        }
        flush(batch);
        summaries.insert(runId, rows);
    }

    private void flush(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO run_result_row (run_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    batch);
            batch.clear();
        }
    }

    /**
     * A page of a run's rows matching the filter, in decision order; the page number is kept within
     * 1 and the last page, the size within 1 and {@link #MAX_SIZE}. The number of matching rows comes
     * from the run's summary; the page is read by its first key ({@link #rows}), so a late page of a
     * large run costs about what the first does.
     */
    @Transactional(readOnly = true)
    public Page page(long runId, Filter filter, int page, int size) {
        int pageSize = clamp(size, MAX_SIZE);
        Where where = where(runId, filter, true, true);
        long matching = summaries.sum(where.table, where.sql, where.args);
        long total = filtered(filter) ? count(runId) : matching;
        int pages = (int) Math.max(1, (matching + pageSize - 1) / pageSize);
        int number = clamp(page, pages);
        List<Row> rows = filtered(filter) ? rows(where, matching, number, pageSize) : rows(runId, number, pageSize);
        return new Page(rows, matching, total, number, pageSize);
    }

    /**
     * Every decision of a run without names, in decision order, handed to {@code each} one at a time
     * (a run of 100,000 people has 860,000); only the ELIGIBLE ones when {@code eligibleOnly}.
     */
    @Transactional(readOnly = true)
    public void decided(long runId, boolean eligibleOnly, Consumer<Decided> each) {
        jdbc.query("SELECT subject_id, unit_code, award, outcome, selected FROM run_result_row WHERE run_id = ?"
                + (eligibleOnly ? " AND outcome = 'ELIGIBLE' ORDER BY run_id, outcome, seq" : " ORDER BY run_id, seq"), rs -> {
                    boolean selected = rs.getBoolean(5);
                    Boolean selectedOrNull = rs.wasNull() ? null : selected;
                    each.accept(new Decided(rs.getString(1), rs.getString(2), AwardCode.valueOf(rs.getString(3)),
                            Outcome.valueOf(rs.getString(4)), selectedOrNull));
                }, runId);
    }

    /**
     * A page of every row of a run: the rows are numbered 0, 1, 2… in decision order ({@link #derive}),
     * so page n begins at seq (n - 1) × size and is read from there through the primary key, however deep.
     */
    private List<Row> rows(long runId, int number, int size) {
        return jdbc.query("SELECT " + COLUMNS + " FROM run_result_row WHERE run_id = ? AND seq >= ? ORDER BY run_id, seq LIMIT ?",
                (rs, n) -> row(rs), runId, (long) (number - 1) * size, size);
    }

    /**
     * A page of the rows matching a condition, read by its first (or last) key: the key is found by
     * skipping the rows before the page in an index that holds the filter's column and seq (no row is
     * read while skipping), from the start for the first half of the pages and from the end, backwards,
     * for the second half; the page's rows are then read from that key on.
     */
    private List<Row> rows(Where where, long matching, int number, int size) {
        long before = (long) (number - 1) * size;
        int count = (int) Math.max(0, Math.min(size, matching - before));
        long after = matching - before - count;
        List<Object> args = new ArrayList<>(where.args);
        if (count == 0) {
            return List.of();
        }
        if (before <= after) {
            String from = "";
            if (before > 0) {
                List<Object> keyArgs = new ArrayList<>(where.args);
                keyArgs.add(before);
                Integer first = jdbc.query("SELECT seq FROM run_result_row" + where.sql + " ORDER BY " + where.order(false) + " LIMIT 1 OFFSET ?",
                        (rs, n) -> rs.getInt(1), keyArgs.toArray()).stream().findFirst().orElse(null);
                if (first == null) {
                    return List.of();
                }
                from = " AND seq >= ?";
                args.add(first);
            }
            args.add(count);
            return jdbc.query("SELECT " + COLUMNS + " FROM run_result_row" + where.sql + from + " ORDER BY " + where.order(false) + " LIMIT ?",
                    (rs, n) -> row(rs), args.toArray());
        }
        String to = "";
        if (after > 0) {
            List<Object> keyArgs = new ArrayList<>(where.args);
            keyArgs.add(after);
            Integer last = jdbc.query("SELECT seq FROM run_result_row" + where.sql + " ORDER BY " + where.order(true) + " LIMIT 1 OFFSET ?",
                    (rs, n) -> rs.getInt(1), keyArgs.toArray()).stream().findFirst().orElse(null);
            if (last == null) {
                return List.of();
            }
            to = " AND seq <= ?";
            args.add(last);
        }
        args.add(count);
        List<Row> rows = new ArrayList<>(jdbc.query("SELECT " + COLUMNS + " FROM run_result_row" + where.sql + to
                + " ORDER BY " + where.order(true) + " LIMIT ?", (rs, n) -> row(rs), args.toArray()));
        Collections.reverse(rows);
        return rows;
    }

    /** The number of rows of a run (its decisions), from its summary. */
    @Transactional(readOnly = true)
    public long count(long runId) {
        return summaries.sum(ResultSummaries.Table.RUN, " WHERE run_id = ?", List.of(runId));
    }

    /** Counts per outcome and per award of the rows matching the filter's other criteria, from the run's summary. */
    @Transactional(readOnly = true)
    public Counts counts(long runId, Filter filter) {
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        Where byOutcome = where(runId, filter, true, false);
        summaries.sumBy(byOutcome.table, "outcome", byOutcome.sql, byOutcome.args).forEach((outcome, n) -> outcomes.put(Outcome.valueOf(outcome), n));
        Map<AwardCode, Long> awards = new EnumMap<>(AwardCode.class);
        Where byAward = where(runId, filter, false, true);
        summaries.sumBy(byAward.table, "award", byAward.sql, byAward.args).forEach((award, n) -> awards.put(AwardCode.valueOf(award), n));
        return new Counts(Collections.unmodifiableMap(outcomes), Collections.unmodifiableMap(awards));
    }

    /** The units of a run's subjects with their names, by code, from its summary. */
    @Transactional(readOnly = true)
    public List<UnitName> units(long runId) {
        return summaries.units(runId);
    }

    /** The row of one subject's decision for one award, or empty when the run has none. */
    @Transactional(readOnly = true)
    public Optional<Row> row(long runId, String subjectId, AwardCode award) {
        return jdbc.query("SELECT " + COLUMNS + " FROM run_result_row WHERE run_id = ? AND subject_id = ? AND award = ?"
                + " ORDER BY seq", (rs, n) -> row(rs), runId, subjectId, award.name()).stream().findFirst();
    }

    /** The names of some subjects of a run, by subject id (a subject the run has no row for is left out). */
    @Transactional(readOnly = true)
    public Map<String, String> names(long runId, Collection<String> subjectIds) {
        return bySubject(runId, subjectIds, "subject_name");
    }

    /** The unit codes of some subjects of a run, by subject id (a subject the run has no row for is left out). */
    @Transactional(readOnly = true)
    public Map<String, String> unitsOf(long runId, Collection<String> subjectIds) {
        return bySubject(runId, subjectIds, "unit_code");
    }

    private Map<String, String> bySubject(long runId, Collection<String> subjectIds, String column) {
        Map<String, String> names = new HashMap<>();
        List<String> ids = subjectIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<Object> args = new ArrayList<>(part.size() + 1);
            args.add(runId);
            args.addAll(part);
            jdbc.query("SELECT subject_id, " + column + " FROM run_result_row WHERE run_id = ? AND subject_id IN ("
                    + part.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")",
                    rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    }, args.toArray());
        }
        return names;
    }

    /**
     * A page of the candidates a run proposes: eligible decisions, and of ranked awards only those
     * selected under the quota, in decision order (page and size kept in range as {@link #page} does).
     */
    @Transactional(readOnly = true)
    public Page proposed(long runId, int page, int size) {
        int pageSize = clamp(size, MAX_SIZE);
        long matching = summaries.sum(ResultSummaries.Table.RUN, " WHERE run_id = ? AND outcome = 'ELIGIBLE' AND selection <> 'N'",
                List.of(runId));
        int pages = (int) Math.max(1, (matching + pageSize - 1) / pageSize);
        int number = clamp(page, pages);
        Where where = new Where(" WHERE run_id = ? AND outcome = 'ELIGIBLE' AND (selected IS NULL OR selected = TRUE)",
                List.of(runId), ResultSummaries.Table.RUN, "run_id, outcome");
        return new Page(rows(where, matching, number, pageSize), matching, matching, number, pageSize);
    }

    /** The awards a run proposes candidates for (see {@link #proposed(long, int, int)}), each once. */
    @Transactional(readOnly = true)
    public List<AwardCode> proposedAwards(long runId) {
        return jdbc.queryForList("SELECT DISTINCT award FROM run_result_total WHERE run_id = ? AND outcome = 'ELIGIBLE'"
                + " AND selection <> 'N'", String.class, runId).stream().map(AwardCode::valueOf).sorted().toList();
    }

    /** Whether a run proposes this subject for this award (see {@link #proposed(long, int, int)}). */
    @Transactional(readOnly = true)
    public Optional<Row> proposed(long runId, String subjectId, AwardCode award) {
        return row(runId, subjectId, award)
                .filter(row -> row.outcome() == Outcome.ELIGIBLE && !Boolean.FALSE.equals(row.selected()));
    }

    private static int clamp(int value, int max) {
        return Math.max(1, Math.min(value, max));
    }

    private static boolean filtered(Filter filter) {
        return (filter.unit() != null && !filter.unit().isBlank()) || filter.award() != null || filter.outcome() != null
                || filter.group() != null;
    }

    /**
     * A condition on a run's rows, the summary that counts the rows it matches, and the index whose order
     * gives them in decision order: its columns other than seq are fixed by the condition. The ORDER BY
     * names them all, as the index does, so that H2 reads a page from the index in order and stops after
     * it ("index sorted"); ordered by seq alone it read and sorted every matching row of the run for
     * each page (5 s for page 1 of a district's 860,000 rows, docs/benchmarks.md §9).
     */
    private record Where(String sql, List<Object> args, ResultSummaries.Table table, String sortedBy) {

        String order(boolean descending) {
            String direction = descending ? " DESC" : "";
            return java.util.Arrays.stream((sortedBy + ", seq").split(", ")).map(c -> c + direction)
                    .collect(Collectors.joining(", "));
        }
    }

    private static Where where(long runId, Filter filter, boolean withAward, boolean withOutcome) {
        StringBuilder sql = new StringBuilder(" WHERE run_id = ?");
        List<Object> args = new ArrayList<>(List.of(runId));
        ResultSummaries.Table table = ResultSummaries.Table.RUN;
        String sortedBy = null;
        if (filter.unit() != null && !filter.unit().isBlank()) {
            sql.append(" AND unit_code = ?");
            args.add(filter.unit());
            table = ResultSummaries.Table.BY_UNIT;
            sortedBy = "run_id, unit_code";
        }
        if (withAward && filter.award() != null) {
            sql.append(" AND award = ?");
            args.add(filter.award().name());
            sortedBy = sortedBy != null ? sortedBy : "run_id, award";
        }
        if (withOutcome && filter.outcome() != null) {
            sql.append(" AND outcome = ?");
            args.add(filter.outcome().name());
            sortedBy = sortedBy != null ? sortedBy : "run_id, outcome";
        }
        if (filter.group() != null) {
            sql.append(" AND priority_groups LIKE ?");
            args.add("%," + filter.group().name() + ",%");
        }
        return new Where(sql.toString(), args, table, sortedBy != null ? sortedBy : "run_id");
    }

    static String groupsText(Set<PriorityGroup> groups) {
        if (groups.isEmpty()) {
            return "";
        }
        return groups.stream().sorted().map(Enum::name).collect(Collectors.joining(",", ",", ","));
    }

    static Set<PriorityGroup> groups(String text) {
        Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
        for (String name : text.split(",")) {
            if (!name.isEmpty()) {
                groups.add(PriorityGroup.valueOf(name));
            }
        }
        return groups;
    }

    private static Row row(ResultSet rs) throws SQLException {
        boolean selected = rs.getBoolean("selected");
        Boolean selectedOrNull = rs.wasNull() ? null : selected;
        return new Row(rs.getInt("seq"), rs.getString("subject_id"), rs.getString("subject_name"), rs.getString("unit_code"),
                rs.getString("unit_name"), AwardCode.valueOf(rs.getString("award")), Outcome.valueOf(rs.getString("outcome")),
                rs.getBoolean("requires_judgement"), groups(rs.getString("priority_groups")), selectedOrNull);
    }

    /** The ids of stored runs with decisions but no rows (stored before the rows existed), oldest first. */
    List<Long> runsWithoutRows() {
        return jdbc.queryForList("SELECT r.id FROM evaluation_run r WHERE r.decision_count > 0 AND NOT EXISTS"
                + " (SELECT 1 FROM run_result_row x WHERE x.run_id = r.id) ORDER BY r.id", Long.class);
    }

    /** The decisions of a run without their criteria, enough to derive its rows (for the backfill). */
    List<EligibilityDecision> decisionsWithoutCriteria(long runId) {
        return jdbc.query("SELECT subject_id, subject_kind, award, outcome, requires_judgement FROM evaluation_decision"
                + " WHERE run_id = ? ORDER BY run_id, seq", (rs, n) -> new EligibilityDecision(rs.getString(1),
                        vn.thidua.dossier.SubjectKind.valueOf(rs.getString(2)), AwardCode.valueOf(rs.getString(3)),
                        Outcome.valueOf(rs.getString(4)), rs.getBoolean(5), List.of(), List.of(), List.of(), null), runId);
    }
}

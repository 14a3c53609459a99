package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.Unit;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Outcome;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.ranking.Ranking;
import vn.thidua.ranking.RankingEntry;
import vn.thidua.testing.DatabaseProfiles;

/**
 * The results table read a page at a time: every page, filter and count the database gives equals
 * what the test computes itself from the whole stored run (its decisions, request and rankings), on
 * the 300-person sample (2,580 decisions, with rankings and priority groups).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class ResultRowsIntegrationTests {

    /** A row as the test expects it, computed here without {@link ResultRows}. */
    private record Expected(String subjectId, String name, String unit, String unitName, AwardCode award, Outcome outcome,
            Set<PriorityGroup> groups, Boolean selected) {
    }

    @Autowired
    private EvaluationRuns runs;

    @Autowired
    private ResultRows rows;

    @Autowired
    private ResultRowBackfill backfill;

    @Autowired
    private JdbcTemplate jdbc;

    private static long runId;
    private static List<Expected> expected;

    @BeforeEach
    void storeTheSample() throws IOException {
        if (expected == null) {
            Evaluation stored = runs.evaluateAndStore(Files.readAllBytes(Path.of("data/commune-300.json")));
            runId = stored.runId();
            expected = expect(runs.find(runId).orElseThrow(), runs.request(runId).orElseThrow(),
                    runs.rankings(runId).orElseThrow());
        }
    }

    @Test
    void everyFilterGivesThePagesAndCountsComputedFromTheWholeRun() {
        List<ResultRows.Filter> filters = new ArrayList<>();
        filters.add(ResultRows.Filter.NONE);
        for (Outcome outcome : Outcome.values()) {
            filters.add(new ResultRows.Filter(null, null, outcome, null));
        }
        for (AwardCode award : AwardCode.values()) {
            filters.add(new ResultRows.Filter(null, award, null, null));
        }
        for (PriorityGroup group : PriorityGroup.values()) {
            filters.add(new ResultRows.Filter(null, null, null, group));
        }
        Set<String> units = expected.stream().map(Expected::unit).collect(Collectors.toCollection(java.util.TreeSet::new));
        for (String unit : units) {
            filters.add(new ResultRows.Filter(unit, null, null, null));
            filters.add(new ResultRows.Filter(unit, AwardCode.LAO_DONG_TIEN_TIEN, Outcome.ELIGIBLE, null));
        }
        filters.add(new ResultRows.Filter(null, AwardCode.LAO_DONG_TIEN_TIEN, Outcome.ELIGIBLE, PriorityGroup.ETHNIC_MINORITY));
        filters.add(new ResultRows.Filter(units.iterator().next(), null, Outcome.NOT_ELIGIBLE, PriorityGroup.GRASSROOTS));

        assertThat(expected).hasSize(2580);
        assertThat(expected.stream().filter(e -> !e.groups().isEmpty())).as("rows with priority groups").isNotEmpty();
        assertThat(expected.stream().filter(e -> Boolean.FALSE.equals(e.selected()))).as("rows not selected").isNotEmpty();
        for (ResultRows.Filter filter : filters) {
            List<Expected> matching = expected.stream().filter(e -> matches(filter, e)).toList();
            for (int size : List.of(50, 7)) {
                ResultRows.Page first = rows.page(runId, filter, 1, size);
                assertThat(first.matching()).as("matching %s", filter).isEqualTo(matching.size());
                assertThat(first.total()).isEqualTo(expected.size());
                int pages = Math.max(1, (matching.size() + size - 1) / size);
                assertThat(first.pages()).isEqualTo(pages);
                for (int page : new java.util.TreeSet<>(List.of(1, Math.min(2, pages), pages / 2 + 1, pages))) {
                    List<Expected> slice = matching.subList(Math.min(matching.size(), (page - 1) * size),
                            Math.min(matching.size(), page * size));
                    assertThat(rows.page(runId, filter, page, size).rows().stream().map(this::asExpected).toList())
                            .as("page %d of %d rows under %s", page, size, filter).isEqualTo(slice);
                }
            }
            ResultRows.Counts counts = rows.counts(runId, filter);
            Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
            expected.stream().filter(e -> matches(new ResultRows.Filter(filter.unit(), filter.award(), null, filter.group()), e))
                    .forEach(e -> byOutcome.merge(e.outcome(), 1L, Long::sum));
            Map<AwardCode, Long> byAward = new EnumMap<>(AwardCode.class);
            expected.stream().filter(e -> matches(new ResultRows.Filter(filter.unit(), null, filter.outcome(), filter.group()), e))
                    .forEach(e -> byAward.merge(e.award(), 1L, Long::sum));
            assertThat(counts.byOutcome()).as("counts by outcome under %s", filter).isEqualTo(byOutcome);
            assertThat(counts.byAward()).as("counts by award under %s", filter).isEqualTo(byAward);
        }
    }

    @Test
    void theLargestPagesTogetherHoldEveryRowOnceInOrder() {
        List<Expected> all = new ArrayList<>();
        ResultRows.Page page = rows.page(runId, ResultRows.Filter.NONE, 1, 10_000);
        assertThat(page.size()).as("the size is capped").isEqualTo(ResultRows.MAX_SIZE);
        for (int n = 1; n <= page.pages(); n++) {
            rows.page(runId, ResultRows.Filter.NONE, n, ResultRows.MAX_SIZE).rows().stream().map(this::asExpected).forEach(all::add);
        }
        assertThat(all).isEqualTo(expected);
        assertThat(rows.page(runId, ResultRows.Filter.NONE, 999, 50).page()).as("a page past the end is the last").isEqualTo(52);
        assertThat(rows.page(runId, ResultRows.Filter.NONE, -3, 0).page()).as("a page before the start is the first").isEqualTo(1);
    }

    @Test
    void unitsNamesAndOneRowComeFromTheStoredRows() {
        Map<String, String> unitNames = new TreeMap<>();
        expected.forEach(e -> unitNames.put(e.unit(), e.unitName()));
        Map<String, String> read = new TreeMap<>();
        rows.units(runId).forEach(u -> read.put(u.code(), u.name()));
        assertThat(read).isEqualTo(unitNames);
        Expected some = expected.get(1234);
        assertThat(rows.row(runId, some.subjectId(), some.award()).map(this::asExpected)).contains(some);
        assertThat(rows.names(runId, List.of(some.subjectId(), "NO-SUCH"))).isEqualTo(Map.of(some.subjectId(), some.name()));
    }

    @Test
    void proposedCandidatesAreTheEligibleOnesNotLeftOutByAQuota() {
        List<Expected> proposed = expected.stream()
                .filter(e -> e.outcome() == Outcome.ELIGIBLE && !Boolean.FALSE.equals(e.selected())).toList();
        ResultRows.Page first = rows.proposed(runId, 1, 100);
        assertThat(first.matching()).isEqualTo(proposed.size());
        List<Expected> all = new ArrayList<>();
        for (int n = 1; n <= first.pages(); n++) {
            rows.proposed(runId, n, 100).rows().stream().map(this::asExpected).forEach(all::add);
        }
        assertThat(all).isEqualTo(proposed);
        Expected left = expected.stream().filter(e -> Boolean.FALSE.equals(e.selected())).findFirst().orElseThrow();
        assertThat(rows.proposed(runId, left.subjectId(), left.award())).isEmpty();
        assertThat(rows.proposed(runId, proposed.get(0).subjectId(), proposed.get(0).award())).isPresent();
    }

    @Test
    void everyPageOfAFilteredViewReadFromEitherEndHoldsItsRowsOnceInOrder() {
        // The first half of the pages is found from the start, the second half from the end backwards.
        for (ResultRows.Filter filter : List.of(new ResultRows.Filter(null, null, Outcome.NOT_ELIGIBLE, null),
                new ResultRows.Filter(null, AwardCode.LAO_DONG_TIEN_TIEN, Outcome.ELIGIBLE, PriorityGroup.ETHNIC_MINORITY))) {
            List<Expected> matching = expected.stream().filter(e -> matches(filter, e)).toList();
            for (int size : List.of(7, 50)) {
                List<Expected> all = new ArrayList<>();
                int pages = rows.page(runId, filter, 1, size).pages();
                for (int n = 1; n <= pages; n++) {
                    ResultRows.Page page = rows.page(runId, filter, n, size);
                    assertThat(page.rows()).as("page %d of %d under %s", n, size, filter)
                            .hasSize(n < pages ? size : matching.size() - (pages - 1) * size);
                    page.rows().stream().map(this::asExpected).forEach(all::add);
                }
                assertThat(all).as("every page of %d under %s", size, filter).isEqualTo(matching);
            }
        }
    }

    @Test
    void aRunStoredBeforeTheSummaryGetsItFromItsRowsAtTheBackfill() {
        List<List<Map<String, Object>>> written = summaryLines();
        assertThat(written).as("the three summaries written with the run").allSatisfy(lines -> assertThat(lines).isNotEmpty());
        ResultRows.Counts counts = rows.counts(runId, ResultRows.Filter.NONE);
        List<ResultRows.UnitName> units = rows.units(runId);
        deleteSummaries();

        assertThat(backfill.backfillSummaries()).isGreaterThanOrEqualTo(1);

        assertThat(summaryLines()).as("summed from the rows as they were from the decisions").isEqualTo(written);
        assertThat(rows.counts(runId, ResultRows.Filter.NONE)).isEqualTo(counts);
        assertThat(rows.units(runId)).isEqualTo(units);
        assertThat(backfill.backfillSummaries()).as("a second start has nothing to do").isZero();
    }

    @Test
    void aRunStoredBeforeTheRunWideTotalsGetsThemFromItsSummaryAtTheBackfill() {
        List<List<Map<String, Object>>> written = summaryLines();
        jdbc.update("DELETE FROM run_result_total WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM run_result_unit WHERE run_id = ?", runId);

        assertThat(backfill.backfillSummaries()).isGreaterThanOrEqualTo(1);

        assertThat(summaryLines()).as("the per-unit summary kept, the totals and units summed from it").isEqualTo(written);
    }

    @Test
    void theRunWideTotalsAndTheUnitsAddUpToThePerUnitSummary() {
        Map<String, Object> sums = jdbc.queryForMap("SELECT (SELECT SUM(decisions) FROM run_result_summary WHERE run_id = ?) s,"
                + " (SELECT SUM(decisions) FROM run_result_total WHERE run_id = ?) t,"
                + " (SELECT SUM(decisions) FROM run_result_unit WHERE run_id = ?) u", runId, runId, runId);
        assertThat(((Number) sums.get("s")).longValue()).isEqualTo(expected.size());
        assertThat(((Number) sums.get("t")).longValue()).isEqualTo(expected.size());
        assertThat(((Number) sums.get("u")).longValue()).isEqualTo(expected.size());
        assertThat(rows.units(runId)).as("each unit of the run once, with its name, by code")
                .isEqualTo(expected.stream().map(e -> new ResultRows.UnitName(e.unit(), e.unitName())).distinct()
                        .sorted(java.util.Comparator.comparing(ResultRows.UnitName::code)).toList());
    }

    private List<List<Map<String, Object>>> summaryLines() {
        return List.of(
                jdbc.queryForList("SELECT unit_code, unit_name, award, outcome, priority_groups, selection, decisions"
                        + " FROM run_result_summary WHERE run_id = ? ORDER BY unit_code, award, outcome, priority_groups, selection",
                        runId),
                jdbc.queryForList("SELECT award, outcome, priority_groups, selection, decisions FROM run_result_total"
                        + " WHERE run_id = ? ORDER BY award, outcome, priority_groups, selection", runId),
                jdbc.queryForList("SELECT unit_code, unit_name, decisions FROM run_result_unit WHERE run_id = ? ORDER BY unit_code",
                        runId));
    }

    private void deleteSummaries() {
        jdbc.update("DELETE FROM run_result_summary WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM run_result_total WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM run_result_unit WHERE run_id = ?", runId);
    }

    @Test
    void aRunStoredBeforeTheRowsGetsThemAtTheBackfill() {
        jdbc.update("DELETE FROM run_result_row WHERE run_id = ?", runId);
        deleteSummaries();
        assertThat(rows.count(runId)).isZero();

        assertThat(backfill.backfill()).isGreaterThanOrEqualTo(1);

        List<Expected> all = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            rows.page(runId, ResultRows.Filter.NONE, n, ResultRows.MAX_SIZE).rows().stream().map(this::asExpected).forEach(all::add);
        }
        assertThat(all).isEqualTo(expected);
        assertThat(rows.count(runId)).as("with its summary").isEqualTo(expected.size());
        assertThat(backfill.backfill()).as("a second start has nothing to do").isZero();
    }

    private Expected asExpected(ResultRows.Row row) {
        return new Expected(row.subjectId(), row.name(), row.unit(), row.unitName(), row.award(), row.outcome(), row.groups(),
                row.selected());
    }

    private static boolean matches(ResultRows.Filter filter, Expected e) {
        return (filter.unit() == null || filter.unit().equals(e.unit())) && (filter.award() == null || filter.award() == e.award())
                && (filter.outcome() == null || filter.outcome() == e.outcome())
                && (filter.group() == null || e.groups().contains(filter.group()));
    }

    private static List<Expected> expect(Evaluation evaluation, EvaluationRequest request, List<Ranking> rankings) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        for (Individual i : request.individuals()) {
            names.put(i.id(), i.fullName());
            units.put(i.id(), i.unit());
        }
        for (Collective c : request.collectives()) {
            names.put(c.id(), c.name());
            units.put(c.id(), c.unit());
        }
        for (Household h : request.households()) {
            names.put(h.id(), h.headName() == null ? h.id() : h.headName());
            units.put(h.id(), h.unit());
        }
        Map<String, String> unitNames = request.units().stream().collect(Collectors.toMap(Unit::code, Unit::name));
        Map<String, Set<PriorityGroup>> groups = new HashMap<>();
        Map<String, Boolean> selected = new HashMap<>();
        for (Ranking ranking : rankings) {
            for (RankingEntry entry : ranking.entries()) {
                Set<PriorityGroup> of = groups.computeIfAbsent(entry.subjectId(), k -> EnumSet.noneOf(PriorityGroup.class));
                if (entry.priorityGroups() != null) {
                    of.addAll(entry.priorityGroups());
                }
                String key = entry.subjectId() + " " + ranking.award();
                selected.put(key, selected.getOrDefault(key, false) || entry.selected());
            }
        }
        List<Expected> all = new ArrayList<>();
        for (EligibilityDecision d : evaluation.decisions()) {
            String unit = units.getOrDefault(d.subjectId(), "");
            all.add(new Expected(d.subjectId(), names.getOrDefault(d.subjectId(), d.subjectId()), unit,
                    unitNames.getOrDefault(unit, unit), d.award(), d.outcome(), groups.getOrDefault(d.subjectId(), Set.of()),
                    selected.get(d.subjectId() + " " + d.award())));
        }
        return all;
    }
}

package vn.thidua.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Period;
import vn.thidua.eligibility.CriterionOutcome;
import vn.thidua.eligibility.EligibilityDecision;

/** "Why did this candidate qualify?": every stored decision for a subject, award and year, across runs. */
@Service
public class DecisionHistory {

    private final JdbcTemplate jdbc;
    private final EvaluationRunRepository runs;
    private final DecisionStore decisions;
    private final RuleTexts ruleTexts;

    DecisionHistory(JdbcTemplate jdbc, EvaluationRunRepository runs, DecisionStore decisions, RuleTexts ruleTexts) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.decisions = decisions;
        this.ruleTexts = ruleTexts;
    }

    /**
     * Every decision for the subject and award in runs of that period year, oldest run first, each
     * with criteria, facts, citations, the rule-set version and the text of the rules that decided
     * it. Empty when no run decided it.
     */
    @Transactional(readOnly = true)
    public List<DecisionRecord> find(String subjectId, AwardCode award, int year) {
        List<Long> runIds = jdbc.queryForList("SELECT r.id FROM evaluation_run r WHERE r.period_year = ? AND EXISTS"
                + " (SELECT 1 FROM evaluation_decision d WHERE d.run_id = r.id AND d.subject_id = ? AND d.award = ?)"
                + " ORDER BY r.id", Long.class, year, subjectId, award.name());
        List<DecisionRecord> records = new ArrayList<>();
        for (long runId : runIds) {
            EvaluationRunRecord run = runs.findById(runId).orElseThrow();
            Period period = new Period(run.periodYear(), run.cutoffDate(), run.decisionDate());
            for (EligibilityDecision decision : decisions.find(runId, subjectId, award, null)) {
                records.add(new DecisionRecord(runId, run.createdAt(), run.ruleSetVersion(), period, decision,
                        rules(run.ruleSetVersion(), decision)));
            }
        }
        return records;
    }

    /**
     * Every decision about the subject, for one award or (null) for every award, across period years
     * and runs: by year and award, then oldest run first. Empty when no run decided about it.
     */
    @Transactional(readOnly = true)
    public List<DecisionRecord> find(String subjectId, AwardCode award) {
        List<DecisionRecord> records = new ArrayList<>();
        List<Object[]> decided = jdbc.query("SELECT DISTINCT r.period_year, d.award FROM evaluation_run r"
                + " JOIN evaluation_decision d ON d.run_id = r.id WHERE d.subject_id = ? ORDER BY r.period_year, d.award",
                (rs, n) -> new Object[] {rs.getInt(1), AwardCode.valueOf(rs.getString(2))}, subjectId);
        for (Object[] pair : decided) {
            if (award == null || award == pair[1]) {
                records.addAll(find(subjectId, (AwardCode) pair[1], (Integer) pair[0]));
            }
        }
        return records;
    }

    /** A page of the decisions about a subject (see {@link #find(String, AwardCode)}), and how many there are in all. */
    public record Page(List<DecisionRecord> records, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages();
        }

        public long first() {
            return records.isEmpty() ? 0 : (long) (page - 1) * size + 1;
        }

        public long last() {
            return first() + records.size() - (records.isEmpty() ? 0 : 1);
        }
    }

    /**
     * One page of {@link #find(String, AwardCode)}, in the same order, counted and cut in the
     * database; the page is kept within 1 and the last page, the size within 1 and {@link ResultRows#MAX_SIZE}.
     */
    @Transactional(readOnly = true)
    public Page page(String subjectId, AwardCode award, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, ResultRows.MAX_SIZE));
        String where = " FROM evaluation_decision d JOIN evaluation_run r ON r.id = d.run_id WHERE d.subject_id = ?"
                + (award == null ? "" : " AND d.award = ?");
        Object[] args = award == null ? new Object[] {subjectId} : new Object[] {subjectId, award.name()};
        long total = jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, args);
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int number = Math.max(1, Math.min(page, pages));
        List<Object> pageArgs = new ArrayList<>(List.of(args));
        pageArgs.add(pageSize);
        pageArgs.add((long) (number - 1) * pageSize);
        List<Object[]> keys = jdbc.query("SELECT d.run_id, d.award" + where
                + " ORDER BY r.period_year, d.award, d.run_id, d.seq LIMIT ? OFFSET ?",
                (rs, n) -> new Object[] {rs.getLong(1), AwardCode.valueOf(rs.getString(2))}, pageArgs.toArray());
        // A run decides a subject once per award: each (run, award) of the page is read once, its decisions in seq order.
        Map<String, List<EligibilityDecision>> read = new LinkedHashMap<>();
        Map<String, Integer> taken = new LinkedHashMap<>();
        Map<Long, DecisionRecord> heads = new HashMap<>();
        List<DecisionRecord> records = new ArrayList<>();
        for (Object[] key : keys) {
            long runId = (Long) key[0];
            AwardCode decided = (AwardCode) key[1];
            String pair = runId + "|" + decided;
            List<EligibilityDecision> found = read.computeIfAbsent(pair, k -> decisions.find(runId, subjectId, decided, null));
            int index = taken.merge(pair, 1, Integer::sum) - 1;
            if (index < found.size()) {
                // The run's header without its request, which may be the 100 MB of a district.
                DecisionRecord head = heads.computeIfAbsent(runId, id -> jdbc.queryForObject("SELECT created_at,"
                        + " rule_set_version, period_year, cutoff_date, decision_date FROM evaluation_run WHERE id = ?",
                        (rs, n) -> new DecisionRecord(id,
                                rs.getObject(1, LocalDateTime.class).atZone(ZoneId.systemDefault()).toInstant(),
                                rs.getString(2), new Period(rs.getInt(3), rs.getObject(4, LocalDate.class),
                                        rs.getObject(5, LocalDate.class)), null, Map.of()), id));
                EligibilityDecision decision = found.get(index);
                records.add(new DecisionRecord(runId, head.createdAt(), head.ruleSetVersion(), head.period(), decision,
                        rules(head.ruleSetVersion(), decision)));
            }
        }
        return new Page(records, total, number, pageSize);
    }

    private Map<String, RuleText> rules(String version, EligibilityDecision decision) {
        Map<String, RuleText> texts = new LinkedHashMap<>();
        for (CriterionOutcome criterion : decision.criteria()) {
            for (String name : criterion.rules()) {
                RuleText text = ruleTexts.find(version, name);
                if (text != null) {
                    texts.put(name, text);
                }
            }
        }
        return texts;
    }
}

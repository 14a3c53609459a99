package vn.thidua.audit;

import java.util.ArrayList;
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

package vn.thidua.audit;

import java.time.Instant;
import java.util.Map;

import vn.thidua.dossier.Period;
import vn.thidua.eligibility.EligibilityDecision;

/**
 * One stored decision with the run it belongs to, the rule-set version it was made on, and the text
 * of every rule its criteria name, by rule name (empty when the version was not stored).
 */
public record DecisionRecord(long runId, Instant createdAt, String ruleSetVersion, Period period,
        EligibilityDecision decision, Map<String, RuleText> rules) {
}

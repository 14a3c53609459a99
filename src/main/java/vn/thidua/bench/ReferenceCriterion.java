package vn.thidua.bench;

import java.util.Map;

import vn.thidua.eligibility.CriterionStatus;

/**
 * One criterion's result in the reference evaluator: the same id, status and facts the engine's
 * trace holds for it, without explanation or citation (the reference renders no text).
 *
 * @param facts the facts used, as the rule's consequence names them; empty when no rule would answer
 */
public record ReferenceCriterion(String id, CriterionStatus status, Map<String, Object> facts) {

    static ReferenceCriterion met(String id, Map<String, Object> facts) {
        return new ReferenceCriterion(id, CriterionStatus.MET, facts);
    }

    static ReferenceCriterion notMet(String id, Map<String, Object> facts) {
        return new ReferenceCriterion(id, CriterionStatus.NOT_MET, facts);
    }

    /** Evidence is missing: the rule answered with {@code out.needs}. */
    static ReferenceCriterion needs(String id, Map<String, Object> facts) {
        return new ReferenceCriterion(id, CriterionStatus.NOT_EVALUATED, facts);
    }

    /** Only the council can decide it: the rule answered with {@code out.judgement}. */
    static ReferenceCriterion judgement(String id, Map<String, Object> facts) {
        return new ReferenceCriterion(id, CriterionStatus.JUDGEMENT, facts);
    }

    /** No rule can answer, as when the parameter a rule joins on has no value in force. */
    static ReferenceCriterion unanswered(String id) {
        return new ReferenceCriterion(id, CriterionStatus.NOT_EVALUATED, Map.of());
    }
}

package vn.thidua.eligibility.facts;

/**
 * A decision of an earlier stage in the same run (LĐTT before CSTĐCS): rules read it, never
 * recompute it. {@code outcome} is ELIGIBLE, NOT_ELIGIBLE, DEFERRED or INCOMPLETE.
 */
public final class PriorDecision {

    private final String subjectId;
    private final String award;
    private final String outcome;

    public PriorDecision(String subjectId, String award, String outcome) {
        this.subjectId = subjectId;
        this.award = award;
        this.outcome = outcome;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getAward() {
        return award;
    }

    public String getOutcome() {
        return outcome;
    }

    public boolean isEligible() {
        return "ELIGIBLE".equals(outcome);
    }

    public boolean isNotEligible() {
        return "NOT_ELIGIBLE".equals(outcome);
    }

    /** DEFERRED or INCOMPLETE: the earlier award cannot yet be decided. */
    public boolean isUndecided() {
        return "DEFERRED".equals(outcome) || "INCOMPLETE".equals(outcome);
    }
}

package vn.thidua.eligibility;

/** The result of one criterion. */
public enum CriterionStatus {
    MET, NOT_MET, NOT_EVALUATED, JUDGEMENT
}

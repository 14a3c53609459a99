package vn.thidua.eligibility;

/**
 * The outcome of one (subject, award) decision, declared in the contract's precedence: a criterion
 * not met outranks a suspension, which outranks missing evidence.
 */
public enum Outcome {
    NOT_ELIGIBLE, DEFERRED, INCOMPLETE, ELIGIBLE
}

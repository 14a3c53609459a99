package vn.thidua.eligibility;

/**
 * The outcome of one (subject, award) decision, declared in the precedence of docs/request-and-result.md §3.3: a criterion
 * not met outranks a suspension, which outranks missing evidence.
 */
public enum Outcome {
    NOT_ELIGIBLE, DEFERRED, INCOMPLETE, ELIGIBLE
}

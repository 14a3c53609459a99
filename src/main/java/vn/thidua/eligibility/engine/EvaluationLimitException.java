package vn.thidua.eligibility.engine;

/** An evaluation was stopped because the rules passed a limit (rule firings per subject, time per run). */
public class EvaluationLimitException extends RuntimeException {

    public EvaluationLimitException(String message) {
        super(message);
    }
}

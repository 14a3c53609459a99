package vn.thidua.eligibility.engine;

import org.springframework.modulith.NamedInterface;

/** An evaluation was stopped because the rules passed a limit (rule firings per subject, time per run). */
@NamedInterface("engine")
public class EvaluationLimitException extends RuntimeException {

    public EvaluationLimitException(String message) {
        super(message);
    }
}

package vn.thidua.governance;

import java.util.List;

/** A rule-set change that cannot be made, with the reason in words policy staff understand. */
public class RuleChangeException extends RuntimeException {

    /** Why: something named does not exist, the change conflicts with the current state, or the draft is invalid. */
    public enum Reason {
        NOT_FOUND, CONFLICT, INVALID
    }

    private final Reason reason;
    private final List<String> problems;

    RuleChangeException(Reason reason, String message) {
        this(reason, message, List.of());
    }

    RuleChangeException(Reason reason, String message, List<String> problems) {
        super(message);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    /** Every problem of an invalid draft, as {@code file:line: message}; empty otherwise. */
    public List<String> problems() {
        return problems;
    }
}

package vn.thidua.governance;

import vn.thidua.governance.RuleChangeException.Reason;

/** Checks on the names and reasons every recorded change carries. */
final class WhoAndWhy {

    private static final int MAX = 200;

    private WhoAndWhy() {
    }

    /** A person's name or a reason must be given, and fit its column. */
    static String require(String value, String field) {
        int max = "reason".equals(field) || "note".equals(field) ? 1000 : MAX;
        if (value == null || value.isBlank()) {
            throw new RuleChangeException(Reason.INVALID, field + " is required: every rule-set change records who made it and why");
        }
        if (value.length() > max) {
            throw new RuleChangeException(Reason.INVALID, field + " is longer than " + max + " characters");
        }
        return value.strip();
    }
}

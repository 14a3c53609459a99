package vn.thidua.ranking;

/**
 * How a {@code maxPercent} quota becomes a whole number of places. Integer arithmetic only: the
 * places of X% of n are {@code X*n/100} rounded down, half up, or up.
 */
public enum Rounding {
    FLOOR, HALF_UP, CEILING;

    /** {@code numerator / denominator} rounded in this mode; both non-negative, the denominator positive. */
    long divide(long numerator, long denominator) {
        return switch (this) {
            case FLOOR -> numerator / denominator;
            case HALF_UP -> (2 * numerator + denominator) / (2 * denominator);
            case CEILING -> (numerator + denominator - 1) / denominator;
        };
    }
}

package vn.thidua.eligibility.facts;

import java.time.LocalDate;

/** The period of the run: achievement year, the date durations are measured at, and the decision date. */
public final class EvaluationPeriod {

    private final int year;
    private final LocalDate cutoffDate;
    private final LocalDate decisionDate;

    public EvaluationPeriod(int year, LocalDate cutoffDate, LocalDate decisionDate) {
        this.year = year;
        this.cutoffDate = cutoffDate;
        this.decisionDate = decisionDate;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getCutoffDate() {
        return cutoffDate;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    /** Whether the decision date is on or before a date given as text (YYYY-MM-DD), as date parameters are. */
    public boolean decidedOnOrBefore(String isoDate) {
        return !decisionDate.isAfter(LocalDate.parse(isoDate));
    }
}

package vn.thidua.dossier;

import java.time.LocalDate;

/**
 * The achievement year, the date durations are measured at, and the date of the award decision.
 * After reading, {@code cutoffDate} and {@code decisionDate} carry their defaults when absent.
 */
public record Period(@Required @Range(min = 1945, max = 2200) Integer year, LocalDate cutoffDate, LocalDate decisionDate) {

    /** Fills the defaults of docs/request-and-result.md §1.1: 31 December of the year, and today. */
    public Period withDefaults(LocalDate today) {
        return new Period(year,
                cutoffDate != null ? cutoffDate : LocalDate.of(year, 12, 31),
                decisionDate != null ? decisionDate : today);
    }
}

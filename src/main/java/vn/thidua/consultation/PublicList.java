package vn.thidua.consultation;

import java.time.LocalDate;

/** A run's proposed candidates opened for public comment from {@code opensOn} to {@code closesOn}, both included. */
public record PublicList(long id, long runId, String title, LocalDate opensOn, LocalDate closesOn) {

    public boolean openOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}

package vn.thidua.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Working-day arithmetic over a {@link Holidays} file. A period of N working days from a day does
 * not count that day: it ends on the N-th working day after it ({@link #plus}); {@link #between}
 * counts the working days after one day up to and including another, so that
 * {@code between(d, plus(d, n)) == n}.
 */
public final class WorkingDays {

    /** Far enough for any posting period; stops a runaway count on a broken calendar. */
    private static final int MAX_DAYS = 3660;

    private final Holidays holidays;

    public WorkingDays(Holidays holidays) {
        this.holidays = holidays;
    }

    public Holidays holidays() {
        return holidays;
    }

    public boolean isWorkingDay(LocalDate date) {
        return holidays.isWorkingDay(date);
    }

    /** The N-th working day after {@code from} ({@code from} itself not counted); {@code from} when N is 0. */
    public LocalDate plus(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a number of working days is at least 0, not " + workingDays);
        }
        LocalDate day = from;
        int counted = 0;
        for (int i = 0; counted < workingDays; i++) {
            if (i > MAX_DAYS) {
                throw new IllegalStateException("no " + workingDays + " working days within " + MAX_DAYS + " days of " + from);
            }
            day = day.plusDays(1);
            if (holidays.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int between(LocalDate from, LocalDate to) {
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (holidays.isWorkingDay(day)) {
                counted++;
            }
        }
        return counted;
    }

    /** The years from {@code from} to {@code to} the holidays file does not list: only weekends are skipped in them. */
    public List<Integer> uncoveredYears(LocalDate from, LocalDate to) {
        List<Integer> missing = new ArrayList<>();
        for (int year = Math.min(from.getYear(), to.getYear()); year <= Math.max(from.getYear(), to.getYear()); year++) {
            if (!holidays.covers(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    /** Whether any day from {@code from} to {@code to} is counted from a day the file marks EXPECTED, or a year it marks so. */
    public boolean expectedBetween(LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (holidays.year(year).map(y -> y.status() == Holidays.Status.EXPECTED).orElse(false)) {
                return true;
            }
        }
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (holidays.dayOff(day).map(d -> d.status() == Holidays.Status.EXPECTED).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}

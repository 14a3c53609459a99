package vn.thidua.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What a report covers: the years {@code from} to {@code to} (one year when they are equal; a sơ kết
 * after two or three years, a tổng kết over five) and one unit with the units below it, or every unit
 * the user may see when {@code unit} is null.
 */
public record ReportQuery(int from, int to, String unit) {

    /** The most years one report covers: two five-year terms. */
    public static final int MAX_YEARS = 10;
    private static final int FIRST_YEAR = 1945;
    private static final int LAST_YEAR = 2200;

    /**
     * A checked query; {@code to} null is the year {@code from}, a blank unit is every unit.
     *
     * @throws ReportException naming {@code from} or {@code to} when a year is missing or not a year, the
     *         last year is before the first, or the range is longer than {@value #MAX_YEARS} years
     */
    public static ReportQuery of(Integer from, Integer to, String unit) {
        List<ReportException.Problem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new ReportException.Problem("from", "Cần năm bắt đầu của báo cáo", "the report's first year is missing"));
        } else if (from < FIRST_YEAR || from > LAST_YEAR) {
            problems.add(new ReportException.Problem("from", "Năm bắt đầu " + from + " không phải một năm từ " + FIRST_YEAR + " đến "
                    + LAST_YEAR, "the first year " + from + " is not a year from " + FIRST_YEAR + " to " + LAST_YEAR));
        }
        int last = to == null ? (from == null ? 0 : from) : to;
        if (to != null && (to < FIRST_YEAR || to > LAST_YEAR)) {
            problems.add(new ReportException.Problem("to", "Năm kết thúc " + to + " không phải một năm từ " + FIRST_YEAR + " đến "
                    + LAST_YEAR, "the last year " + to + " is not a year from " + FIRST_YEAR + " to " + LAST_YEAR));
        } else if (from != null && problems.isEmpty()) {
            if (last < from) {
                problems.add(new ReportException.Problem("to", "Năm kết thúc " + last + " trước năm bắt đầu " + from,
                        "the last year " + last + " is before the first year " + from));
            } else if (last - from + 1 > MAX_YEARS) {
                problems.add(new ReportException.Problem("to", "Báo cáo từ " + from + " đến " + last + " gồm " + (last - from + 1)
                        + " năm, quá " + MAX_YEARS + " năm", "the report from " + from + " to " + last + " covers " + (last - from + 1)
                        + " years, more than " + MAX_YEARS));
            }
        }
        if (!problems.isEmpty()) {
            throw new ReportException(problems);
        }
        return new ReportQuery(from, last, unit == null || unit.isBlank() ? null : unit.strip());
    }

    /**
     * A checked query from the texts of a form or a URL: as {@link #of(Integer, Integer, String)}, and a
     * year that is not a whole number is refused by its field too. A blank {@code to} is the year {@code from}.
     */
    public static ReportQuery parse(String from, String to, String unit) {
        List<ReportException.Problem> problems = new ArrayList<>();
        Integer first = year("from", "Năm bắt đầu", "the first year", from, problems);
        Integer last = year("to", "Năm kết thúc", "the last year", to, problems);
        if (!problems.isEmpty()) {
            throw new ReportException(problems);
        }
        return of(first, last, unit);
    }

    private static Integer year(String field, String vi, String en, String text, List<ReportException.Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new ReportException.Problem(field, vi + " \"" + text.strip() + "\" không phải một năm như 2025",
                    en + " \"" + text.strip() + "\" is not a year such as 2025"));
            return null;
        }
    }

    /** The number of years covered. */
    public int years() {
        return to - from + 1;
    }
}

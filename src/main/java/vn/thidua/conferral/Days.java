package vn.thidua.conferral;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates day first and amounts of đồng as Vietnamese documents write them (15/01/2026; 2.340.000). */
final class Days {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Days() {
    }

    static String of(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    /** "ngày 15 tháng 01 năm 2026" */
    static String spelled(LocalDate date) {
        return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + String.format("%02d", date.getMonthValue())
                + " năm " + date.getYear();
    }

    static String dong(long amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(amount);
    }
}

package vn.thidua.register;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The checks of a text field shared by revocations and imports. */
final class Fields {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Fields() {
    }

    static void text(List<RegisterException.Problem> problems, String path, String value, int max, String vi, String en) {
        if (value == null || value.isBlank()) {
            problems.add(new RegisterException.Problem(path, "Thiếu " + vi, en + " is missing"));
        } else if (value.strip().length() > max) {
            problems.add(new RegisterException.Problem(path, "Quá " + max + " ký tự: " + vi, en + " is longer than " + max + " characters"));
        }
    }

    static String day(LocalDate date) {
        return date.format(DAY);
    }
}

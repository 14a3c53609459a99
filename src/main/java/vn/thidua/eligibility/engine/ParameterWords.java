package vn.thidua.eligibility.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.thidua.eligibility.Text;

/**
 * A parameter's name and values in words, in both languages, from the rule set's texts: the name is
 * {@code parameter.<name>}; a yes/no value reads as {@code parameter.<name>.true} / {@code .false}
 * (what it means for that parameter), or "có"/"không"; a number takes {@code parameter.<name>.unit}
 * ("50%", "06 tháng", "134.000.000 đồng"); a date is written day first; codes are named by
 * {@code value.<CODE>}, several codes as a list.
 */
final class ParameterWords {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final MessageCatalog messages;

    ParameterWords(MessageCatalog messages) {
        this.messages = messages;
    }

    /** The parameter's name in words; null when the texts do not name it. */
    Text label(String name) {
        return messages.raw("parameter." + name);
    }

    /** A value of the parameter in words, in both languages. */
    Text value(String name, Object value) {
        return new Text(words(name, value, true), words(name, value, false));
    }

    private String words(String name, Object value, boolean vi) {
        if (value == null) {
            return text("value.null", vi, vi ? "chưa ghi nhận" : "not recorded");
        }
        if (value instanceof Boolean flag) {
            Text meaning = messages.raw("parameter." + name + "." + flag);
            if (meaning != null) {
                return vi ? meaning.vi() : meaning.en();
            }
            return text("value." + flag, vi, flag ? (vi ? "có" : "yes") : (vi ? "không" : "no"));
        }
        if (value instanceof Number number) {
            return number(name, number, vi);
        }
        if (value instanceof LocalDate date) {
            return DAY_FIRST.format(date);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(item -> words(name, item, vi)).collect(Collectors.joining(", "));
        }
        String written = value.toString().strip();
        try {
            return DAY_FIRST.format(LocalDate.parse(written));
        } catch (DateTimeParseException notADate) {
            // not a date: a code, codes, or text
        }
        String[] parts = written.split("[\\s,]+");
        if (parts.length > 0 && Arrays.stream(parts).allMatch(p -> CODE.matcher(p).matches())) {
            return Arrays.stream(parts).map(code -> text("value." + code, vi, code)).collect(Collectors.joining(", "));
        }
        return written;
    }

    private String number(String name, Number number, boolean vi) {
        Text unitText = messages.raw("parameter." + name + ".unit");
        String unit = unitText == null ? null : vi ? unitText.vi() : unitText.en();
        BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
        String digits;
        if (decimal.scale() <= 0 && decimal.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            String grouped = String.format(Locale.ROOT, "%,d", decimal.toBigInteger());
            digits = vi ? grouped.replace(',', '.') : grouped;
        } else {
            digits = decimal.toPlainString();
            if (vi) {
                digits = digits.replace('.', ',');
            }
        }
        if (unit == null) {
            return digits;
        }
        if ("%".equals(unit)) {
            return digits + "%";
        }
        // Vietnamese writes a count under ten as the law does: "06 tháng", "03 năm".
        if (vi && decimal.scale() <= 0 && decimal.compareTo(BigDecimal.ONE) >= 0 && decimal.compareTo(BigDecimal.TEN) < 0) {
            digits = "0" + digits;
        }
        return digits + " " + unit;
    }

    private String text(String key, boolean vi, String fallback) {
        Text text = messages.raw(key);
        return text == null ? fallback : vi ? text.vi() : text.en();
    }
}

package vn.thidua.documents;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.thidua.eligibility.Text;
import vn.thidua.eligibility.engine.RuleTextCatalog;

/**
 * The facts of a criterion as a reader reads them, in Vietnamese or English: each fact key named by
 * the rule set's {@code fact.<key>} text, each value formatted — dates day first (dd/MM/yyyy), counts
 * with their unit ({@code fact.<key>.unit}: "03 năm", "60%"), yes/no as words, codes by their
 * {@code value.<CODE>} names, lists joined, and a parameter as "03 năm, áp dụng từ 01/01/2024, căn cứ …".
 * The one formatter of facts for the decision page and the results workbook; the decision's JSON keeps
 * its facts as they are.
 */
public final class FactTexts {

    /** One fact as shown: its label and its formatted value. */
    public record Line(String key, String label, String value) {
    }

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{3,}");
    /** A value naming someone or something and then a code ("Nguyễn Văn A: GAMBLING"). */
    private static final Pattern LABELLED_CODE = Pattern.compile("(.+): ([A-Z][A-Z0-9_]*)");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private final RuleTextCatalog rules;

    /**
     * Labels and names of codes come from a rule set's texts ({@code rules/messages_*.properties}): a
     * decision's from those of the version it was decided on.
     */
    public FactTexts(RuleTextCatalog rules) {
        this.rules = rules;
    }

    /** Every fact of a criterion, in the order the rules gave them. */
    public List<Line> lines(Map<String, Object> facts, Locale locale) {
        if (facts == null) {
            return List.of();
        }
        boolean vi = !"en".equals(locale.getLanguage());
        List<Line> lines = new ArrayList<>(facts.size());
        facts.forEach((key, value) -> lines.add(new Line(key, label(key, vi), value(key, value, vi))));
        return lines;
    }

    /** The facts on one line, "label: value; label: value", for a spreadsheet cell. */
    public String joined(Map<String, Object> facts, Locale locale) {
        return lines(facts, locale).stream().map(l -> l.label() + ": " + l.value()).collect(Collectors.joining("; "));
    }

    /** Whether the rule set names the fact key in both languages (no fallback needed). */
    public boolean hasLabel(String key) {
        return rules.text("fact." + key) != null;
    }

    /** A fact key's name; without a {@code fact.<key>} text, the key's words ("minimumMonths" → "minimum months"). */
    public String label(String key, boolean vi) {
        Text text = rules.text("fact." + key);
        if (text != null) {
            return vi ? text.vi() : text.en();
        }
        return String.join(" ", CAMEL.split(key)).replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** A fact's value as words, formatted for the fact it is. */
    public String value(String key, Object value, boolean vi) {
        if (value instanceof Map<?, ?> map && map.containsKey("parameter") && map.containsKey("value")) {
            return parameter(key, map, vi);
        }
        return plain(key, value, vi);
    }

    private String parameter(String key, Map<?, ?> param, boolean vi) {
        StringBuilder out = new StringBuilder(plain(key, param.get("value"), vi));
        String since = date(param.get("since"));
        if (since != null) {
            out.append(vi ? ", áp dụng từ " : ", from ").append(since);
        }
        Object reference = param.get("reference");
        if (reference != null && !reference.toString().isBlank()) {
            out.append(vi ? ", căn cứ " : ", under ").append(reference);
        }
        return out.toString();
    }

    private String plain(String key, Object value, boolean vi) {
        if (value == null) {
            return word("value.null", vi, vi ? "chưa ghi nhận" : "not recorded");
        }
        if (value instanceof Boolean flag) {
            return word("value." + flag, vi, flag ? (vi ? "có" : "yes") : (vi ? "không" : "no"));
        }
        if (value instanceof Number number) {
            return number(key, number, vi);
        }
        String date = date(value);
        if (date != null) {
            return date;
        }
        if (value instanceof Collection<?> items) {
            if (items.isEmpty()) {
                return word("value.none", vi, vi ? "không có" : "none");
            }
            List<String> texts = items.stream().map(item -> value(key, item, vi)).toList();
            boolean structured = items.stream().anyMatch(item -> item instanceof Map<?, ?>);
            return structured ? String.join("; ", texts) : list(texts, vi);
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return word("value.none", vi, vi ? "không có" : "none");
            }
            return map.entrySet().stream()
                    .map(e -> label(String.valueOf(e.getKey()), vi) + " " + value(String.valueOf(e.getKey()), e.getValue(), vi))
                    .collect(Collectors.joining(", "));
        }
        String text = value.toString();
        if ("true".equals(text) || "false".equals(text)) {
            return plain(key, Boolean.valueOf(text), vi);
        }
        return code(text, vi);
    }

    /** A code by its name; a code the texts do not name in its words, never as the code. */
    private String code(String text, boolean vi) {
        Text name = rules.text("value." + text);
        if (name != null) {
            return vi ? name.vi() : name.en();
        }
        Matcher labelled = LABELLED_CODE.matcher(text);
        if (labelled.matches()) {
            Text codeName = rules.text("value." + labelled.group(2));
            if (codeName != null) {
                return labelled.group(1) + ": " + (vi ? codeName.vi() : codeName.en());
            }
        }
        if (CODE.matcher(text).matches()) {
            return text.replace('_', ' ').toLowerCase(Locale.ROOT);
        }
        String[] words = text.split(" ");
        if (words.length > 1 && java.util.Arrays.stream(words).allMatch(w -> CODE.matcher(w).matches())) {
            return list(java.util.Arrays.stream(words).map(w -> code(w, vi)).toList(), vi);
        }
        return text;
    }

    private String number(String key, Number number, boolean vi) {
        Text unit = rules.text("fact." + key + ".unit");
        String written = written(number, vi);
        if (unit == null) {
            return written;
        }
        String u = vi ? unit.vi() : unit.en();
        if ("%".equals(u)) {
            return written + "%";
        }
        if (vi && isWholeUnderTen(number)) {
            written = "0" + written;
        }
        return written + " " + u;
    }

    /** Digits as each language writes them: "134.000.000" and "0,5" in Vietnamese, "134,000,000" and "0.5" in English. */
    private static String written(Number number, boolean vi) {
        BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
        if (decimal.scale() <= 0 && decimal.abs().compareTo(BigDecimal.valueOf(10_000)) < 0) {
            return decimal.toPlainString();
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(vi ? Locale.forLanguageTag("vi") : Locale.ENGLISH));
        DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
        symbols.setGroupingSeparator(vi ? '.' : ',');
        symbols.setDecimalSeparator(vi ? ',' : '.');
        format.setDecimalFormatSymbols(symbols);
        return format.format(decimal);
    }

    private static boolean isWholeUnderTen(Number number) {
        BigDecimal decimal = new BigDecimal(number.toString());
        return decimal.compareTo(BigDecimal.ONE) >= 0 && decimal.compareTo(BigDecimal.TEN) < 0
                && decimal.stripTrailingZeros().scale() <= 0;
    }

    private static String date(Object value) {
        if (value instanceof LocalDate date) {
            return DAY_FIRST.format(date);
        }
        if (value instanceof String text && ISO_DATE.matcher(text).matches()) {
            try {
                return DAY_FIRST.format(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static String list(List<String> items, boolean vi) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + (vi ? " và " : " and ") + items.get(items.size() - 1);
    }

    private String word(String key, boolean vi, String fallback) {
        Text text = rules.text(key);
        return text == null ? fallback : vi ? text.vi() : text.en();
    }
}

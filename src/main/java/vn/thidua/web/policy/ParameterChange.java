package vn.thidua.web.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import vn.thidua.eligibility.engine.RuleCatalogue;

/**
 * What the parameter change form needs beyond text insertion: the kind of value a parameter takes
 * (read from its values, its name and the choices the rule files document), checking what the officer
 * typed against it, and the readable diff of a changed file.
 */
final class ParameterChange {

    /** The kinds of value the form asks for. */
    enum Kind {
        /** A whole percentage, 0 to 100. */
        PERCENT,
        /** A whole number, 0 or more. */
        WHOLE,
        /** A number with decimals. */
        DECIMAL,
        /** Yes or no. */
        YES_NO,
        /** One of a closed list of codes. */
        CHOICE,
        /** A date. */
        DATE,
        /** Any text. */
        TEXT
    }

    /**
     * The codes a parameter of this name may hold, as its description in the rule files says: the form
     * offers them by their words and never takes another.
     */
    static final Map<String, List<String>> CHOICES = Map.of(
            "standard", List.of("JUDGEMENT", "COMPUTED"),
            "minimumRating", List.of("HTNV", "HTTNV", "HTXSNV"),
            "councilVoteComparison", List.of("AT_LEAST", "MORE_THAN"),
            "councilVoteDenominator", List.of("TOTAL_MEMBERS", "PRESENT"));

    private ParameterChange() {
    }

    /** The kind of a parameter: its choices when it has some, otherwise from its values (the latest first) and its name. */
    static Kind kind(RuleCatalogue.Parameter parameter) {
        if (CHOICES.containsKey(parameter.name())) {
            return Kind.CHOICE;
        }
        Object latest = parameter.values().isEmpty() ? null : parameter.values().get(parameter.values().size() - 1).value();
        String name = parameter.name();
        if (latest instanceof Boolean) {
            return Kind.YES_NO;
        }
        if (latest instanceof Integer || latest == null && (name.endsWith("Vnd") || name.endsWith("Months") || name.endsWith("Years"))) {
            return name.endsWith("Percent") ? Kind.PERCENT : Kind.WHOLE;
        }
        if (latest instanceof BigDecimal) {
            return Kind.DECIMAL;
        }
        if (latest instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Kind.DATE;
        }
        return Kind.TEXT;
    }

    /**
     * The typed value as the file holds it (Integer, BigDecimal, Boolean or String).
     *
     * @throws ParamsYamlText.Refused naming {@code field} when the text is not a value of the kind
     */
    static Object parse(Kind kind, String typed, String field, String name) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new ParamsYamlText.Refused(field, "paramchange.error.valueRequired");
        }
        try {
            return switch (kind) {
                case PERCENT -> {
                    int percent = Integer.parseInt(text);
                    if (percent < 0 || percent > 100) {
                        throw new ParamsYamlText.Refused(field, "paramchange.error.percent", text);
                    }
                    yield percent;
                }
                case WHOLE -> {
                    int whole = Integer.parseInt(text.replace(".", "").replace(" ", ""));
                    if (whole < 0) {
                        throw new ParamsYamlText.Refused(field, "paramchange.error.whole", text);
                    }
                    yield whole;
                }
                case DECIMAL -> new BigDecimal(text.replace(',', '.'));
                case YES_NO -> switch (text) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> throw new ParamsYamlText.Refused(field, "paramchange.error.yesNo", text);
                };
                case CHOICE -> {
                    if (!CHOICES.get(name).contains(text)) {
                        throw new ParamsYamlText.Refused(field, "paramchange.error.choice", text);
                    }
                    yield text;
                }
                case DATE -> LocalDate.parse(text).toString();
                case TEXT -> {
                    if (text.contains("\n") || text.length() > 500) {
                        throw new ParamsYamlText.Refused(field, "paramchange.error.text");
                    }
                    yield text;
                }
            };
        } catch (NumberFormatException e) {
            throw new ParamsYamlText.Refused(field, switch (kind) {
                case DECIMAL -> "paramchange.error.decimal";
                case PERCENT -> "paramchange.error.percent";
                default -> "paramchange.error.whole";
            }, text);
        } catch (DateTimeParseException e) {
            throw new ParamsYamlText.Refused(field, "paramchange.error.date", text);
        }
    }

    /** One line of a diff: its number before and after (null where it does not exist), and whether it is kept, removed or added. */
    record DiffLine(Integer before, Integer after, String kind, String text) {
    }

    /** The changed lines of one file with a few lines of context around each change. */
    record FileDiff(String file, List<DiffLine> lines, int removed, int added) {
    }

    private static final int CONTEXT = 3;

    static FileDiff diff(String file, String before, String after) {
        List<String> a = List.of(before.split("\n", -1));
        List<String> b = List.of(after.split("\n", -1));
        Patch<String> patch = DiffUtils.diff(a, b);
        List<DiffLine> all = new ArrayList<>();
        int i = 0;
        int j = 0;
        int removed = 0;
        int added = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            while (i < delta.getSource().getPosition()) {
                all.add(new DiffLine(i + 1, j + 1, "same", a.get(i)));
                i++;
                j++;
            }
            for (String line : delta.getSource().getLines()) {
                all.add(new DiffLine(i + 1, null, "removed", line));
                i++;
                removed++;
            }
            for (String line : delta.getTarget().getLines()) {
                all.add(new DiffLine(null, j + 1, "added", line));
                j++;
                added++;
            }
        }
        while (i < a.size()) {
            all.add(new DiffLine(i + 1, j + 1, "same", a.get(i)));
            i++;
            j++;
        }
        List<DiffLine> shown = new ArrayList<>();
        boolean gap = false;
        for (int k = 0; k < all.size(); k++) {
            if (near(all, k)) {
                shown.add(all.get(k));
                gap = false;
            } else if (!gap) {
                shown.add(new DiffLine(null, null, "gap", "…"));
                gap = true;
            }
        }
        return new FileDiff(file, shown, removed, added);
    }

    private static boolean near(List<DiffLine> all, int k) {
        for (int d = Math.max(0, k - CONTEXT); d <= Math.min(all.size() - 1, k + CONTEXT); d++) {
            if (!"same".equals(all.get(d).kind())) {
                return true;
            }
        }
        return false;
    }

    /** The form's fields as they are posted again from page to page. */
    static Map<String, String> fields(String award, String parameter, String since, String value, String reference, boolean replace) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("award", award);
        fields.put("parameter", parameter);
        fields.put("since", since);
        fields.put("value", value);
        fields.put("reference", reference);
        fields.put("replace", String.valueOf(replace));
        return fields;
    }
}

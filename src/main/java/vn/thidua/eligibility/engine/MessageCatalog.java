package vn.thidua.eligibility.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.thidua.eligibility.Text;
import vn.thidua.eligibility.facts.Param;

/**
 * The one place where explanations are written: templates from {@code rules/messages_vi.properties}
 * and {@code rules/messages_en.properties}, keyed by criterion id and result ({@code LDTT-A1.MET}),
 * filled with a criterion's facts by name ({@code {rating}}). Codes are shown by their names
 * ({@code value.HTTNV}), never as codes: a code an officer would otherwise read needs a
 * {@code value.} entry. A placeholder with the style {@code count} ({@code {minimumMonths,count}})
 * writes a count as the law writes it in Vietnamese, two digits under ten ("06 tháng", "02 lần"); the
 * style {@code amount} groups an amount's thousands ("134.000.000 đồng").
 * Templates are parsed once, when the rule set loads.
 */
final class MessageCatalog {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+(?:,(?:" + Style.COUNT.key + "|" + Style.AMOUNT.key + "))?)}");
    /** A fact value naming someone or something and then a code ("Nguyễn Văn A: GAMBLING"). */
    private static final Pattern LABELLED_CODE = Pattern.compile("(.+): ([A-Z][A-Z0-9_]*)");
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** How a placeholder writes its value. */
    private enum Style {
        PLAIN(""),
        /** A count of months, times or years: in Vietnamese two digits under ten, as in the law ("06 tháng"). */
        COUNT("count"),
        /** An amount of money: digits grouped by thousands as each language writes them ("134.000.000 đồng"). */
        AMOUNT("amount");

        final String key;

        Style(String key) {
            this.key = key;
        }
    }

    /** A template as literal text and fact names in turn: even positions are text, odd ones names. */
    private record Template(String raw, List<String> parts) {

        static Template parse(String raw) {
            List<String> parts = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(raw);
            int at = 0;
            while (m.find()) {
                parts.add(raw.substring(at, m.start()));
                parts.add(m.group(1));
                at = m.end();
            }
            parts.add(raw.substring(at));
            return new Template(raw, List.copyOf(parts));
        }
    }

    private final Map<String, Template> vi;
    private final Map<String, Template> en;
    private final Map<String, String> valuesVi;
    private final Map<String, String> valuesEn;

    MessageCatalog(Properties vi, Properties en) {
        this.vi = parse(vi);
        this.en = parse(en);
        this.valuesVi = values(this.vi);
        this.valuesEn = values(this.en);
    }

    /** The names of codes ({@code value.HTTNV}), keyed by the code itself, so showing a value builds no key. */
    private static Map<String, String> values(Map<String, Template> templates) {
        Map<String, String> values = new HashMap<>();
        templates.forEach((key, template) -> {
            if (key.startsWith("value.")) {
                values.put(key.substring("value.".length()), template.raw());
            }
        });
        return Map.copyOf(values);
    }

    private static Map<String, Template> parse(Properties properties) {
        Map<String, Template> templates = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> templates.put(key, Template.parse(properties.getProperty(key))));
        return Map.copyOf(templates);
    }

    boolean has(String key) {
        return vi.containsKey(key) && en.containsKey(key);
    }

    /** A non-blank text exists for exactly this key in Vietnamese ({@code vietnamese}) or English. */
    boolean hasIn(boolean vietnamese, String key) {
        Template template = (vietnamese ? vi : en).get(key);
        return template != null && !template.raw().isBlank();
    }

    /** A text exists in both languages for the key or one of its variants ({@code key.variant}). */
    boolean hasWithVariants(String key) {
        return hasIn(vi, key) && hasIn(en, key);
    }

    private static boolean hasIn(Map<String, Template> texts, String key) {
        return texts.keySet().stream().anyMatch(k -> k.equals(key) || k.startsWith(key + "."));
    }

    /** The text of a key as written in both languages; null when either lacks it. */
    Text raw(String key) {
        Template templateVi = vi.get(key);
        Template templateEn = en.get(key);
        return templateVi == null || templateEn == null ? null : new Text(templateVi.raw(), templateEn.raw());
    }

    /** The first key of {@code keys} that exists, rendered in both languages; null when none exists. */
    Text render(Map<String, Object> facts, String... keys) {
        for (String key : keys) {
            Template templateVi = vi.get(key);
            Template templateEn = en.get(key);
            if (templateVi != null && templateEn != null) {
                return new Text(fill(templateVi, facts, true), fill(templateEn, facts, false));
            }
        }
        return null;
    }

    private String fill(Template template, Map<String, Object> facts, boolean vietnamese) {
        List<String> parts = template.parts();
        if (parts.size() == 1) {
            return parts.get(0);
        }
        StringBuilder out = new StringBuilder(template.raw().length() + 32);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (i % 2 == 0) {
                out.append(part);
            } else {
                int comma = part.indexOf(',');
                String name = comma < 0 ? part : part.substring(0, comma);
                Style style = comma < 0 ? Style.PLAIN : Style.COUNT.key.equals(part.substring(comma + 1)) ? Style.COUNT : Style.AMOUNT;
                if (facts.containsKey(name)) {
                    Object value = facts.get(name);
                    out.append(switch (style) {
                        case COUNT -> count(value, vietnamese);
                        case AMOUNT -> amount(value, vietnamese);
                        case PLAIN -> format(value, vietnamese);
                    });
                } else {
                    out.append('{').append(part).append('}');
                }
            }
        }
        return out.toString();
    }

    String format(Object value, boolean vietnamese) {
        Map<String, Template> texts = vietnamese ? vi : en;
        if (value == null) {
            return text(texts, "value.null", vietnamese ? "chưa ghi nhận" : "not recorded");
        }
        if (value instanceof Param param) {
            return format(param.getValue(), vietnamese);
        }
        if (value instanceof LocalDate date) {
            return vietnamese ? VI_DATE.format(date) : date.toString();
        }
        if (value instanceof Boolean flag) {
            return text(texts, "value." + flag, flag.toString());
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? text(texts, "value.none", vietnamese ? "không có" : "none")
                    : items.stream().map(item -> format(item, vietnamese)).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + " " + format(e.getValue(), vietnamese))
                    .collect(Collectors.joining(", ", "(", ")"));
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        Map<String, String> labels = vietnamese ? valuesVi : valuesEn;
        String label = labels.get(text);
        if (label != null) {
            return label;
        }
        Matcher labelled = LABELLED_CODE.matcher(text);
        if (labelled.matches() && labels.containsKey(labelled.group(2))) {
            return labelled.group(1) + ": " + labels.get(labelled.group(2));
        }
        return text;
    }

    /**
     * A count as the law writes it: in Vietnamese a whole number from one to nine takes a leading zero
     * ("06 tháng", "02 lần liên tục", "03 năm"); anything else, zero too, is formatted as usual.
     */
    String count(Object value, boolean vietnamese) {
        Object number = value instanceof Param param ? param.getValue() : value;
        if (vietnamese && number instanceof Number n && isSingleDigit(n)) {
            return "0" + n.intValue();
        }
        return format(value, vietnamese);
    }

    /** An amount with its thousands grouped: "134.000.000" in Vietnamese, "134,000,000" in English. */
    String amount(Object value, boolean vietnamese) {
        Object number = value instanceof Param param ? param.getValue() : value;
        if (number instanceof Number n && !(n instanceof Double) && !(n instanceof Float)) {
            String grouped = String.format(java.util.Locale.ROOT, "%,d", new BigDecimal(n.toString()).toBigInteger());
            return vietnamese ? grouped.replace(',', '.') : grouped;
        }
        return format(value, vietnamese);
    }

    private static boolean isSingleDigit(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return d >= 1 && d < 10 && d == Math.rint(d);
        }
        if (n instanceof BigDecimal d) {
            return d.compareTo(BigDecimal.ONE) >= 0 && d.compareTo(BigDecimal.TEN) < 0 && d.stripTrailingZeros().scale() <= 0;
        }
        long l = n.longValue();
        return l >= 1 && l < 10;
    }

    private static String text(Map<String, Template> texts, String key, String fallback) {
        Template template = texts.get(key);
        return template == null ? fallback : template.raw();
    }
}

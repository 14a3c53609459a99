package vn.thidua.eligibility.engine;

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
 * ({@code value.HTTNV}). Templates are parsed once, when the rule set loads.
 */
final class MessageCatalog {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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

    /** A text exists in both languages for the key or one of its variants ({@code key.variant}). */
    boolean hasWithVariants(String key) {
        return hasIn(vi, key) && hasIn(en, key);
    }

    private static boolean hasIn(Map<String, Template> texts, String key) {
        return texts.keySet().stream().anyMatch(k -> k.equals(key) || k.startsWith(key + "."));
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
            } else if (facts.containsKey(part)) {
                out.append(format(facts.get(part), vietnamese));
            } else {
                out.append('{').append(part).append('}');
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
        return (vietnamese ? valuesVi : valuesEn).getOrDefault(text, text);
    }

    private static String text(Map<String, Template> texts, String key, String fallback) {
        Template template = texts.get(key);
        return template == null ? fallback : template.raw();
    }
}

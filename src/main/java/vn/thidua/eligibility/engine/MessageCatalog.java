package vn.thidua.eligibility.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
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
 * ({@code value.HTTNV}).
 */
final class MessageCatalog {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Properties vi;
    private final Properties en;

    MessageCatalog(Properties vi, Properties en) {
        this.vi = vi;
        this.en = en;
    }

    boolean has(String key) {
        return vi.containsKey(key) && en.containsKey(key);
    }

    /** A text exists in both languages for the key or one of its variants ({@code key.variant}). */
    boolean hasWithVariants(String key) {
        return hasIn(vi, key) && hasIn(en, key);
    }

    private static boolean hasIn(Properties texts, String key) {
        return texts.stringPropertyNames().stream().anyMatch(k -> k.equals(key) || k.startsWith(key + "."));
    }

    /** The first key of {@code keys} that exists, rendered in both languages; null when none exists. */
    Text render(Map<String, Object> facts, String... keys) {
        for (String key : keys) {
            if (has(key)) {
                return new Text(fill(vi.getProperty(key), facts, true), fill(en.getProperty(key), facts, false));
            }
        }
        return null;
    }

    private String fill(String template, Map<String, Object> facts, boolean vietnamese) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = facts.containsKey(name) ? format(facts.get(name), vietnamese) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    String format(Object value, boolean vietnamese) {
        Properties texts = vietnamese ? vi : en;
        if (value == null) {
            return texts.getProperty("value.null", vietnamese ? "chưa ghi nhận" : "not recorded");
        }
        if (value instanceof Param param) {
            return format(param.getValue(), vietnamese);
        }
        if (value instanceof LocalDate date) {
            return vietnamese ? VI_DATE.format(date) : date.toString();
        }
        if (value instanceof Boolean flag) {
            return texts.getProperty("value." + flag, flag.toString());
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? texts.getProperty("value.none", vietnamese ? "không có" : "none")
                    : items.stream().map(item -> format(item, vietnamese)).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + " " + format(e.getValue(), vietnamese))
                    .collect(Collectors.joining(", ", "(", ")"));
        }
        String text = value.toString();
        return texts.getProperty("value." + text, text);
    }
}

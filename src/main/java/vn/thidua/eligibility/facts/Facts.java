package vn.thidua.eligibility.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the facts a criterion used, keeping their order and allowing absent (null) values. */
public final class Facts {

    private Facts() {
    }

    /** {@code Facts.of("year", 2025, "rating", "HTTNV")}: names and values in turn. */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("facts come in name, value pairs");
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            facts.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return facts;
    }

    /**
     * A fact's value as a decision carries it: a parameter becomes its name, value, date and
     * reference, inside maps and lists too.
     */
    public static Object asCarried(Object value) {
        if (value instanceof Param param) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("parameter", param.getAward() + "." + param.getName());
            p.put("value", param.getValue());
            p.put("since", param.getSince());
            p.put("reference", param.getReference());
            return p;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), asCarried(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Facts::asCarried).toList();
        }
        return value;
    }
}

package vn.thidua.eligibility.facts;

import java.util.LinkedHashMap;
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
}

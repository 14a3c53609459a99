package vn.thidua.eligibility.facts;

import java.time.LocalDate;

/**
 * A threshold or switch from an award's parameter file, with the value in force on the relevant
 * date and the legal reference for that date. Pass the whole {@code Param} into a criterion's facts
 * so the decision shows which value and reference were used.
 */
public final class Param {

    private final String award;
    private final String name;
    private final Object value;
    private final LocalDate since;
    private final String reference;

    public Param(String award, String name, Object value, LocalDate since, String reference) {
        this.award = award;
        this.name = name;
        this.value = value;
        this.since = since;
        this.reference = reference;
    }

    public String getAward() {
        return award;
    }

    public String getName() {
        return name;
    }

    public Object getValue() {
        return value;
    }

    public int getIntValue() {
        return ((Number) value).intValue();
    }

    public boolean isOn() {
        return Boolean.TRUE.equals(value);
    }

    public String getText() {
        return String.valueOf(value);
    }

    public LocalDate getSince() {
        return since;
    }

    public String getReference() {
        return reference;
    }

    @Override
    public String toString() {
        return award + "." + name + "=" + value + " (since " + since + ")";
    }
}

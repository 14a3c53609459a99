package vn.thidua.eligibility.facts;

import java.time.LocalDate;
import java.util.Set;

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
    private final String sector;
    private final Set<String> overriddenSectors;

    public Param(String award, String name, Object value, LocalDate since, String reference) {
        this(award, name, value, since, reference, null, Set.of());
    }

    /**
     * A value for one sector (the level of the subject's unit: SCHOOL, AGENCY…), or, with a null
     * sector, the general value, which then does not apply to the sectors that override it.
     */
    public Param(String award, String name, Object value, LocalDate since, String reference, String sector,
            Set<String> overriddenSectors) {
        this.award = award;
        this.name = name;
        this.value = value;
        this.since = since;
        this.reference = reference;
        this.sector = sector;
        this.overriddenSectors = Set.copyOf(overriddenSectors);
    }

    /** The sector this value is for, or null for the general value. */
    public String getSector() {
        return sector;
    }

    /**
     * Whether this value applies to a subject of the sector: a sector value to its own sector, the
     * general value to every sector without its own value. Rules over a parameter with sector values
     * must use it, or they would see both values.
     */
    public boolean appliesTo(String subjectSector) {
        return sector != null ? sector.equals(subjectSector) : subjectSector == null || !overriddenSectors.contains(subjectSector);
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
        return award + "." + name + (sector == null ? "" : "[" + sector + "]") + "=" + value + " (since " + since + ")";
    }
}

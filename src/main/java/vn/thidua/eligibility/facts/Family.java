package vn.thidua.eligibility.facts;

import java.util.List;
import java.util.Set;

import vn.thidua.dossier.AdminSanction;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.HouseholdMember;

/** A household (hộ gia đình) as the rules see it in the evaluated year. */
public final class Family {

    private final Household household;
    private final int year;

    public Family(Household household, int year) {
        this.household = household;
        this.year = year;
    }

    public String getId() {
        return household.id();
    }

    public String getUnit() {
        return household.unit();
    }

    public int getYear() {
        return year;
    }

    public boolean hasAttestation(String kind) {
        return attestationRef(kind) != null;
    }

    public String attestationRef(String kind) {
        return Evidence.attestationRef(household.attestations(), year, kind);
    }

    /** Names of members being criminally prosecuted. */
    public List<String> membersProsecuted() {
        return household.members().stream().filter(m -> Boolean.TRUE.equals(m.criminalProsecution()))
                .map(HouseholdMember::name).toList();
    }

    /** Names of members who have not fulfilled military service or tax obligations. */
    public List<String> membersWithObligationsUnfulfilled() {
        return household.members().stream()
                .filter(m -> Boolean.FALSE.equals(m.militaryServiceFulfilled()) || Boolean.FALSE.equals(m.taxFulfilled()))
                .map(HouseholdMember::name).toList();
    }

    /** Names of members sanctioned in the evaluated year for one of {@code kinds}, with the kind ("Name: GAMBLING"). */
    public List<String> membersSanctioned(Set<String> kinds) {
        return household.members().stream().flatMap(m -> m.adminSanctions().stream()
                .filter(s -> s.date().getYear() == year && kinds.contains(s.kind().name()))
                .map(AdminSanction::kind).map(kind -> m.name() + ": " + kind.name())).toList();
    }

    /** Names of school-age members not in school. */
    public List<String> membersOutOfSchool() {
        return household.members().stream().filter(m -> Boolean.TRUE.equals(m.schoolAgeNotInSchool()))
                .map(HouseholdMember::name).toList();
    }

    public boolean hasContributions() {
        return !household.contributions().isEmpty();
    }

    /** The total declared value of the household's contributions, in VND (contributions without a value count 0). */
    public long contributionValueVnd() {
        return household.contributions().stream().mapToLong(c -> c.valueVnd() == null ? 0 : c.valueVnd()).sum();
    }

    /**
     * The descriptions (or kinds) of the contributions recorded without a value: their worth is
     * missing information, so a threshold they could reach cannot be refused on the valued ones alone.
     */
    public List<String> contributionsWithoutValue() {
        return household.contributions().stream().filter(c -> c.valueVnd() == null)
                .map(c -> c.description() != null ? c.description() : c.kind().name()).toList();
    }

    /** The descriptions (or kinds) of the contributions. */
    public List<String> contributions() {
        return household.contributions().stream()
                .map(c -> c.description() != null ? c.description() : c.kind().name()).toList();
    }

    public boolean hasTitle(String award, int titleYear) {
        return Evidence.hasTitle(household.titles(), award, titleYear);
    }

    @Override
    public String toString() {
        return "Family " + getId() + " " + year;
    }

}

package vn.thidua.eligibility.facts;

import java.util.List;

import vn.thidua.dossier.Collective;

/** A collective (tập thể) as the rules see it in the evaluated year, with counts over its members. */
public final class Group {

    private final Collective collective;
    private final String sector;
    private final int year;
    private final MemberCounts members;
    private final String rating;

    public Group(Collective collective, String sector, int year, MemberCounts members) {
        this.collective = collective;
        this.sector = sector;
        this.year = year;
        this.members = members;
        this.rating = ratingOf(year);
    }

    public String getId() {
        return collective.id();
    }

    public String getUnit() {
        return collective.unit();
    }

    /** The level of the collective's unit (SCHOOL, AGENCY, COMMUNE…), which selects sector thresholds. */
    public String getSector() {
        return sector;
    }

    public int getYear() {
        return year;
    }

    public MemberCounts getMembers() {
        return members;
    }

    /** The collective's own rating of the evaluated year, or null when none is recorded. */
    public String getRating() {
        return rating;
    }

    public String ratingOf(int ratingYear) {
        return Evidence.ratingOf(collective.ratings(), ratingYear);
    }

    public boolean isRatedGoodOrAbove() {
        return "HTXSNV".equals(rating) || "HTTNV".equals(rating);
    }

    /** Rated {@code level} or above in the evaluated year (HTXSNV > HTTNV > HTNV > KHTNV > NOT_RATED). */
    public boolean ratedAtLeast(String level) {
        return Evidence.atLeast(rating, level);
    }

    public boolean isRatedExcellent() {
        return "HTXSNV".equals(rating);
    }

    /** Years up to the evaluated one, counted back without a gap, in which the collective was rated HTXSNV. */
    public int getExcellentYearsInARow() {
        return Evidence.excellentYearsInARow(collective.ratings(), year);
    }

    public boolean hasAttestation(String kind) {
        return attestationRef(kind) != null;
    }

    public String attestationRef(String kind) {
        return Evidence.attestationRef(collective.attestations(), year, kind);
    }

    public boolean hasTitle(String award, int titleYear) {
        return Evidence.hasTitle(collective.titles(), award, titleYear);
    }

    /** Codes of the titles recorded for a year. */
    public List<String> titlesOf(int titleYear) {
        return collective.titles().stream().filter(t -> t.year() == titleYear).map(t -> t.code().name()).toList();
    }

    @Override
    public String toString() {
        return "Group " + getId() + " " + year;
    }
}

package vn.thidua.eligibility.facts;

/** A collective of a unit with its own rating of the evaluated year (null when none): leaders are judged with it. */
public final class UnitCollective {

    private final String unit;
    private final String collectiveId;
    private final String rating;

    public UnitCollective(String unit, String collectiveId, String rating) {
        this.unit = unit;
        this.collectiveId = collectiveId;
        this.rating = rating;
    }

    public String getUnit() {
        return unit;
    }

    public String getCollectiveId() {
        return collectiveId;
    }

    public String getRating() {
        return rating;
    }

    /** Rated below "Hoàn thành nhiệm vụ" (KHTNV) in the evaluated year. */
    public boolean isBelowCompleted() {
        return "KHTNV".equals(rating);
    }
}

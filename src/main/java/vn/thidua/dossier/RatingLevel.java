package vn.thidua.dossier;

/** Annual quality rating (NĐ 90/2020, NĐ 335/2025); {@code NOT_RATED} is a fact, not a gap. */
public enum RatingLevel {
    HTXSNV(4), HTTNV(3), HTNV(2), KHTNV(1), NOT_RATED(0);

    private final int rank;

    RatingLevel(int rank) {
        this.rank = rank;
    }

    /** "Hoàn thành tốt nhiệm vụ trở lên": HTXSNV or HTTNV. */
    public boolean isGoodOrAbove() {
        return rank >= HTTNV.rank;
    }

    /** "Hoàn thành nhiệm vụ trở lên": HTNV, HTTNV or HTXSNV. */
    public boolean isCompletedOrAbove() {
        return rank >= HTNV.rank;
    }
}

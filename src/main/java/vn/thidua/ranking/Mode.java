package vn.thidua.ranking;

/** How candidates are ordered: by steps in a fixed order, or by one weighted score. */
public enum Mode {
    LEXICOGRAPHIC, WEIGHTED
}

package vn.thidua.eligibility;

/** A sentence in Vietnamese and English. */
public record Text(String vi, String en) {
}

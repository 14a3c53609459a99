package vn.thidua.eligibility;

/** A contradiction in the data or a point for the council, with a stable code; warnings never change an outcome. */
public record Warning(String code, String vi, String en) {
}

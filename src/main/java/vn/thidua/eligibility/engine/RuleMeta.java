package vn.thidua.eligibility.engine;

/**
 * What the engine needs to know about one rule while it fires: its criterion and which side of the
 * pair it is, or, for a warning rule, the warning code.
 */
record RuleMeta(String name, String criterion, boolean metSide, String file, String warning) {
}

package vn.thidua.audit;

/** One rule as written in a stored rule file: file (relative to the rules folder), first line (1-based) and text. */
public record RuleText(String file, int line, String text) {
}

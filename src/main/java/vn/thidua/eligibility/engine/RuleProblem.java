package vn.thidua.eligibility.engine;

import org.springframework.modulith.NamedInterface;

/** A problem in a rule file, named by file (relative to the rules folder) and line (0 when unknown). */
@NamedInterface("engine")
public record RuleProblem(String file, int line, String message) {

    /** {@code file:line}, or the file alone when the line is unknown. */
    public String where() {
        return line > 0 ? file + ":" + line : file;
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}

package vn.thidua.governance;

import java.util.List;

/**
 * A rules folder checked as a candidate for activation: its version, whether it compiles and passes
 * its scenarios (every problem with file and line), and whether it is now stored, which only a
 * valid draft is.
 */
public record Draft(String version, boolean valid, int scenarios, List<String> problems, long millis, boolean stored) {
}

package vn.thidua.testing;

import java.nio.file.Path;
import java.time.Clock;

import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetLoader;

/**
 * The rules folder as shipped, loaded once per test JVM, for tests that need what it says without
 * changing it: page tests take award names from it, as the application does from the active rule set.
 */
public final class ShippedRules {

    private static RuleSet ruleSet;

    private ShippedRules() {
    }

    public static synchronized RuleSet ruleSet() {
        if (ruleSet == null) {
            ruleSet = new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules"));
        }
        return ruleSet;
    }
}

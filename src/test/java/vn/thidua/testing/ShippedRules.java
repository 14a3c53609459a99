package vn.thidua.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

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

    /** A copy of the shipped rules folder as {@code folder} (created), to change in a test without touching the original. */
    public static Path copyTo(Path folder) throws IOException {
        Path shipped = Path.of("rules");
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = folder.resolve(shipped.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return folder;
    }

    public static synchronized RuleSet ruleSet() {
        if (ruleSet == null) {
            ruleSet = new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules"));
        }
        return ruleSet;
    }
}

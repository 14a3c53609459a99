package vn.thidua.eligibility;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import vn.thidua.dossier.RequestReader;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetLoader;
import vn.thidua.eligibility.engine.Scenario;
import vn.thidua.eligibility.engine.ScenarioRunner;
import vn.thidua.eligibility.engine.ScenarioSuite;

/** Runs every case of the {@code rules/**}{@code /*.tests.yaml} files against the real rule set, one test per case. */
class RuleScenarioTests {

    private static final Path RULES = Path.of("rules");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T01:00:00Z"), ZoneOffset.UTC);

    @TestFactory
    Stream<DynamicNode> scenarios() {
        RuleSet ruleSet = new RuleSetLoader(CLOCK).load(RULES);
        ScenarioRunner runner = new ScenarioRunner(ruleSet, new RuleEngine(256, 2000),
                new RequestReader(10_000_000, 10_000, CLOCK));
        ScenarioSuite suite = ScenarioSuite.read(RULES);
        assertFalse(suite.scenarios().isEmpty(), "the rules folder has no scenarios");
        return suite.byFile().entrySet().stream().map(file -> dynamicContainer(file.getKey(),
                RULES.resolve(file.getKey()).toUri(),
                file.getValue().stream().map(scenario -> dynamicTest(scenario.name(), source(scenario),
                        () -> check(runner, scenario)))));
    }

    private static void check(ScenarioRunner runner, Scenario scenario) {
        List<String> failures = runner.run(scenario);
        if (!failures.isEmpty()) {
            fail(scenario.where() + ": " + scenario.name() + "\n  " + String.join("\n  ", failures));
        }
    }

    private static URI source(Scenario scenario) {
        URI file = RULES.resolve(scenario.file()).toAbsolutePath().toUri();
        return scenario.line() > 0 ? URI.create(file + "?line=" + scenario.line()) : file;
    }
}

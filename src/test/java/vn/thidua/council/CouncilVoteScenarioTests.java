package vn.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import vn.thidua.testing.ShippedRules;

/** Runs every case of {@code rules/council/votes.tests.yaml} against the shipped rule set, one test per case. */
class CouncilVoteScenarioTests {

    @TestFactory
    Stream<DynamicTest> councilVotes() {
        var cases = VoteScenarios.read(Path.of("rules"));
        assertThat(cases).hasSizeGreaterThan(20);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> assertThat(VoteScenarios.run(ShippedRules.ruleSet(), c)).as(VoteScenarios.FILE + ":" + c.line()).isEmpty()));
    }
}

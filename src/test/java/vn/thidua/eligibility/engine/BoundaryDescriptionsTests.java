package vn.thidua.eligibility.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.RequestReader;
import vn.thidua.testing.ShippedRules;

/**
 * The boundary descriptions of the shipped scenario files ({@code boundaries:}): each names a
 * criterion that reads its parameter, every number threshold a criterion reads has one, and the cases
 * it gives just below, at and just above the value in force pass against the shipped rules with the
 * results its comparison predicts (for a sector's own values too).
 */
class BoundaryDescriptionsTests {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), ZoneOffset.UTC);
    /** The cases are written in this year, after every value of the shipped files took effect. */
    private static final LocalDate SINCE = LocalDate.of(2026, 1, 1);

    private final RuleSet rules = ShippedRules.ruleSet();
    private final RuleCatalogue catalogue = RuleCatalogue.of(rules, CLOCK);

    @TestFactory
    Stream<DynamicTest> theCasesOfEveryDescriptionPassAtTheValueInForce() throws IOException {
        ScenarioRunner runner = new ScenarioRunner(rules, new RuleEngine(256, 2000), new RequestReader(10_000_000, 10_000, CLOCK));
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleCatalogue.Award award : catalogue.awards()) {
            String file = file(award.code());
            if (!Files.exists(Path.of("rules").resolve(file))) {
                continue;
            }
            JsonNode root = YAML.readTree(Files.readString(Path.of("rules").resolve(file), StandardCharsets.UTF_8));
            for (BoundaryCases.Description d : BoundaryCases.read(file, root.path("boundaries"), new ArrayList<>()).values()) {
                for (RuleCatalogue.Parameter p : award.parameters()) {
                    if (p.name().equals(d.parameter())) {
                        tests.add(dynamicTest(award.code() + "." + p.name() + (p.sector() == null ? "" : "@" + p.sector()),
                                () -> check(runner, award, file, root, d, p.sector())));
                    }
                }
            }
        }
        assertThat(tests).as("described thresholds").hasSizeGreaterThanOrEqualTo(3);
        return tests.stream();
    }

    private static void check(ScenarioRunner runner, RuleCatalogue.Award award, String file, JsonNode root,
            BoundaryCases.Description d, String sector) {
        if (!d.exercised()) {
            assertThat(d.unexercised().vi()).isNotBlank();
            return;
        }
        Object inForce = award.valueOn(d.parameter(), sector, SINCE);
        List<Long> values = new ArrayList<>();
        if (inForce instanceof Number number && d.comparesAt(number.longValue())) {
            values.add(number.longValue());
        }
        if (sector == null) {
            // Another value, fixed for the cases as a draft would fix it: the description is not true of one value only.
            long base = values.isEmpty() ? 1 : values.get(0);
            values.add(d.share() && base >= 100 ? base - 1 : base + 1);
        }
        assertThat(values).isNotEmpty();
        for (long value : values) {
            check(runner, award, file, root, d, sector, value, inForce instanceof Number n && n.longValue() == value);
        }
    }

    private static void check(ScenarioRunner runner, RuleCatalogue.Award award, String file, JsonNode root,
            BoundaryCases.Description d, String sector, long value, boolean inForce) {
        boolean strict = d.strictWhen() != null && Boolean.TRUE.equals(award.valueOn(d.strictWhen(), sector, SINCE));
        String unit = BoundaryCases.unit(root, award.sectors(), sector);
        assertThat(unit).as("a unit of the file for %s", sector).isNotNull();
        List<BoundaryCases.Case> cases = BoundaryCases.cases(d, value, strict);
        assertThat(cases).extracting(BoundaryCases.Case::met).as("the cases of %s at %d cross the threshold", d.parameter(), value)
                .contains(true, false);
        ArrayNode items = YAML.createArrayNode();
        int index = 1;
        for (BoundaryCases.Case c : cases) {
            String name = d.parameter() + " at " + value + ", " + c.position() + " (" + c.n() + "): " + (c.met() ? "met" : "not met");
            ObjectNode item = (ObjectNode) YAML.readTree(BoundaryCases.scenario(d, c, name, award.code().name(), "BIEN-" + index++,
                    unit, SINCE.getYear(), c.met())).get(0);
            if (!inForce) {
                ObjectNode fixed = item.has("parameters") ? (ObjectNode) item.get("parameters") : item.putObject("parameters");
                fixed.put(award.code() + "." + d.parameter(), value);
            }
            items.add(item);
        }
        ObjectNode withCases = (ObjectNode) root.deepCopy();
        withCases.set("cases", items);
        List<RuleProblem> problems = new ArrayList<>();
        List<Scenario> scenarios = ScenarioSuite.parse(file, YAML.writeValueAsString(withCases), problems);
        assertThat(problems).isEmpty();
        assertThat(scenarios).hasSize(cases.size());
        for (Scenario scenario : scenarios) {
            assertThat(runner.run(scenario)).as("%s\n%s", scenario.name(), YAML.writeValueAsString(items)).isEmpty();
        }
    }

    @Test
    void everyNumberThresholdACriterionReadsIsDescribedByThatCriterion() throws IOException {
        List<String> missing = new ArrayList<>();
        for (RuleCatalogue.Award award : catalogue.awards()) {
            Path tests = Path.of("rules").resolve(file(award.code()));
            Map<String, BoundaryCases.Description> described = !Files.exists(tests) ? Map.of()
                    : BoundaryCases.read(tests.toString(), YAML.readTree(Files.readString(tests, StandardCharsets.UTF_8))
                            .path("boundaries"), new ArrayList<>());
            for (RuleCatalogue.Criterion criterion : award.criteria()) {
                for (RuleCatalogue.Parameter p : criterion.reads()) {
                    Object latest = p.values().isEmpty() ? null : p.values().get(p.values().size() - 1).value();
                    if (latest instanceof Integer && award.parameters().contains(p) && !described.containsKey(p.name())) {
                        missing.add(award.code() + "." + p.name() + " (read by " + criterion.id() + ")");
                    }
                }
            }
            described.values().forEach(d -> assertThat(award.criteria()).as("%s names its criterion", d.parameter())
                    .anySatisfy(c -> {
                        assertThat(c.id()).isEqualTo(d.criterion());
                        assertThat(c.reads()).extracting(RuleCatalogue.Parameter::name).contains(d.parameter());
                    }));
        }
        assertThat(missing).as("number thresholds without a boundary description").isEmpty();
    }

    private static String file(AwardCode code) {
        return "awards/" + code.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".tests.yaml";
    }
}

package vn.thidua.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.thidua.dataset.DatasetGenerator;
import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.eligibility.CriterionOutcome;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.Warning;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetLoader;
import vn.thidua.eligibility.engine.Scenario;
import vn.thidua.eligibility.engine.ScenarioSuite;
import vn.thidua.eligibility.facts.Facts;

/**
 * The benchmark's reference evaluator is only worth timing if it does what the rules do: on every
 * individual of a generated request and of the sample commune, its decisions for the two awards equal
 * the engine's in outcome, in every criterion's id, status and facts, and in the warning codes.
 */
class ReferenceEvaluatorTests {

    private static final Set<AwardCode> PAIR = EnumSet.of(AwardCode.LAO_DONG_TIEN_TIEN, AwardCode.CHIEN_SI_THI_DUA_CO_SO);

    private static RuleSet ruleSet;
    private static RequestReader reader;

    @BeforeAll
    static void load() {
        ruleSet = new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules"));
        reader = new RequestReader(Long.MAX_VALUE, 10_000, Clock.systemUTC());
    }

    @Test
    void agreesWithTheEngineOnEveryGeneratedIndividual() {
        EvaluationRequest request = generated(2000);
        Comparison comparison = compare(request);
        assertThat(comparison.differences).isEmpty();
        assertThat(comparison.compared).isEqualTo(2 * request.individuals().size());
        PAIR.forEach(award -> assertThat(comparison.outcomes.get(award)).as("outcomes of %s", award)
                .containsExactlyInAnyOrder(Outcome.values()));
    }

    @Test
    void agreesWithTheEngineOnTheSampleCommuneWithItsCollectives() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("data/commune-300.json"))) {
            EvaluationRequest request = reader.read(in);
            Comparison comparison = compare(request);
            assertThat(comparison.differences).isEmpty();
            assertThat(comparison.compared).isEqualTo(2 * request.individuals().size());
        }
    }

    @Test
    void agreesWithTheEngineOnTheRequestTheBenchTimesBothOn() {
        EvaluationRequest request = PairRequest.of(generated(500));
        Comparison comparison = compare(request);
        assertThat(comparison.differences).isEmpty();
        assertThat(comparison.compared).isEqualTo(2 * request.individuals().size());
    }

    /**
     * The hand-written cases of every rules/**.tests.yaml reach what generated data never does: an
     * inferred branch, disciplines, reused initiatives, open proceedings closed on the decision date,
     * proposals of one award only. Cases that fix a parameter are left out (the override is internal
     * to the engine), and so are requests the reader refuses, which the scenarios use to test refusals.
     */
    @Test
    void agreesWithTheEngineOnEveryScenarioRequestAsLoaded() {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Scenario scenario : ScenarioSuite.read(Path.of("rules")).scenarios()) {
            if (!scenario.parameters().isEmpty()) {
                continue;
            }
            EvaluationRequest request;
            try {
                request = reader.read(new ByteArrayInputStream(scenario.request().getBytes(StandardCharsets.UTF_8)));
            } catch (RuntimeException refused) {
                continue;
            }
            Comparison comparison = compare(request);
            comparison.differences.forEach(d -> differences.add(scenario.where() + " (" + scenario.name() + "): " + d));
            compared += comparison.compared;
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isGreaterThan(100);
    }

    private static EvaluationRequest generated(int individuals) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DatasetGenerator(2025).write(individuals, 41, bytes);
        return reader.read(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static Comparison compare(EvaluationRequest request) {
        Map<String, EligibilityDecision> engine = new LinkedHashMap<>();
        for (EligibilityDecision decision : new RuleEngine(256, 2000).evaluate(ruleSet, request).decisions()) {
            if (PAIR.contains(decision.award())) {
                engine.put(decision.subjectId() + " " + decision.award(), decision);
            }
        }
        Comparison comparison = new Comparison();
        for (ReferenceDecision reference : new ReferenceEvaluator(ruleSet).evaluate(request)) {
            String key = reference.subjectId() + " " + reference.award();
            EligibilityDecision decision = engine.remove(key);
            if (decision == null) {
                comparison.differences.add(key + ": the reference decided it, the engine emitted no decision.");
            } else {
                comparison.check(key, reference, decision);
            }
        }
        engine.keySet().forEach(key -> comparison.differences.add(key + ": the engine decided it, the reference did not."));
        return comparison;
    }

    /** Differences written as sentences, so a failure says which individual, award and criterion disagree. */
    private static final class Comparison {
        final List<String> differences = new ArrayList<>();
        final Map<AwardCode, Set<Outcome>> outcomes = new EnumMap<>(AwardCode.class);
        int compared;

        void check(String key, ReferenceDecision reference, EligibilityDecision decision) {
            compared++;
            outcomes.computeIfAbsent(decision.award(), a -> EnumSet.noneOf(Outcome.class)).add(decision.outcome());
            if (reference.outcome() != decision.outcome()) {
                differences.add(key + ": the engine decided " + decision.outcome() + ", the reference " + reference.outcome() + ".");
            }
            List<String> engineCriteria = decision.criteria().stream().map(c -> c.id() + " " + c.result()).toList();
            List<String> referenceCriteria = reference.criteria().stream().map(c -> c.id() + " " + c.status()).toList();
            if (!engineCriteria.equals(referenceCriteria)) {
                differences.add(key + ": the engine's criteria are " + engineCriteria + ", the reference's " + referenceCriteria + ".");
            } else {
                for (int i = 0; i < engineCriteria.size(); i++) {
                    CriterionOutcome criterion = decision.criteria().get(i);
                    Object facts = Facts.asCarried(reference.criteria().get(i).facts());
                    if (!criterion.facts().equals(facts)) {
                        differences.add(key + ", " + criterion.id() + ": the engine used " + criterion.facts()
                                + ", the reference " + facts + ".");
                    }
                }
            }
            Set<String> codes = new HashSet<>(decision.warnings().stream().map(Warning::code).toList());
            // The instrument table's warning is the assembler's, from the citations' dates, not a rule's.
            codes.remove("INSTRUMENT_NOT_IN_FORCE");
            if (!codes.equals(new HashSet<>(reference.warnings()))) {
                differences.add(key + ": the engine warned " + codes + ", the reference " + reference.warnings() + ".");
            }
        }
    }
}

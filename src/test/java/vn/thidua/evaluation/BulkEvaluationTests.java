package vn.thidua.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.thidua.dataset.DatasetGenerator;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestFile;
import vn.thidua.dossier.RequestReader;
import vn.thidua.eligibility.EligibilityService;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.RuleSetInfo;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetLoader;
import vn.thidua.ranking.Ranker;

/**
 * A request evaluated one batch at a time from its file gives exactly the result of the same
 * request evaluated whole in memory: every decision with its criteria, every ranking, every
 * warning, in the same order, whatever the order of the request's fields.
 */
class BulkEvaluationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RequestReader READER = new RequestReader(Long.MAX_VALUE, 10_000, Clock.systemUTC());
    private static final RuleEngine ENGINE = new RuleEngine(256, 2000);
    private static RuleSet ruleSet;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() {
        ruleSet = new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules"));
    }

    @Test
    void generatedDistrictOverManyBatchesGivesTheResultInMemory() throws IOException {
        Path file = folder.resolve("district.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DatasetGenerator(2025).write(3_000, 7, out);
        }
        JsonNode bulk = bulk(file);
        assertThat(bulk.path("decisions").size()).isGreaterThan(20_000);
        assertThat(bulk.path("rankings").size()).isPositive();
        assertSame(bulk, inMemory(file));
    }

    @Test
    void sampleCommunesGiveTheResultInMemory() throws IOException {
        for (String sample : List.of("data/sample-commune.json", "data/commune-300.json")) {
            Path file = Path.of(sample);
            assertSame(bulk(file), inMemory(file));
        }
    }

    @Test
    void subjectsBeforeUnitsAndHouseholdsBeforeIndividualsStillComeInTheContractsOrder() throws IOException {
        ObjectNode sample = (ObjectNode) JSON.readTree(Path.of("data/sample-commune.json").toFile());
        ObjectNode reordered = JSON.createObjectNode();
        List<String> order = new ArrayList<>(List.of("households", "collectives", "individuals", "quotas", "units"));
        sample.propertyNames().forEach(name -> {
            if (!order.contains(name)) {
                order.add(name);
            }
        });
        order.stream().filter(sample::has).forEach(name -> reordered.set(name, sample.get(name)));
        Path file = folder.resolve("reordered.json");
        JSON.writeValue(file.toFile(), reordered);
        assertSame(bulk(file), inMemory(Path.of("data/sample-commune.json")));
    }

    /** Equal results, the first difference named by its place rather than the whole result printed. */
    private static void assertSame(JsonNode bulk, JsonNode inMemory) {
        for (String part : List.of("schemaVersion", "ruleSet", "period", "warnings")) {
            assertThat(bulk.path(part)).as(part).isEqualTo(inMemory.path(part));
        }
        for (String list : List.of("decisions", "rankings")) {
            for (int i = 0; i < Math.min(bulk.path(list).size(), inMemory.path(list).size()); i++) {
                JsonNode streamed = bulk.path(list).get(i);
                JsonNode whole = inMemory.path(list).get(i);
                if (!streamed.equals(whole)) {
                    String a = streamed.toString();
                    String b = whole.toString();
                    int at = 0;
                    while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
                        at++;
                    }
                    int from = Math.max(0, at - 200);
                    assertThat(a.substring(from, Math.min(a.length(), at + 200))).as(list + "[" + i + "] from character " + from)
                            .isEqualTo(b.substring(from, Math.min(b.length(), at + 200)));
                }
            }
            assertThat(bulk.path(list).size()).as(list + " size").isEqualTo(inMemory.path(list).size());
        }
        assertThat(bulk.propertyNames()).containsExactlyElementsOf(inMemory.propertyNames());
    }

    private JsonNode bulk(Path file) {
        RequestFile requestFile = READER.file(file);
        RequestFile.Outline outline = requestFile.check();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BulkEvaluation(EligibilityService.standalone(ruleSet), JSON).evaluate(requestFile, outline, ruleSet, out);
        return JSON.readTree(out.toByteArray());
    }

    private static JsonNode inMemory(Path file) throws IOException {
        EvaluationRequest request = READER.read(Files.newInputStream(file));
        RuleEngine.Output output = ENGINE.evaluate(ruleSet, request);
        Evaluation evaluation = new Evaluation(1, null, new RuleSetInfo(ruleSet.version(), ruleSet.activatedAt()), request.period(),
                output.decisions(), List.of(), output.warnings()).withRankings(Ranker.of(ruleSet).rank(request, output.decisions()));
        return JSON.valueToTree(evaluation);
    }
}

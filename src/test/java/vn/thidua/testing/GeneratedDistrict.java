package vn.thidua.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dataset.DatasetGenerator;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.evaluation.EvaluationRuns;

/**
 * A generated district over several years, stored as one run a year, as a district that keeps its
 * people's ids from year to year would be (each year drawn from a seed of its own, so that its facts and
 * outcomes differ from the year before), with pupils and religious dignitaries among them. Every id and unit code carries the test's prefix, so that the report of a
 * test counts its own district only and other tests on the shared database never read its register.
 */
public final class GeneratedDistrict {

    /** One stored year: its run and its request as stored. */
    public record Year(int year, long runId, JsonNode request) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeneratedDistrict() {
    }

    /** Generates and stores {@code years} years of {@code people} people from {@code first}, ids prefixed by {@code prefix}. */
    public static List<Year> store(EvaluationRuns runs, String prefix, int people, int first, int years) {
        List<Year> stored = new ArrayList<>();
        for (int year = first; year < first + years; year++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DatasetGenerator(year).withPupilsAndDignitaries().write(people, 41 + year - first, out);
            String json = out.toString(StandardCharsets.UTF_8).replaceAll("\"(CN|TT|HO|DV|XA)-", "\"" + prefix + "$1-");
            Evaluation run = runs.evaluateAndStore(json.getBytes(StandardCharsets.UTF_8));
            stored.add(new Year(year, run.runId(), JSON.readTree(json)));
        }
        return stored;
    }
}

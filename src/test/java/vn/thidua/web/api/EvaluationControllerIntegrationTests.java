package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.eligibility.EvaluationResults;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.SampleCommuneOutcomes;
import vn.thidua.eligibility.SampleCommuneOutcomes.Expected;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.RunTables;

/** The REST API over real HTTP: evaluate and store, read back, filter, and every error as a problem detail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class EvaluationControllerIntegrationTests {

    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    private ApiClient api;
    private RunTables tables;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        tables = new RunTables(jdbc);
    }

    @Test
    void evaluatesSampleCommuneAndNamesStoredRun() {
        ApiClient.Answer answer = api.post("/api/evaluations", SampleRequests.commune());

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode result = answer.json();
        long runId = result.path("runId").asLong();
        assertThat(runId).isPositive();
        assertThat(answer.location()).endsWith("/api/evaluations/" + runId);
        EvaluationResults.assertSampleCommune(result);
    }

    @Test
    void readsStoredRunWithSameDecisions() {
        JsonNode created = api.post("/api/evaluations", SampleRequests.commune()).json();

        ApiClient.Answer answer = api.get("/api/evaluations/" + created.path("runId").asLong());

        assertThat(answer.status()).isEqualTo(200);
        JsonNode stored = answer.json();
        assertThat(stored.path("decisions")).isEqualTo(created.path("decisions"));
        assertThat(stored.path("ruleSet")).isEqualTo(created.path("ruleSet"));
        assertThat(stored.path("period")).isEqualTo(created.path("period"));
        assertThat(stored.path("warnings")).isEqualTo(created.path("warnings"));
    }

    @Test
    void filtersDecisionsBySubjectAwardAndOutcome() {
        long runId = api.post("/api/evaluations", SampleRequests.commune()).json().path("runId").asLong();
        String decisions = "/api/evaluations/" + runId + "/decisions";

        assertThat(outcomes(decisions + "?subjectId=CN-0012")).containsExactlyElementsOf(expected("CN-0012", null, null));
        assertThat(outcomes(decisions + "?award=CHIEN_SI_THI_DUA_CO_SO&outcome=ELIGIBLE"))
                .containsExactlyElementsOf(expected(null, AwardCode.CHIEN_SI_THI_DUA_CO_SO, Outcome.ELIGIBLE));
        assertThat(outcomes(decisions + "?outcome=INCOMPLETE")).containsExactlyElementsOf(expected(null, null, Outcome.INCOMPLETE));
        assertThat(outcomes(decisions + "?subjectId=CN-0016&award=LAO_DONG_TIEN_TIEN&outcome=ELIGIBLE"))
                .containsExactlyElementsOf(expected("CN-0016", AwardCode.LAO_DONG_TIEN_TIEN, Outcome.ELIGIBLE));
        assertThat(outcomes(decisions + "?subjectId=CN-9999")).isEmpty();
    }

    @Test
    void rejectsUnknownAwardOrOutcomeFilterNamingParameter() {
        long runId = api.post("/api/evaluations", SampleRequests.commune()).json().path("runId").asLong();
        String decisions = "/api/evaluations/" + runId + "/decisions";

        assertInvalidParameter(api.get(decisions + "?award=LAO_DONG"), "award");
        assertInvalidParameter(api.get(decisions + "?outcome=eligible"), "outcome");
    }

    @Test
    void answersUnknownRunWithNotFoundProblem() {
        ApiClient.Answer answer = api.get("/api/evaluations/987654321");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertThat(answer.json().path("status").asInt()).isEqualTo(404);
        assertThat(answer.json().path("detail").asString()).contains("987654321");
        assertThat(api.get("/api/evaluations/987654321/decisions").status()).isEqualTo(404);
    }

    @Test
    void rejectsInvalidRequestWithEveryPathAndStoresNothing() {
        RunTables.Counts before = tables.counts();

        ApiClient.Answer answer = api.post("/api/evaluations", SampleRequests.invalid());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        JsonNode errors = answer.json().path("errors");
        assertThat(errors.values().stream().map(e -> e.path("path").asString()).toList())
                .containsExactlyInAnyOrderElementsOf(SampleRequests.invalidPaths());
        errors.forEach(e -> assertThat(e.path("message").asString()).isNotBlank());
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void answersUnsupportedContentTypeWithProblem() {
        ApiClient.Answer answer = api.post("/api/evaluations", SampleRequests.commune(), "text/plain");

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.contentType()).startsWith(PROBLEM);
    }

    @Test
    void listsEndpointsInOpenApi() {
        ApiClient.Answer answer = api.get("/v3/api-docs");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode paths = answer.json().path("paths");
        assertThat(paths.path("/api/evaluations").has("post")).isTrue();
        assertThat(paths.path("/api/evaluations/{id}").has("get")).isTrue();
        assertThat(paths.path("/api/evaluations/{id}/decisions").has("get")).isTrue();
    }

    @Nested
    @TestPropertySource(properties = "thidua.import.max-bytes=4096")
    class WithSmallSizeLimit {

        @Test
        void rejectsRequestOverSizeLimit() {
            RunTables.Counts before = tables.counts();

            assertTooLarge(api.post("/api/evaluations", SampleRequests.commune()));
            assertTooLarge(api.postChunked("/api/evaluations", SampleRequests.commune()));
            assertThat(tables.counts()).isEqualTo(before);
        }

        private void assertTooLarge(ApiClient.Answer answer) {
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.contentType()).startsWith(PROBLEM);
            assertThat(answer.json().path("detail").asString()).contains("larger than the limit of 4096 bytes");
        }
    }

    /** A request over {@code thidua.import.in-parts-above} is kept in a temporary file and evaluated and stored in parts. */
    @Nested
    @TestPropertySource(properties = {"thidua.import.in-parts-above=2048", "thidua.import.max-bytes=100000"})
    class ReadInParts {

        @Test
        void answersTheSameResultAndStoresTheRunWithItsRequestInParts() throws IOException {
            RunTables.Counts before = tables.counts();
            List<Path> spooled = spooled();

            ApiClient.Answer answer = api.post("/api/evaluations", SampleRequests.commune());

            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            JsonNode result = answer.json();
            long runId = result.path("runId").asLong();
            assertThat(answer.location()).endsWith("/api/evaluations/" + runId);
            EvaluationResults.assertSampleCommune(result);
            assertThat(tables.counts().runs()).isEqualTo(before.runs() + 1);
            assertThat(jdbc.queryForObject("SELECT request_json FROM evaluation_run WHERE id = ?", String.class, runId)).isNull();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_request_part WHERE run_id = ?", Long.class, runId))
                    .isEqualTo(1);
            // Read back as stored, by the user who submitted it.
            ApiClient.Answer stored = api.get("/api/evaluations/" + runId);
            assertThat(stored.status()).isEqualTo(200);
            assertThat(stored.json().path("decisions")).isEqualTo(result.path("decisions"));
            assertThat(stored.json().path("rankings")).isEqualTo(result.path("rankings"));
            assertThat(spooled()).isEqualTo(spooled);
        }

        @Test
        void refusesAnInvalidRequestWithItsPathsAndStoresNothing() throws IOException {
            RunTables.Counts before = tables.counts();
            List<Path> spooled = spooled();
            byte[] invalid = new String(SampleRequests.commune(), StandardCharsets.UTF_8)
                    .replaceFirst("\"cutoffDate\": \"2025-12-31\"", "\"cutoffDate\": \"2025-13-31\"").getBytes(StandardCharsets.UTF_8);

            ApiClient.Answer answer = api.post("/api/evaluations", invalid);

            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith(PROBLEM);
            assertThat(answer.json().path("errors").path(0).path("path").asString()).isEqualTo("period.cutoffDate");
            assertThat(tables.counts()).isEqualTo(before);
            assertThat(spooled()).isEqualTo(spooled);
        }

        @Test
        void refusesARequestOverTheSizeLimitWhileCopyingIt() throws IOException {
            RunTables.Counts before = tables.counts();
            List<Path> spooled = spooled();
            byte[] large = Files.readAllBytes(Path.of("data/commune-300.json"));

            for (ApiClient.Answer answer : List.of(api.post("/api/evaluations", large), api.postChunked("/api/evaluations", large))) {
                assertThat(answer.status()).isEqualTo(413);
                assertThat(answer.json().path("detail").asString()).contains("larger than the limit of 100000 bytes");
            }
            assertThat(tables.counts()).isEqualTo(before);
            assertThat(spooled()).isEqualTo(spooled);
        }

        private List<Path> spooled() throws IOException {
            try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                return files.filter(f -> f.getFileName().toString().startsWith("thidua-request-")).sorted().toList();
            }
        }
    }

    private void assertInvalidParameter(ApiClient.Answer answer, String parameter) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        JsonNode errors = answer.json().path("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.path(0).path("path").asString()).isEqualTo(parameter);
        assertThat(errors.path(0).path("message").asString()).contains("expected one of");
    }

    private List<Expected> outcomes(String pathAndQuery) {
        ApiClient.Answer answer = api.get(pathAndQuery);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return EvaluationResults.outcomes(answer.json());
    }

    private static List<Expected> expected(String subjectId, AwardCode award, Outcome outcome) {
        return SampleCommuneOutcomes.decisions().stream()
                .filter(e -> subjectId == null || e.subjectId().equals(subjectId))
                .filter(e -> award == null || e.award() == award)
                .filter(e -> outcome == null || e.outcome() == outcome)
                .toList();
    }
}

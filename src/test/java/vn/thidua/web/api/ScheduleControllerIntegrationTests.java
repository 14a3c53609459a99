package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dataset.ScheduleGenerator;
import tools.jackson.databind.node.ObjectNode;

import vn.thidua.dossier.SampleRequests;
import vn.thidua.scheduling.SampleSchedules;
import vn.thidua.scheduling.ScheduleChecker;
import vn.thidua.scheduling.ScheduleResult;
import vn.thidua.scheduling.SchedulingRequest;
import vn.thidua.testing.DatabaseProfiles;

/** Schedules over real HTTP: start a solve, follow it to its end, stop one, build one from a stored evaluation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
@TestPropertySource(properties = {"thidua.scheduling.seconds=2", "thidua.scheduling.max-solving=1"})
class ScheduleControllerIntegrationTests {

    private static final String PROBLEM = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void solvesSampleCouncilInBackgroundAndStoresResult() {
        ApiClient.Answer started = api.post("/api/schedules", SampleSchedules.bytes(SampleSchedules.COMMUNE));

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long id = started.json().path("id").asLong();
        assertThat(started.location()).endsWith("/api/schedules/" + id);
        assertThat(started.json().path("status").asString()).isEqualTo("SOLVING");
        JsonNode done = awaitEnd(id);
        assertThat(done.path("status").asString()).isEqualTo("DONE");
        ScheduleResult result = JSON.treeToValue(done.path("result"), ScheduleResult.class);
        assertThat(result.feasible()).isTrue();
        assertThat(ScheduleChecker.problems(SampleSchedules.commune(), result)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT status FROM council_schedule WHERE id = ?", String.class, id)).isEqualTo("DONE");
        assertThat(JSON.readTree(api.get("/api/schedules/" + id + "/request").body()))
                .isEqualTo(JSON.readTree(SampleSchedules.bytes(SampleSchedules.COMMUNE)));
    }

    @Test
    void stopsSolveAndKeepsBestResultSoFar() {
        // Large enough to be still solving when it is stopped: the sample commune solves in milliseconds.
        byte[] large = JSON.writeValueAsBytes(new ScheduleGenerator().generate(1000, 40, 15, 7));
        long id = api.post("/api/schedules", large).json().path("id").asLong();

        ApiClient.Answer stopped = api.delete("/api/schedules/" + id);

        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        JsonNode ended = awaitEnd(id);
        assertThat(ended.path("status").asString()).isEqualTo("STOPPED");
        JsonNode result = ended.path("result");
        assertThat(result.path("assignments").size() + result.path("unassigned").size()).isEqualTo(1000);
        assertThat(jdbc.queryForObject("SELECT status FROM council_schedule WHERE id = ?", String.class, id)).isEqualTo("STOPPED");
    }

    @Test
    void rejectsInvalidRequestWithEveryPathAndStoresNothing() {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM council_schedule", Integer.class);

        ApiClient.Answer answer = api.post("/api/schedules", SampleSchedules.bytes(SampleSchedules.INVALID));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertThat(answer.json().path("errors").size()).isEqualTo(11);
        assertThat(answer.json().path("errors").path(0).path("path").asString()).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM council_schedule", Integer.class)).isEqualTo(before);
    }

    @Test
    void answersUnknownScheduleOrRunWithNotFound() {
        assertThat(api.get("/api/schedules/987654321").status()).isEqualTo(404);
        assertThat(api.delete("/api/schedules/987654321").status()).isEqualTo(404);
        ApiClient.Answer answer = api.post("/api/schedules/from-evaluation/987654321", councilBody());
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith(PROBLEM);
    }

    @Test
    void schedulesEligibleDossiersOfStoredEvaluation() {
        JsonNode evaluation = api.post("/api/evaluations", SampleRequests.commune()).json();
        long runId = evaluation.path("runId").asLong();
        long reviewed = evaluation.path("decisions").values().stream()
                .filter(d -> d.path("outcome").asString().equals("ELIGIBLE")
                        || d.path("outcome").asString().equals("INCOMPLETE") && d.path("requiresCouncilJudgement").asBoolean())
                .count();

        ApiClient.Answer started = api.post("/api/schedules/from-evaluation/" + runId, councilBody());

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long id = started.json().path("id").asLong();
        assertThat(started.json().path("sourceRunId").asLong()).isEqualTo(runId);
        SchedulingRequest request = JSON.readValue(api.get("/api/schedules/" + id + "/request").body(), SchedulingRequest.class);
        assertThat(request.dossiers()).hasSize((int) reviewed);
        assertThat(request.dossiers()).filteredOn(d -> d.id().equals("CN-0002/CHIEN_SI_THI_DUA_CO_SO")).singleElement()
                .satisfies(d -> {
                    assertThat(d.unit()).isEqualTo("TH-DARSAL");
                    // 15 for a CSTĐCS dossier and 10 more for the council's ballot (CSCS-C3), a judgement on every one.
                    assertThat(d.minutes()).isEqualTo(25);
                    assertThat(d.deadline()).isEqualTo(evaluation.path("period").path("decisionDate").asString());
                });
        JsonNode done = awaitEnd(id);
        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertThat(ScheduleChecker.problems(request, JSON.treeToValue(done.path("result"), ScheduleResult.class))).isEmpty();
    }

    /** The sample council and its sessions, without dossiers: what the secretariat sends with a run id. */
    private static byte[] councilBody() {
        ObjectNode body = (ObjectNode) JSON.readTree(SampleSchedules.bytes(SampleSchedules.COMMUNE));
        body.remove("dossiers");
        body.remove("schemaVersion");
        return JSON.writeValueAsBytes(body);
    }

    private JsonNode awaitEnd(long id) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(giveUp)) {
            ApiClient.Answer answer = api.get("/api/schedules/" + id);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            if (!answer.json().path("status").asString().equals("SOLVING")) {
                return answer.json();
            }
            pause();
        }
        throw new AssertionError("schedule " + id + " still solving after 60 s");
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

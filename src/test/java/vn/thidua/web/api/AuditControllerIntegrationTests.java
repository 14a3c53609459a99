package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

import vn.thidua.dossier.SampleRequests;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.StoredRows;

/** The audit endpoints over real HTTP: verify, replay, and the stored decisions of a candidate. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class AuditControllerIntegrationTests {

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
    void verifiesChainAndNamesAlteredRun() {
        long run = api.post("/api/evaluations", SampleRequests.commune()).json().path("runId").asLong();

        JsonNode intact = api.get("/api/audit/verify").json();
        JsonNode altered = new StoredRows(jdbc).withCriterionMarkedMet(run, () -> api.get("/api/audit/verify").json());

        assertThat(intact.path("intact").asBoolean()).as(intact.toString()).isTrue();
        assertThat(altered.path("intact").asBoolean()).isFalse();
        assertThat(altered.path("firstAlteredRunId").asLong()).isEqualTo(run);
    }

    @Test
    void namesAlteredRecordOfTheRecordChain() {
        StoredRows rows = new StoredRows(jdbc);
        long activation = rows.activeActivation();

        JsonNode altered = rows.withActivationReason(activation, "another reason", () -> api.get("/api/audit/verify").json());

        assertThat(altered.path("intact").asBoolean()).isFalse();
        assertThat(altered.path("runsIntact").asBoolean()).isTrue();
        JsonNode records = altered.path("records");
        assertThat(records.path("firstAlteredKind").asString()).isEqualTo("ACTIVATION");
        assertThat(records.path("firstAlteredKey").asString()).isEqualTo(Long.toString(activation));
        assertThat(records.path("tables").get(0).asString()).isEqualTo("rule_set_activation");
    }

    @Test
    void replaysStoredRunWithoutDifferenceAndAnswers404ForUnknownRun() {
        long run = api.post("/api/evaluations", SampleRequests.commune()).json().path("runId").asLong();

        ApiClient.Answer replay = api.post("/api/audit/replay/" + run, new byte[0]);
        ApiClient.Answer unknown = api.post("/api/audit/replay/999999999", new byte[0]);

        assertThat(replay.status()).as(replay.body()).isEqualTo(200);
        assertThat(replay.json().path("identical").asBoolean()).as(replay.body()).isTrue();
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void showsStoredDecisionsOfCandidateWithRuleText() {
        JsonNode result = api.post("/api/evaluations", SampleRequests.commune()).json();
        JsonNode decision = result.path("decisions").get(0);
        String query = "?subjectId=" + decision.path("subjectId").asString() + "&award=" + decision.path("award").asString()
                + "&year=" + result.path("period").path("year").asInt();

        ApiClient.Answer answer = api.get("/api/audit/decisions" + query);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode last = answer.json().get(answer.json().size() - 1);
        assertThat(last.path("runId").asLong()).isEqualTo(result.path("runId").asLong());
        assertThat(last.path("decision").path("criteria").get(0).path("citation").path("title").asString()).isNotBlank();
        assertThat(last.path("rules").properties().iterator().next().getValue().path("text").asString()).startsWith("rule \"");
    }
}

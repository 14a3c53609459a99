package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.thidua.audit.RecordSeals;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.eligibility.EligibilityService;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.evaluation.PreparedRun;
import vn.thidua.history.AwardRegister;
import vn.thidua.history.RegisteredAward;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.NextYearRequests;
import vn.thidua.testing.RegisterRows;

/**
 * Next year's request completed from the register over real HTTP (request-and-result.md §6.6): a
 * chain of titles read only from the register, revoked and differing entries, what the run stores of
 * the register, its replay and its seal, and a request the register holds nothing for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class RegisterHistoryIntegrationTests {

    private static final String PROVINCIAL = "CHIEN_SI_THI_DUA_CAP_TINH";

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private RecordSeals seals;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Autowired
    private EvaluationRuns runs;

    @Autowired
    private EligibilityService eligibility;

    @Autowired
    private RuleSetRegistry registry;

    @Autowired
    private JsonMapper json;

    @Autowired
    private AwardRegister awards;

    private ApiClient api;
    private RegisterRows register;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        register = new RegisterRows(jdbc, seals, transactionManager);
    }

    @Test
    void evaluatesProvincialFighterFromRegisteredTitlesExactlyAsFromListedOnes() {
        JsonNode listed = evaluate(NextYearRequests.teacher("LS-LISTED", NextYearRequests.threeGrassrootsTitles()));
        register.imported("LS-REGISTERED", "CHIEN_SI_THI_DUA_CO_SO", 2023, "112/QĐ-UBND");
        register.imported("LS-REGISTERED", "CHIEN_SI_THI_DUA_CO_SO", 2024, "87/QĐ-UBND");
        register.imported("LS-REGISTERED", "CHIEN_SI_THI_DUA_CO_SO", 2025, "95/QĐ-UBND");

        JsonNode registered = evaluate(NextYearRequests.teacher("LS-REGISTERED", ""));
        JsonNode neither = evaluate(NextYearRequests.teacher("LS-NEITHER", ""));

        assertThat(criterion(listed, PROVINCIAL, "CSTT-C1")).isEqualTo("MET");
        assertThat(criterion(neither, PROVINCIAL, "CSTT-C1")).isEqualTo("NOT_MET");
        assertThat(withoutRegisterWarnings(registered)).isEqualTo(withoutRegisterWarnings(listed));
        assertThat(codes(registered)).containsExactly("REGISTER_TITLE_ADDED", "REGISTER_TITLE_ADDED", "REGISTER_TITLE_ADDED");
        assertThat(codes(listed)).isEmpty();
        assertThat(decision(registered, PROVINCIAL).path("warnings").toString()).contains("112/QĐ-UBND", "87/QĐ-UBND", "95/QĐ-UBND");
    }

    @Test
    void dropsRevokedTitleTakesRegistersDecisionAndNamesBothValues() {
        register.imported("LS-REVOKED", "CHIEN_SI_THI_DUA_CO_SO", 2023, "112/QĐ-UBND");
        register.imported("LS-REVOKED", "CHIEN_SI_THI_DUA_CO_SO", 2024, "870/QĐ-UBND");
        register.revoke(register.imported("LS-REVOKED", "CHIEN_SI_THI_DUA_CO_SO", 2025, "95/QĐ-UBND"), "31/QĐ-UBND");

        JsonNode result = evaluate(NextYearRequests.teacher("LS-REVOKED", NextYearRequests.threeGrassrootsTitles()));

        assertThat(codes(result)).containsExactly("REGISTER_DECISION_DIFFERS", "REGISTER_REVOKED");
        String warnings = decision(result, PROVINCIAL).path("warnings").toString();
        assertThat(warnings).contains("87/QĐ-UBND", "870/QĐ-UBND", "95/QĐ-UBND", "31/QĐ-UBND");
        // The revoked 2025 title no longer counts: the chain of grassroots titles is broken.
        assertThat(criterion(result, PROVINCIAL, "CSTT-C1")).isEqualTo("NOT_MET");
    }

    @Test
    void storesWhatItReadFromRegisterAndReplaysItAfterRegisterChanged() {
        long entry = register.imported("LS-REPLAY", "CHIEN_SI_THI_DUA_CO_SO", 2024, "87/QĐ-UBND");
        register.imported("LS-REPLAY", "CHIEN_SI_THI_DUA_CO_SO", 2025, "95/QĐ-UBND");
        JsonNode result = evaluate(NextYearRequests.teacher("LS-REPLAY", ""));
        long runId = result.path("runId").asLong();
        String stored = jdbc.queryForObject("SELECT register_json FROM evaluation_run WHERE id = ?", String.class, runId);
        String request = jdbc.queryForObject("SELECT request_json FROM evaluation_run WHERE id = ?", String.class, runId);

        register.revoke(entry, "32/QĐ-UBND");
        JsonNode replay = api.post("/api/audit/replay/" + runId, new byte[0]).json();
        JsonNode now = evaluate(NextYearRequests.teacher("LS-REPLAY", ""));

        assertThat(stored).contains("\"subjectId\":\"LS-REPLAY\"", "87/QĐ-UBND", "95/QĐ-UBND").doesNotContain("32/QĐ-UBND");
        assertThat(request).contains("\"titles\": [  ]");
        assertThat(replay.path("differences").toString()).isEqualTo("[]");
        assertThat(replay.path("identical").asBoolean()).isTrue();
        assertThat(criterion(result, PROVINCIAL, "CSTT-C1")).isEqualTo("MET");
        assertThat(criterion(now, PROVINCIAL, "CSTT-C1")).isEqualTo("NOT_MET");
    }

    @Test
    void sealsWhatTheRunReadFromRegister() {
        register.imported("LS-SEAL", "CHIEN_SI_THI_DUA_CO_SO", 2025, "95/QĐ-UBND");
        long runId = evaluate(NextYearRequests.teacher("LS-SEAL", "")).path("runId").asLong();
        String original = jdbc.queryForObject("SELECT register_json FROM evaluation_run WHERE id = ?", String.class, runId);

        JsonNode intact = api.get("/api/audit/verify").json();
        jdbc.update("UPDATE evaluation_run SET register_json = ? WHERE id = ?", original.replace("95/QĐ-UBND", "96/QĐ-UBND"), runId);
        JsonNode altered;
        JsonNode replayed;
        try {
            altered = api.get("/api/audit/verify").json();
            replayed = api.post("/api/audit/replay/" + runId, new byte[0]).json();
        } finally {
            jdbc.update("UPDATE evaluation_run SET register_json = ? WHERE id = ?", original, runId);
        }

        assertThat(intact.path("intact").asBoolean()).as(intact.toString()).isTrue();
        assertThat(altered.path("intact").asBoolean()).isFalse();
        assertThat(altered.path("firstAlteredRunId").asLong()).isEqualTo(runId);
        assertThat(replayed.path("identical").asBoolean()).isFalse();
        assertThat(replayed.path("differences").toString()).contains("96/QĐ-UBND");
    }

    @Test
    void leavesRequestTheRegisterHoldsNothingForExactlyAsWithoutRegister() {
        register.imported("LS-OTHER", "CHIEN_SI_THI_DUA_CO_SO", 2024, "87/QĐ-UBND");
        byte[] commune = SampleRequests.commune();

        PreparedRun prepared = runs.prepare(commune);
        Evaluation engine = eligibility.evaluate(runs.request(runs.store(prepared).runId()).orElseThrow(), registry.active());
        JsonNode answer = api.post("/api/evaluations", commune).json();

        assertThat(json.writeValueAsString(prepared.evaluation().decisions())).isEqualTo(json.writeValueAsString(engine.decisions()));
        assertThat(json.writeValueAsString(prepared.evaluation().warnings())).isEqualTo(json.writeValueAsString(engine.warnings()));
        assertThat(jdbc.queryForObject("SELECT register_json FROM evaluation_run WHERE id = ?", String.class,
                answer.path("runId").asLong())).isNull();
        assertThat(answer.path("decisions").toString()).isEqualTo(json.writeValueAsString(engine.decisions()));
    }

    @Test
    void readsHistoryOfManySubjectsInBatchesOfIds() {
        register.imported("LS-MANY-0007", "LAO_DONG_TIEN_TIEN", 2024, "1/QĐ-UBND");
        long revoked = register.imported("LS-MANY-2499", "LAO_DONG_TIEN_TIEN", 2024, "2/QĐ-UBND");
        register.revoke(revoked, "3/QĐ-UBND");
        register.imported("LS-MANY-2499", "LAO_DONG_TIEN_TIEN", 2026, "4/QĐ-UBND");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            ids.add("LS-MANY-%04d".formatted(i));
        }

        List<RegisteredAward> read = awards.history(ids, 2026);

        assertThat(read).extracting(RegisteredAward::subjectId).containsExactly("LS-MANY-0007", "LS-MANY-2499");
        assertThat(read.get(0).revoked()).isFalse();
        assertThat(read.get(1).revocation().decisionNumber()).isEqualTo("3/QĐ-UBND");
    }

    private JsonNode evaluate(byte[] request) {
        ApiClient.Answer answer = api.post("/api/evaluations", request);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    private static JsonNode decision(JsonNode result, String award) {
        for (JsonNode d : result.path("decisions")) {
            if (d.path("award").asString().equals(award)) {
                return d;
            }
        }
        throw new AssertionError("no decision for " + award + " in " + result);
    }

    private static String criterion(JsonNode result, String award, String id) {
        for (JsonNode c : decision(result, award).path("criteria")) {
            if (c.path("id").asString().equals(id)) {
                return c.path("result").asString();
            }
        }
        throw new AssertionError("no criterion " + id);
    }

    /** The register warnings of the provincial decision, by code. */
    private static List<String> codes(JsonNode result) {
        List<String> codes = new ArrayList<>();
        decision(result, PROVINCIAL).path("warnings").forEach(w -> {
            if (w.path("code").asString().startsWith("REGISTER_")) {
                codes.add(w.path("code").asString());
            }
        });
        return codes;
    }

    /** The decisions without subject id and register warnings, to compare two subjects' evaluations. */
    private static List<JsonNode> withoutRegisterWarnings(JsonNode result) {
        List<JsonNode> decisions = new ArrayList<>();
        for (JsonNode d : result.path("decisions")) {
            ObjectNode copy = (ObjectNode) d.deepCopy();
            copy.remove("subjectId");
            var warnings = copy.putArray("warnings");
            d.path("warnings").forEach(w -> {
                if (!w.path("code").asString().startsWith("REGISTER_")) {
                    warnings.add(w);
                }
            });
            decisions.add(copy);
        }
        return decisions;
    }
}

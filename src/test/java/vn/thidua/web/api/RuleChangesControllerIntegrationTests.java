package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Accounts;
import vn.thidua.accounts.Role;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.DraftRules;

/** The draft CSTĐCS amendment through the REST API: draft, impact, acknowledgement, activation, rollback. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class RuleChangesControllerIntegrationTests {

    @LocalServerPort
    private int port;

    @Autowired
    private RuleSetRegistry registry;

    @Autowired
    private Accounts accounts;

    private ApiClient api;
    private ApiClient head;
    private String base;

    @TempDir
    private Path temp;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        // Over the API the acknowledgement is recorded under the authenticated user, not the body's "by".
        if (accounts.find("head.of.policy").isEmpty()) {
            accounts.create(new Account("head.of.policy", "Trưởng phòng", true, Set.of(Role.POLICY), Set.of(), null),
                    "head-of-policy-password");
        }
        head = new ApiClient(port, "head.of.policy", "head-of-policy-password");
        base = registry.active().version();
    }

    @AfterEach
    void restoreBase() {
        if (!registry.active().version().equals(base)) {
            api.post("/api/rules/rollbacks", json("{\"toVersion\":\"" + base + "\",\"by\":\"policy.test\",\"reason\":\"restore\"}"));
        }
    }

    @Test
    void changesTheRulesThroughAnAcknowledgedImpactReportAndRollsBack() throws Exception {
        Path dir = DraftRules.strictGrassrootsFighter(temp.resolve("draft"));
        long run = api.post("/api/evaluations", SampleRequests.commune()).json().path("runId").asLong();

        ApiClient.Answer draft = api.post("/api/rules/drafts", form("dir", dir.toString(), "by", "policy.test"),
                "application/x-www-form-urlencoded");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String version = draft.json().path("version").asString();

        ApiClient.Answer report = api.post("/api/rules/impact-reports",
                json("{\"draftVersion\":\"" + version + "\",\"runId\":" + run + ",\"by\":\"policy.test\"}"));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        long reportId = report.json().path("id").asLong();
        assertThat(report.location()).endsWith("/api/rules/impact-reports/" + reportId);
        JsonNode cscs = award(report.json(), "CHIEN_SI_THI_DUA_CO_SO");
        assertThat(cscs.path("lost").size()).isPositive();
        assertThat(cscs.path("lost").get(0).path("criteria").get(0).path("criterion").asString()).isEqualTo("CSCS-C2");
        assertThat(api.get("/api/rules/impact-reports/" + reportId).json().path("draftVersion").asString()).isEqualTo(version);

        ApiClient.Answer early = api.post("/api/rules/activations",
                json("{\"reportId\":" + reportId + ",\"by\":\"policy.test\",\"reason\":\"draft law\"}"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.json().path("detail").asString()).contains("not acknowledged");

        ApiClient.Answer ack = head.post("/api/rules/impact-reports/" + reportId + "/acknowledgement",
                json("{\"by\":\"head.of.policy\",\"note\":\"đã đọc\"}"));
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        assertThat(ack.json().path("acknowledgement").path("by").asString()).isEqualTo("head.of.policy");

        ApiClient.Answer activation = api.post("/api/rules/activations",
                json("{\"reportId\":" + reportId + ",\"by\":\"policy.test\",\"reason\":\"Dự thảo Luật sửa đổi\"}"));
        assertThat(activation.status()).as(activation.body()).isEqualTo(201);
        assertThat(activation.json().path("version").asString()).isEqualTo(version);
        assertThat(api.post("/api/evaluations", SampleRequests.commune()).json().path("ruleSet").path("version").asString())
                .isEqualTo(version);
        JsonNode versions = api.get("/api/rules/versions").json();
        assertThat(versions.path("active").asString()).isEqualTo(version);
        assertThat(versions.path("activations").get(0).path("impactReportId").asLong()).isEqualTo(reportId);

        ApiClient.Answer rollback = api.post("/api/rules/rollbacks", json("{\"by\":\"policy.test\",\"reason\":\"not passed\"}"));
        assertThat(rollback.status()).as(rollback.body()).isEqualTo(201);
        assertThat(rollback.json().path("version").asString()).isEqualTo(base);
        assertThat(api.post("/api/evaluations", SampleRequests.commune()).json().path("ruleSet").path("version").asString())
                .isEqualTo(base);
    }

    @Test
    void refusesIncompleteOrUnknownChangesWithProblemDetails() {
        ApiClient.Answer noRun = api.post("/api/rules/impact-reports", json("{\"draftVersion\":\"sha256:x\",\"by\":\"p\"}"));
        ApiClient.Answer unknownDraft = api.post("/api/rules/impact-reports",
                json("{\"draftVersion\":\"sha256:unknown\",\"runId\":1,\"by\":\"p\"}"));
        ApiClient.Answer unknownReport = api.get("/api/rules/impact-reports/999999");
        ApiClient.Answer noReason = api.post("/api/rules/rollbacks", json("{\"by\":\"policy.test\"}"));
        ApiClient.Answer nothing = api.post("/api/rules/drafts", new byte[0], "application/x-www-form-urlencoded");

        assertThat(noRun.status()).isEqualTo(400);
        assertThat(noRun.json().path("detail").asString()).contains("runId");
        assertThat(unknownDraft.status()).isEqualTo(404);
        assertThat(unknownReport.status()).isEqualTo(404);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("detail").asString()).contains("reason is required");
        assertThat(nothing.status()).isEqualTo(400);
    }

    private static JsonNode award(JsonNode report, String code) {
        for (JsonNode award : report.path("awards")) {
            if (award.path("award").asString().equals(code)) {
                return award;
            }
        }
        throw new AssertionError("no " + code + " in " + report);
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}

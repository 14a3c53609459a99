package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import vn.thidua.ThiDuaApplication;
import vn.thidua.accounts.Account;
import vn.thidua.accounts.Accounts;
import vn.thidua.accounts.Role;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.DraftRules;

/**
 * Two application instances on two loopback ports over one database (docs/operations.md §20), as behind
 * a load balancer: an evaluation job submitted to one is followed and read on the other, a schedule
 * solved on one is shown and stopped from the other, a rule-set activation on one is in force on the
 * other within the follow interval, and concurrent submissions to both leave one unforked audit chain.
 * Runs on H2 (both contexts in this JVM share the in-memory database) and on MariaDB under -Pmysql.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIntegrationTests {

    private ConfigurableApplicationContext one;
    private ConfigurableApplicationContext two;
    private int portOne;
    private int portTwo;

    @BeforeAll
    void startTwoInstances() {
        one = start("instance-one");
        two = start("instance-two");
        portOne = port(one);
        portTwo = port(two);
    }

    @AfterAll
    void stopThem() {
        if (one != null) {
            one.close();
        }
        if (two != null) {
            two.close();
        }
    }

    private static ConfigurableApplicationContext start(String name) {
        return new SpringApplicationBuilder(ThiDuaApplication.class).run("--spring.profiles.active=" + DatabaseProfiles.active() + ","
                + DatabaseProfiles.ADMIN_PROFILE, "--server.port=0", "--thidua.jobs.instance=" + name,
                "--thidua.rules.follow-interval=PT1S", "--thidua.jobs.poll-interval=PT0.5S", "--thidua.scheduling.seconds=120");
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @Test
    void anEvaluationJobSubmittedToOneIsFollowedAndReadOnTheOther() throws Exception {
        PageSession onOne = PageSession.signIn(portOne, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        PageSession onTwo = PageSession.signIn(portTwo, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);

        PageSession.Page uploaded = onOne.upload("/runs", "/runs", "file", "sample-commune.json",
                Files.readAllBytes(Path.of("data/sample-commune.json")));
        assertThat(uploaded.status()).as(uploaded.html()).isEqualTo(302);
        assertThat(uploaded.location()).contains("/runs/jobs/");
        String job = uploaded.location().substring(uploaded.location().indexOf("/runs/jobs/"));

        // Followed on the other instance until it redirects to the stored run.
        String[] run = new String[1];
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
            PageSession.Page page = onTwo.get(job);
            assertThat(page.status()).as(page.html()).isIn(200, 302);
            if (page.status() == 302) {
                run[0] = page.location().substring(page.location().lastIndexOf('/') + 1);
                return true;
            }
            return false;
        });
        ApiClient.Answer read = new ApiClient(portTwo).get("/api/evaluations/" + run[0]);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("decisions").size()).isPositive();
        JdbcTemplate jdbc = one.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForMap("SELECT instance, state, run_id FROM evaluation_job WHERE id = ?",
                job.substring(job.lastIndexOf('/') + 1))).containsEntry("instance", "instance-one").containsEntry("state", "DONE")
                .containsEntry("run_id", Long.valueOf(run[0]));
    }

    @Test
    void aScheduleSolvingOnOneIsShownAndStoppedFromTheOther() throws Exception {
        ApiClient apiOne = new ApiClient(portOne);
        ApiClient apiTwo = new ApiClient(portTwo);
        ApiClient.Answer submitted = apiOne.post("/api/schedules", Files.readAllBytes(Path.of("data/sample-schedule.json")));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        long id = submitted.json().path("id").asLong();

        assertThat(apiTwo.get("/api/schedules/" + id).json().path("status").asString()).isEqualTo("SOLVING");
        ApiClient.Answer stop = apiTwo.delete("/api/schedules/" + id);
        assertThat(stop.status()).as(stop.body()).isEqualTo(200);

        // Solving for 120 s unless stopped: the stop asked on two reaches one within its poll interval.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> apiTwo.get("/api/schedules/" + id).json().path("status").asString().equals("STOPPED"));
        JsonNode ended = apiTwo.get("/api/schedules/" + id).json();
        assertThat(ended.path("result").path("score").asString()).isNotBlank();
        assertThat(apiOne.get("/api/schedules/" + id).json()).isEqualTo(ended);
    }

    @Test
    void aRuleSetActivatedOnOneIsInForceOnTheOtherWithinTheFollowInterval(@TempDir Path temp) throws Exception {
        Accounts accounts = one.getBean(Accounts.class);
        if (accounts.find("head.of.policy").isEmpty()) {
            accounts.create(new Account("head.of.policy", "Trưởng phòng", true, Set.of(Role.POLICY), Set.of(), null),
                    "head-of-policy-password");
        }
        ApiClient apiOne = new ApiClient(portOne);
        ApiClient apiTwo = new ApiClient(portTwo);
        ApiClient head = new ApiClient(portOne, "head.of.policy", "head-of-policy-password");
        String base = apiTwo.get("/api/rules/versions").json().path("active").asString();
        long run = apiOne.post("/api/evaluations", SampleRequests.commune()).json().path("runId").asLong();
        Path dir = DraftRules.strictGrassrootsFighter(temp.resolve("draft"));

        ApiClient.Answer draft = apiOne.post("/api/rules/drafts", ("dir=" + URLEncoder.encode(dir.toString(), StandardCharsets.UTF_8)
                + "&by=policy.test").getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String version = draft.json().path("version").asString();
        long report = apiOne.post("/api/rules/impact-reports", json("{\"draftVersion\":\"" + version + "\",\"runId\":" + run
                + ",\"by\":\"policy.test\"}")).json().path("id").asLong();
        assertThat(head.post("/api/rules/impact-reports/" + report + "/acknowledgement", json("{\"by\":\"head.of.policy\",\"note\":\"ok\"}"))
                .status()).isEqualTo(200);
        try {
            ApiClient.Answer activated = apiOne.post("/api/rules/activations", json("{\"reportId\":" + report
                    + ",\"by\":\"policy.test\",\"reason\":\"two instances\"}"));
            assertThat(activated.status()).as(activated.body()).isEqualTo(201);

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> apiTwo.post("/api/evaluations",
                    SampleRequests.commune()).json().path("ruleSet").path("version").asString().equals(version));
        } finally {
            apiOne.post("/api/rules/rollbacks", json("{\"toVersion\":\"" + base + "\",\"by\":\"policy.test\",\"reason\":\"restore\"}"));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> apiTwo.get("/api/rules/versions").json().path("active").asString().equals(base));
        }
    }

    @Test
    void concurrentSubmissionsToBothInstancesLeaveOneUnforkedChain() throws Exception {
        ApiClient apiOne = new ApiClient(portOne);
        ApiClient apiTwo = new ApiClient(portTwo);
        byte[] request = SampleRequests.commune();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<ApiClient.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ApiClient api = i % 2 == 0 ? apiOne : apiTwo;
                answers.add(clients.submit(() -> api.post("/api/evaluations", request)));
            }
            for (Future<ApiClient.Answer> answer : answers) {
                assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(201);
            }
        } finally {
            clients.shutdown();
        }
        JsonNode verified = apiTwo.get("/api/audit/verify").json();
        assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.path("unchainedRuns").asLong()).as(verified.toString()).isZero();
        assertThat(apiOne.get("/api/audit/verify").json().path("intact").asBoolean()).isTrue();
        // Both instances' sealers link what both stored, each run once, in one chain ending at the head.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (verified.path("waitingRuns").asLong() > 0 && System.nanoTime() < until) {
            Thread.sleep(200);
            verified = apiOne.get("/api/audit/verify").json();
        }
        assertThat(verified.path("waitingRuns").asLong()).as(verified.toString()).isZero();
        assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
        JdbcTemplate jdbc = one.getBean(JdbcTemplate.class);
        Map<String, Object> seals = jdbc.queryForMap("SELECT COUNT(*) AS n, COUNT(DISTINCT chain_seq) AS seqs, MAX(chain_seq) AS last"
                + " FROM evaluation_run_seal");
        long linked = ((Number) seals.get("n")).longValue();
        assertThat(((Number) seals.get("seqs")).longValue()).as("every run linked once, no two at one place").isEqualTo(linked);
        assertThat(((Number) seals.get("last")).longValue()).as("no gap, no fork").isEqualTo(linked);
        assertThat(jdbc.queryForObject("SELECT last_seq FROM audit_chain_head WHERE id = 1", Long.class)).isEqualTo(linked);
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

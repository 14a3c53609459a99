package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.thidua.council.SessionInput;
import vn.thidua.council.Sessions;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.PdfText;

/** Council sessions over real HTTP on a stored run: recorded with their results, refused whole, corrected, their minutes downloaded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class CouncilSessionsControllerIntegrationTests {

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
    void recordsASessionWithEachDossiersResultAndItsMinutes() throws Exception {
        long run = storedRun(SampleRequests.commune());
        JsonNode dossiers = api.get("/api/council/runs/" + run + "/dossiers").json();
        JsonNode worker = first(dossiers, "LAO_DONG_TIEN_TIEN", "TH-DARSAL");
        JsonNode fighter = first(dossiers, "CHIEN_SI_THI_DUA_CO_SO", null);

        ApiClient.Answer recorded = api.post("/api/council/runs/" + run + "/sessions", session(List.of(
                ballot(worker, 5, 1, 0), ballot(fighter, 6, 0, 0))));

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        JsonNode session = recorded.json();
        assertThat(recorded.location()).endsWith("/api/council/sessions/" + session.path("id").asLong());
        assertThat(session.path("councilSize").asInt()).isEqualTo(9);
        JsonNode first = session.path("results").get(0);
        // M4 heads the primary school: the policy recuses the member from the school's dossiers.
        assertThat(first.path("recused").get(0).asString()).isEqualTo("M4");
        assertThat(first.path("outcome").asString()).isEqualTo("APPROVED");
        assertThat(first.path("comparison").asString()).isEqualTo("MORE_THAN");
        assertThat(first.path("denominator").asInt()).isEqualTo(9);
        assertThat(first.path("percent").decimalValue()).isEqualByComparingTo("55.556");
        assertThat(first.path("citation").path("instrument").path("id").asString()).isEqualTo("POLICY");
        assertThat(first.path("text").path("vi").asString()).startsWith("Được thông qua: 5/9 phiếu đồng ý");
        JsonNode second = session.path("results").get(1);
        assertThat(second.path("outcome").asString()).isEqualTo("NOT_APPROVED");
        assertThat(second.path("threshold").decimalValue()).isEqualByComparingTo("80");
        assertThat(second.path("citation").path("instrument").path("id").asString()).isEqualTo("D2");
        assertThat(second.path("citation").path("legalReview").asString()).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("SELECT outcome FROM council_ballot WHERE session_id = ? AND seq = 2", String.class,
                session.path("id").asLong())).isEqualTo("NOT_APPROVED");

        ApiClient.Answer listed = api.get("/api/council/runs/" + run + "/sessions");
        assertThat(listed.json()).hasSize(1);
        ApiClient.Download pdf = api.download("/api/council/sessions/" + session.path("id").asLong() + "/minutes.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        String text = PdfText.squeezed(PdfText.page(pdf.bytes(), 1));
        assertThat(text).contains("BIÊNBẢNHỌPHỘIĐỒNGTHIĐUA-KHENTHƯỞNG", "Hộiđồngđãbỏphiếukín", "NguyễnVănBình",
                worker.path("name").asString().replaceAll("\\s+", ""), "55,56");
    }

    @Test
    void refusesABadSessionNamingEveryFieldAndStoresNothing() {
        long run = storedRun(SampleRequests.commune());
        JsonNode dossiers = api.get("/api/council/runs/" + run + "/dossiers").json();
        JsonNode worker = first(dossiers, "LAO_DONG_TIEN_TIEN", "TH-DARSAL");
        JsonNode refused = api.get("/api/evaluations/" + run + "/decisions?outcome=NOT_ELIGIBLE").json().get(0);
        int before = count();
        int ballotsBefore = ballots();

        List<SessionInput.Member> members = new ArrayList<>(Sessions.members());
        members.add(Sessions.members().get(2));
        SessionInput bad = new SessionInput(null, null, null, "2026-01-15", "8h", "Hội trường", "Hội đồng", "M0", "M9", null, members,
                List.of(ballot(worker, 7, 1, 0), ballot(worker, 1, 0, 0),
                        new SessionInput.Ballot("CN-9999", "LAO_DONG_TIEN_TIEN", 1, 0, 0, null),
                        new SessionInput.Ballot(refused.path("subjectId").asString(), refused.path("award").asString(), -1, 0, 0, null)));
        ApiClient.Answer answer = api.post("/api/council/runs/" + run + "/sessions", JSON.writeValueAsBytes(bad));

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        List<String> paths = new ArrayList<>();
        answer.json().path("errors").forEach(e -> paths.add(e.path("path").asString() + ": " + e.path("message").asString()));
        assertThat(paths).anySatisfy(p -> assertThat(p).startsWith("startsAt:"))
                .anySatisfy(p -> assertThat(p).startsWith("members[9].id: member M3 is recorded twice"))
                .anySatisfy(p -> assertThat(p).startsWith("chair: \"M0\" is not a member"))
                .anySatisfy(p -> assertThat(p).startsWith("ballots[0]: 8 ballots").contains("exceed the 7 members who may vote"))
                .anySatisfy(p -> assertThat(p).startsWith("ballots[1]: the dossier").contains("recorded twice"))
                .anySatisfy(p -> assertThat(p).startsWith("ballots[2]: the run has no dossier CN-9999"))
                .anySatisfy(p -> assertThat(p).startsWith("ballots[3].agree: is -1"))
                .anySatisfy(p -> assertThat(p).startsWith("ballots[3]: the dossier").contains("NOT_ELIGIBLE"));
        assertThat(count()).isEqualTo(before);
        assertThat(ballots()).isEqualTo(ballotsBefore);
    }

    @Test
    void correctsASessionByANewOneThatSupersedesItOnlyOnce() {
        long run = storedRun(SampleRequests.commune());
        JsonNode worker = first(api.get("/api/council/runs/" + run + "/dossiers").json(), "LAO_DONG_TIEN_TIEN", "TH-DARSAL");
        long original = api.post("/api/council/runs/" + run + "/sessions", session(List.of(ballot(worker, 4, 3, 0)))).json()
                .path("id").asLong();

        ApiClient.Answer correction = api.post("/api/council/runs/" + run + "/sessions",
                session(List.of(ballot(worker, 6, 1, 0)), s -> with(s, original)));
        ApiClient.Answer again = api.post("/api/council/runs/" + run + "/sessions",
                session(List.of(ballot(worker, 6, 1, 0)), s -> with(s, original)));
        ApiClient.Answer otherRun = api.post("/api/council/runs/" + storedRun(SampleRequests.commune()) + "/sessions",
                session(List.of(ballot(worker, 6, 1, 0)), s -> with(s, correction.json().path("id").asLong())));

        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("errors").get(0).path("message").asString()).contains("already superseded by session "
                + correction.json().path("id").asLong());
        assertThat(otherRun.status()).isEqualTo(400);
        assertThat(otherRun.json().path("errors").get(0).path("message").asString()).contains("is a session of run " + run);
        JsonNode standing = api.get("/api/council/runs/" + run + "/results").json();
        assertThat(standing).hasSize(1);
        assertThat(standing.get(0).path("agree").asInt()).isEqualTo(6);
        assertThat(api.get("/api/council/sessions/" + original).json().path("supersededBy").asLong())
                .isEqualTo(correction.json().path("id").asLong());
    }

    /** Not a test of speed: records a session of 40 dossiers of the 300-person commune and reports how long it took. */
    @Test
    void recordsASessionOfFortyDossiers() throws Exception {
        long run = storedRun(Files.readAllBytes(Path.of("data/commune-300.json")));
        JsonNode dossiers = api.get("/api/council/runs/" + run + "/dossiers").json();
        List<SessionInput.Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < dossiers.size() && ballots.size() < 40; i++) {
            ballots.add(ballot(dossiers.get(i), 5, 1, 0));
        }
        byte[] body = session(ballots);

        long started = System.nanoTime();
        ApiClient.Answer recorded = api.post("/api/council/runs/" + run + "/sessions", body);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().path("results")).hasSize(40);
        System.out.println("council: recorded a session of 40 dossiers of commune-300 in " + millis + " ms");
    }

    private long storedRun(byte[] request) {
        ApiClient.Answer evaluated = api.post("/api/evaluations", request);
        assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(201);
        return evaluated.json().path("runId").asLong();
    }

    private static JsonNode first(JsonNode dossiers, String award, String unit) {
        for (JsonNode d : dossiers) {
            if (d.path("award").asString().equals(award) && (unit == null || unit.equals(d.path("unit").asString()))
                    && !d.path("leftOutUnderQuota").asBoolean()) {
                return d;
            }
        }
        throw new AssertionError("no " + award + " dossier of " + unit + " in " + dossiers);
    }

    private static SessionInput.Ballot ballot(JsonNode dossier, int agree, int disagree, int invalid) {
        return new SessionInput.Ballot(dossier.path("subjectId").asString(), dossier.path("award").asString(), agree, disagree, invalid,
                null);
    }

    private static byte[] session(List<SessionInput.Ballot> ballots) {
        return session(ballots, UnaryOperator.identity());
    }

    private static byte[] session(List<SessionInput.Ballot> ballots, UnaryOperator<ObjectNode> change) {
        ObjectNode node = (ObjectNode) JSON.valueToTree(Sessions.commune(ballots));
        return JSON.writeValueAsBytes(change.apply(node));
    }

    private static ObjectNode with(ObjectNode session, long supersedes) {
        return session.put("supersedes", supersedes);
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM council_session", Integer.class);
    }

    private int ballots() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM council_ballot", Integer.class);
    }
}

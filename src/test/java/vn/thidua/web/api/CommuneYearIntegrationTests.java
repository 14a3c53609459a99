package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.thidua.testing.DatabaseProfiles;

/**
 * One commune's whole annual cycle over real HTTP, on H2 and (under -Pmysql) on MariaDB: each year
 * evaluated with its rankings, scheduled from the evaluation, published for comment, the council's
 * session recorded from the schedule's session, the decisions drafted and recorded as signed, the
 * register holding the awards. A teacher's grassroots fighter titles of 2024 and 2025 reach the
 * register only through that cycle; her 2026 request, with its titles removed, gets the same
 * "Chiến sĩ thi đua cấp tỉnh" decision as with them listed, the register's warnings naming the
 * decisions. The audit chain stays intact, and the conferred award's trail leads back to the ballot,
 * the eligibility decision and the request (docs/operations.md §10–§12, request-and-result.md §6.6).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class CommuneYearIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String GRASSROOTS = "CHIEN_SI_THI_DUA_CO_SO";
    private static final String PROVINCIAL = "CHIEN_SI_THI_DUA_CAP_TINH";
    private static final String WORKER = "LAO_DONG_TIEN_TIEN";
    private static final Pattern PUBLIC_LIST = Pattern.compile("href=\"/public/(\\d+)\"");

    @LocalServerPort
    private int port;

    private ApiClient api;
    /** Ids of this test's own: the database is shared with other tests and, on MariaDB, kept between builds. */
    private String tag;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** What one year's cycle left: its run, the council session that counted, and the decision numbers signed. */
    private record Year(long runId, long sessionId, List<String> decisionNumbers) {
    }

    @Test
    void takesACommuneThroughTwoYearsAndTheThirdReadsItsHistoryFromTheRegister() {
        String teacher = "E2E-" + tag + "-GV";

        // 2024: no decision can carry a bonus before rules/bonus.yaml's first coefficients (01/07/2025), so the
        // 2024 titles are decided on 15/07/2025, after a council held in January 2025.
        Year first = cycle(2024, LocalDate.of(2025, 1, 8), LocalDate.of(2025, 7, 15));
        JsonNode registered2024 = registered(teacher, GRASSROOTS, 2024);
        Year second = cycle(2025, LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 20));
        JsonNode registered2025 = registered(teacher, GRASSROOTS, 2025);
        assertThat(first.decisionNumbers()).contains(registered2024.path("decisionNumber").asString());
        assertThat(second.decisionNumbers()).contains(registered2025.path("decisionNumber").asString());

        // 2026: the request lists no title; the register holds the ones this cycle conferred.
        JsonNode removed = evaluate(request(2026, ""));
        JsonNode listed = evaluate(request(2026, titlesOf(teacher)));

        JsonNode fromRegister = decision(removed, teacher, PROVINCIAL);
        JsonNode fromRequest = decision(listed, teacher, PROVINCIAL);
        assertThat(criterion(fromRegister, "CSTT-C1")).isEqualTo("MET");
        assertThat(criterion(fromRegister, "CSTT-C3")).isEqualTo("MET");
        assertThat(withoutRegisterWarnings(fromRegister)).isEqualTo(withoutRegisterWarnings(fromRequest));
        assertThat(withoutRegisterWarnings(decision(removed, teacher, GRASSROOTS)))
                .isEqualTo(withoutRegisterWarnings(decision(listed, teacher, GRASSROOTS)));
        assertThat(registerWarnings(fromRequest)).isEmpty();
        List<JsonNode> added = registerWarnings(fromRegister);
        assertThat(added).extracting(w -> w.path("code").asString()).containsOnly("REGISTER_TITLE_ADDED");
        assertThat(added.toString()).contains(registered2024.path("decisionNumber").asString(),
                registered2025.path("decisionNumber").asString());

        JsonNode verify = api.get("/api/audit/verify").json();
        assertThat(verify.path("intact").asBoolean()).as(verify.toString()).isTrue();
        assertThat(verify.path("records").path("intact").asBoolean()).isTrue();

        // Why did she get CSTĐCS 2025: the signed decision, the council's ballot, the eligibility decision, the request.
        JsonNode trail = api.get("/api/audit/register/" + registered2025.path("id").asLong()).json();
        assertThat(trail.path("decision").path("signature").path("decisionNumber").asString())
                .isEqualTo(registered2025.path("decisionNumber").asString());
        assertThat(trail.path("ballot").path("sessionId").asLong()).isEqualTo(second.sessionId());
        assertThat(trail.path("councilResult").path("outcome").asString()).isEqualTo("APPROVED");
        assertThat(trail.path("councilResult").path("percent").decimalValue()).isEqualByComparingTo("88.889");
        assertThat(trail.path("councilResult").path("threshold").decimalValue()).isEqualByComparingTo("80");
        assertThat(trail.path("eligibility").path("outcome").asString()).isEqualTo("ELIGIBLE");
        assertThat(trail.path("eligibility").path("criteria").toString()).contains("CSCS-C1", "CSCS-C2", "CSCS-C3");
        assertThat(trail.path("links").path("decisionPage").asString()).startsWith("/runs/" + second.runId() + "/decision");
        ApiClient.Answer request = api.get(trail.path("links").path("request").asString());
        assertThat(request.status()).isEqualTo(200);
        JsonNode received = JSON.readTree(request.body());
        assertThat(received.path("period").path("year").asInt()).isEqualTo(2025);
        assertThat(received.path("individuals").get(0).path("id").asString()).isEqualTo(teacher);
    }

    /**
     * One year of the commune: evaluate, rank, schedule, publish, record the council's session of the
     * schedule, draft and sign every decision, and find the awards in the register.
     */
    private Year cycle(int year, LocalDate councilDay, LocalDate decisionDay) {
        String teacher = "E2E-" + tag + "-GV";
        JsonNode evaluated = evaluate(request(year, ""));
        long run = evaluated.path("runId").asLong();
        assertThat(decision(evaluated, teacher, GRASSROOTS).path("outcome").asString()).isEqualTo("ELIGIBLE");
        if (year > 2024) {
            assertThat(registerWarnings(decision(evaluated, teacher, GRASSROOTS))).extracting(w -> w.path("code").asString())
                    .contains("REGISTER_TITLE_ADDED");
        }

        JsonNode rankings = api.get("/api/evaluations/" + run + "/rankings").json();
        assertThat(rankings.toString()).as("rankings of run " + run).contains(GRASSROOTS, teacher);

        long schedule = schedule(run, councilDay);
        publish(run, year);

        JsonNode choices = api.get("/api/council/runs/" + run + "/schedule-sessions").json();
        assertThat(choices).extracting(c -> c.path("scheduleId").asLong() + "/" + c.path("session").asString())
                .contains(schedule + "/S1");
        JsonNode draft = api.get("/api/council/runs/" + run + "/draft?scheduleId=" + schedule + "&scheduleSession=S1").json();
        ApiClient.Answer recorded = api.post("/api/council/runs/" + run + "/sessions", session(draft));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        JsonNode session = recorded.json();
        assertThat(session.path("results")).hasSize(draft.path("dossiers").size())
                .allSatisfy(r -> assertThat(r.path("outcome").asString()).as(r.toString()).isEqualTo("APPROVED"));

        ApiClient.Answer drafted = api.post("/api/evaluations/" + run + "/award-decisions",
                ("{\"decisionDate\":\"" + decisionDay + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        List<String> numbers = new ArrayList<>();
        for (JsonNode d : drafted.json()) {
            String number = (numbers.size() + 1) + "-" + tag + "/QĐ-" + year;
            ApiClient.Answer signed = api.post("/api/award-decisions/" + d.path("id").asLong() + "/signature",
                    ("{\"decisionNumber\":\"" + number + "\",\"signedOn\":\"" + decisionDay + "\",\"signer\":\"Nguyễn Văn Bình\"}")
                            .getBytes(StandardCharsets.UTF_8));
            assertThat(signed.status()).as(signed.body()).isEqualTo(200);
            numbers.add(number);
        }
        for (String subject : List.of(teacher, "E2E-" + tag + "-CC")) {
            assertThat(api.get("/api/register?subjectId=" + subject).json()).as(subject)
                    .anySatisfy(e -> assertThat(e.path("awardYear").asInt() + " " + e.path("source").asString()).isEqualTo(year + " DECISION"));
        }
        return new Year(run, session.path("id").asLong(), numbers);
    }

    /** Schedules the run's dossiers in one session on the council's day; waits for a full result, then stops the solve. */
    private long schedule(long run, LocalDate day) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("council").put("quorumPercent", 67);
        ArrayNode members = body.putArray("members");
        List<String> available = new ArrayList<>();
        for (String[] m : COUNCIL) {
            members.addObject().put("id", m[0]).put("name", m[1]).put("unit", m[2]).put("role", m[3]);
            available.add(m[0]);
        }
        ObjectNode s1 = body.putArray("sessions").addObject().put("id", "S1").put("start", day + "T08:00").put("minutes", 480)
                .put("room", "Hội trường UBND xã Đạ R'sal");
        available.forEach(s1.putArray("availableMembers")::add);

        ApiClient.Answer started = api.post("/api/schedules/from-evaluation/" + run, JSON.writeValueAsBytes(body));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long id = started.json().path("id").asLong();
        int dossiers = JSON.readTree(api.get("/api/schedules/" + id + "/request").body()).path("dossiers").size();
        assertThat(dossiers).isPositive();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        JsonNode status = api.get("/api/schedules/" + id).json();
        while (status.path("status").asString().equals("SOLVING")) {
            if (status.path("result").path("assignments").size() == dossiers) {
                assertThat(api.delete("/api/schedules/" + id).status()).isEqualTo(200);
            }
            assertThat(Instant.now()).as("schedule " + id + " still solving").isBefore(giveUp);
            pause();
            status = api.get("/api/schedules/" + id).json();
        }
        assertThat(status.path("status").asString()).isIn("DONE", "STOPPED");
        assertThat(status.path("result").path("assignments")).hasSize(dossiers);
        assertThat(status.path("result").path("unassigned")).isEmpty();
        return id;
    }

    /** Publishes the run's list for comment on the run's page, and reads it on the public page without signing in. */
    private void publish(long run, int year) {
        PageSession pages = PageSession.signIn(port, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        String title = "Danh sách đề nghị khen thưởng năm " + year + " – xã Đạ R'sal (" + tag + ")";
        PageSession.Page published = pages.submit("/runs/" + run, "/runs/" + run + "/public-lists", Map.of("title", title,
                "opensOn", (year + 1) + "-01-02", "closesOn", (year + 1) + "-01-07"));
        assertThat(published.status()).isEqualTo(302);
        assertThat(published.location()).endsWith("/runs/" + run);
        Matcher link = PUBLIC_LIST.matcher(pages.get("/runs/" + run).html());
        assertThat(link.find()).as("a public list on the run's page").isTrue();
        PageSession.Page list = PageSession.anonymous(port).get("/public/" + link.group(1));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains("Trần Thị Hạnh");
    }

    /** The session as the secretariat records it from the schedule's draft: every present member agrees on every dossier. */
    private static byte[] session(JsonNode draft) {
        ObjectNode session = JSON.createObjectNode();
        session.put("scheduleId", draft.path("scheduleId").asLong()).put("scheduleSession", draft.path("scheduleSession").asString())
                .put("heldOn", draft.path("heldOn").asString()).put("startsAt", draft.path("startsAt").asString())
                .put("place", draft.path("place").asString()).put("councilName", "Hội đồng Thi đua - Khen thưởng xã Đạ R'sal")
                .put("chair", draft.path("chair").asString()).put("secretary", draft.path("secretary").asString());
        session.set("members", draft.path("members"));
        Set<String> voting = new HashSet<>();
        draft.path("members").forEach(m -> {
            if (!m.path("attendance").asString().equals("ABSENT")) {
                voting.add(m.path("id").asString());
            }
        });
        ArrayNode ballots = session.putArray("ballots");
        for (JsonNode line : draft.path("dossiers")) {
            Set<String> agree = new HashSet<>(voting);
            line.path("recused").forEach(r -> agree.remove(r.asString()));
            ballots.addObject().put("subjectId", line.path("dossier").path("subjectId").asString())
                    .put("award", line.path("dossier").path("award").asString())
                    .put("agree", agree.size()).put("disagree", 0).put("invalid", 0);
        }
        return JSON.writeValueAsBytes(session);
    }

    /** The council of Đạ R'sal: id, name, unit, role; M4 heads the primary school and recuses from its dossiers. */
    private static final String[][] COUNCIL = {
            {"M1", "Nguyễn Văn Bình", "XA-DARSAL", "CHAIR"},
            {"M2", "Trần Thị Hoa", "XA-DARSAL", "VICE_CHAIR"},
            {"M3", "Võ Thị Thu", "VHXH-DARSAL", "SECRETARY"},
            {"M4", "Lê Văn Tâm", "TH-DARSAL", "MEMBER"},
            {"M5", "Ka Huệ", "HLHPN-DARSAL", "MEMBER"},
            {"M6", "Phạm Quốc Việt", "DOAN-DARSAL", "MEMBER"},
            {"M7", "Đoàn Văn Lực", "HND-DARSAL", "MEMBER"},
            {"M8", "Hoàng Thị Mai", "TYT-DARSAL", "MEMBER"},
            {"M9", "K'Brơi", "MTTQ-DARSAL", "MEMBER"}};

    /**
     * The commune's request for a year: the teacher (rated HTXSNV every year since 2024, proposed for
     * both fighter titles, with an initiative the province recognised in 2026), a colleague of hers and
     * two commune civil servants proposed for Lao động tiên tiến, and a quota of two CSTĐCS places.
     */
    private String requestText(int year, String teacherTitles) {
        StringBuilder ratings = new StringBuilder();
        for (int y = 2024; y <= year; y++) {
            ratings.append(ratings.isEmpty() ? "" : ", ").append("{ \"year\": %d, \"level\": \"HTXSNV\", \"scheme\": \"%s\" }"
                    .formatted(y, y >= 2026 ? "ND335_2025" : "ND90_2020"));
        }
        String initiative = year < 2026 ? "" : """
                { "id": "SK-TH-2026", "title": "Dạy tiếng Việt cho học sinh K'Ho qua trò chơi", "year": 2026,
                  "scope": "BO_NGANH_TINH", "recognizedBy": "Chủ tịch UBND tỉnh", "recognitionDate": "2026-10-20", "applied": true }""";
        String proposed = year < 2026 ? "\"LAO_DONG_TIEN_TIEN\", \"CHIEN_SI_THI_DUA_CO_SO\""
                : "\"LAO_DONG_TIEN_TIEN\", \"CHIEN_SI_THI_DUA_CO_SO\", \"CHIEN_SI_THI_DUA_CAP_TINH\"";
        return """
                {
                  "schemaVersion": 1,
                  "period": { "year": %1$d, "cutoffDate": "%1$d-12-31", "decisionDate": "%2$d-01-20" },
                  "units": [
                    { "code": "XA-DARSAL", "name": "UBND xã Đạ R'Sal", "level": "COMMUNE", "grassroots": true, "areaDifficulty": "DBKK" },
                    { "code": "TH-DARSAL", "name": "Trường Tiểu học Đạ R'Sal", "level": "SCHOOL", "parent": "XA-DARSAL", "grassroots": true }
                  ],
                  "individuals": [
                    { "id": "E2E-%3$s-GV", "fullName": "Trần Thị Hạnh", "unit": "TH-DARSAL", "gender": "FEMALE",
                      "subjectType": "CBCCVC_NLD", "occupation": "TEACHER", "recruitmentDate": "2012-09-01",
                      "ratings": [ %4$s ],
                      "attestations": [ { "year": %1$d, "kind": "SOLIDARITY_AND_EMULATION", "minutesRef": "BB-TH-%1$d" } ],
                      "initiatives": [ %5$s ],
                      "titles": [ %6$s ],
                      "proposedAwards": [ %7$s ] },
                    %8$s,
                    %9$s,
                    %10$s
                  ],
                  "quotas": [ { "award": "CHIEN_SI_THI_DUA_CO_SO", "unit": "XA-DARSAL", "maxCount": 2 } ]
                }
                """.formatted(year, year + 1, tag, ratings, initiative, teacherTitles, proposed,
                worker(year, "GV2", "Ka Điệp", "TH-DARSAL", "TEACHER"),
                worker(year, "CC", "Nguyễn Văn Hùng", "XA-DARSAL", "CIVIL_SERVANT"),
                worker(year, "CC2", "Liêng Jrang K'Hoa", "XA-DARSAL", "CIVIL_SERVANT"));
    }

    private byte[] request(int year, String teacherTitles) {
        return requestText(year, teacherTitles).getBytes(StandardCharsets.UTF_8);
    }

    private String worker(int year, String suffix, String name, String unit, String occupation) {
        return """
                { "id": "E2E-%s-%s", "fullName": "%s", "unit": "%s", "gender": "MALE", "subjectType": "CBCCVC_NLD",
                  "occupation": "%s", "recruitmentDate": "2015-09-01",
                  "ratings": [ { "year": %d, "level": "HTTNV", "scheme": "%s" } ],
                  "attestations": [ { "year": %d, "kind": "SOLIDARITY_AND_EMULATION", "minutesRef": "BB-%s-%d" } ],
                  "proposedAwards": [ "LAO_DONG_TIEN_TIEN" ] }""".formatted(tag, suffix, name, unit, occupation, year,
                year >= 2026 ? "ND335_2025" : "ND90_2020", year, suffix, year);
    }

    /** The teacher's register entries as the request's titles: the same awards, years and decision numbers. */
    private String titlesOf(String subject) {
        List<String> titles = new ArrayList<>();
        for (JsonNode e : api.get("/api/register?subjectId=" + subject).json()) {
            titles.add("{ \"code\": \"%s\", \"year\": %d, \"decisionRef\": \"%s\" }".formatted(e.path("award").asString(),
                    e.path("awardYear").asInt(), e.path("decisionNumber").asString()));
        }
        assertThat(titles).hasSize(4);
        return String.join(", ", titles);
    }

    private JsonNode registered(String subject, String award, int year) {
        for (JsonNode e : api.get("/api/register?subjectId=" + subject).json()) {
            if (e.path("award").asString().equals(award) && e.path("awardYear").asInt() == year) {
                assertThat(e.path("source").asString()).isEqualTo("DECISION");
                return e;
            }
        }
        throw new AssertionError("no " + award + " " + year + " of " + subject + " in the register");
    }

    private JsonNode evaluate(byte[] request) {
        ApiClient.Answer answer = api.post("/api/evaluations", request);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    private static JsonNode decision(JsonNode result, String subject, String award) {
        for (JsonNode d : result.path("decisions")) {
            if (d.path("subjectId").asString().equals(subject) && d.path("award").asString().equals(award)) {
                return d;
            }
        }
        throw new AssertionError("no decision " + subject + " " + award + " in " + result);
    }

    private static String criterion(JsonNode decision, String id) {
        for (JsonNode c : decision.path("criteria")) {
            if (c.path("id").asString().equals(id)) {
                return c.path("result").asString();
            }
        }
        throw new AssertionError("no criterion " + id + " in " + decision);
    }

    private static List<JsonNode> registerWarnings(JsonNode decision) {
        List<JsonNode> warnings = new ArrayList<>();
        decision.path("warnings").forEach(w -> {
            if (w.path("code").asString().startsWith("REGISTER_")) {
                warnings.add(w);
            }
        });
        return warnings;
    }

    private static JsonNode withoutRegisterWarnings(JsonNode decision) {
        ObjectNode copy = (ObjectNode) decision.deepCopy();
        ArrayNode warnings = copy.putArray("warnings");
        decision.path("warnings").forEach(w -> {
            if (!w.path("code").asString().startsWith("REGISTER_")) {
                warnings.add(w);
            }
        });
        return copy;
    }

    /** Not a test of speed: records a session of 40 dossiers of the 300-person commune, drafts its decisions, prints both times. */
    @Test
    void timesRecordingASessionOfFortyDossiersAndDraftingItsDecisions() throws Exception {
        long run = evaluate(Files.readAllBytes(Path.of("data/commune-300.json"))).path("runId").asLong();
        JsonNode dossiers = api.get("/api/council/runs/" + run + "/dossiers").json();
        ObjectNode session = JSON.createObjectNode().put("heldOn", "2026-01-15").put("startsAt", "08:00")
                .put("place", "Hội trường UBND xã Đạ R'sal").put("councilName", "Hội đồng Thi đua - Khen thưởng xã Đạ R'sal")
                .put("chair", "M1").put("secretary", "M3");
        ArrayNode members = session.putArray("members");
        for (String[] m : COUNCIL) {
            // Units of the council's own: no member recuses, so every dossier can reach 9 of 9.
            members.addObject().put("id", m[0]).put("name", m[1]).put("position", m[3]).put("unit", "HD-" + m[0])
                    .put("attendance", "PRESENT");
        }
        ArrayNode ballots = session.putArray("ballots");
        for (JsonNode d : dossiers) {
            // Only awards rules/bonus.yaml gives a coefficient for: drafting refuses the others (Giấy khen of a unit head).
            if (ballots.size() < 40 && !d.path("leftOutUnderQuota").asBoolean() && BONUSED.contains(d.path("award").asString())) {
                ballots.addObject().put("subjectId", d.path("subjectId").asString()).put("award", d.path("award").asString())
                        .put("agree", 9).put("disagree", 0).put("invalid", 0);
            }
        }
        byte[] body = JSON.writeValueAsBytes(session);

        long started = System.nanoTime();
        ApiClient.Answer recorded = api.post("/api/council/runs/" + run + "/sessions", body);
        long recording = (System.nanoTime() - started) / 1_000_000;
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().path("results")).hasSize(40);

        started = System.nanoTime();
        ApiClient.Answer drafted = api.post("/api/evaluations/" + run + "/award-decisions", "{\"decisionDate\":\"2026-01-20\"}"
                .getBytes(StandardCharsets.UTF_8));
        long drafting = (System.nanoTime() - started) / 1_000_000;
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        int entries = 0;
        for (JsonNode d : drafted.json()) {
            entries += d.path("entries").size();
        }
        assertThat(entries).isEqualTo(40);
        // Drafting again writes new drafts of the same dossiers: the time once the drafting code has run once.
        started = System.nanoTime();
        ApiClient.Answer again = api.post("/api/evaluations/" + run + "/award-decisions", "{\"decisionDate\":\"2026-01-21\"}"
                .getBytes(StandardCharsets.UTF_8));
        long redrafting = (System.nanoTime() - started) / 1_000_000;
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        System.out.println("e2e: commune-300, a session of 40 dossiers recorded in " + recording + " ms; its "
                + drafted.json().size() + " decisions (40 entries) drafted in " + drafting + " ms, again in " + redrafting
                + " ms (" + DatabaseProfiles.active() + ")");
    }

    private static final Set<String> BONUSED = Set.of(WORKER, GRASSROOTS);

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

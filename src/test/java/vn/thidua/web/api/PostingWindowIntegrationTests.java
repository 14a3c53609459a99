package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

import vn.thidua.consultation.ConsultationException;
import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.PublicList;
import vn.thidua.council.SessionInput;
import vn.thidua.council.Sessions;
import vn.thidua.testing.DatabaseProfiles;

/**
 * The posting window: a session held before a dossier's list has been posted for its award's working
 * days is recorded with a warning naming the dates; one held on the day the period is reached is not;
 * a run with no list posted is warned too; the public page shows where and how long the list is posted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class PostingWindowIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String PLACES = "Trụ sở UBND xã, nhà văn hóa thôn 1";

    @LocalServerPort
    private int port;

    @Autowired
    private Consultations consultations;

    @Autowired
    private vn.thidua.consultation.SupervisionOpinions opinions;

    @Autowired
    private JdbcTemplate jdbc;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void warnsASessionBeforeTheListHasBeenPostedLongEnoughNamingTheDates() throws Exception {
        long run = storedRun();
        JsonNode dossiers = api.get("/api/council/runs/" + run + "/dossiers").json();
        List<SessionInput.Ballot> ballots = List.of(ballot(first(dossiers, "GIA_DINH_VAN_HOA")),
                ballot(first(dossiers, "LAO_DONG_TIEN_TIEN")));

        // No list of the run is posted yet: the household's award needs 10 working days of posting.
        JsonNode unposted = record(run, ballots, "2026-01-15");
        assertThat(unposted.path("results").get(0).path("posting").path("code").asString()).isEqualTo("POSTING_NOT_PUBLISHED");
        assertThat(unposted.path("results").get(0).path("posting").path("workingDays").asInt()).isEqualTo(10);
        assertThat(unposted.path("results").get(1).has("posting")).as("Lao động tiên tiến needs no posting").isFalse();
        assertThat(texts(unposted.path("warnings"), "vi")).anySatisfy(w -> assertThat(w)
                .contains("cần niêm yết công khai 10 ngày làm việc").contains("trước phiên họp ngày 15/01/2026"));

        PublicList list = consultations.publish(run, "Danh sách đề nghị khen thưởng năm 2025", LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 30), "  " + PLACES + " ", LocalDate.of(2026, 1, 5), "thu-ky");
        assertThat(list.postingPlaces()).isEqualTo(PLACES);

        JsonNode early = record(run, ballots, "2026-01-15");
        JsonNode posting = early.path("results").get(0).path("posting");
        assertThat(posting.path("code").asString()).isEqualTo("POSTING_TOO_SHORT");
        assertThat(posting.path("listId").asLong()).isEqualTo(list.id());
        assertThat(posting.path("postedFrom").asString()).isEqualTo("2026-01-05");
        // Saturday 10/01/2026 is worked for the swapped Friday 02/01: the tenth working day after 05/01 is 16/01.
        assertThat(posting.path("reachedOn").asString()).isEqualTo("2026-01-16");
        assertThat(posting.path("heldOn").asString()).isEqualTo("2026-01-15");
        assertThat(posting.path("legalReview").asString()).isEqualTo("PENDING");
        assertThat(early.path("results").get(0).path("outcome").asString()).as("the council still decides").isEqualTo("APPROVED");
        assertThat(texts(early.path("warnings"), "vi")).anySatisfy(w -> assertThat(w)
                .contains("niêm yết từ 05/01/2026, đủ 10 ngày làm việc vào 16/01/2026; phiên họp ngày 15/01/2026"));
        assertThat(texts(early.path("warnings"), "en")).anySatisfy(w -> assertThat(w)
                .contains("posted from 05/01/2026, 10 working days reached on 16/01/2026; session on 15/01/2026"));
        JsonNode readBack = api.get("/api/council/sessions/" + early.path("id").asLong()).json();
        assertThat(readBack.path("results").get(0).path("posting").path("reachedOn").asString()).isEqualTo("2026-01-16");

        JsonNode inTime = record(run, ballots, "2026-01-16");
        assertThat(inTime.path("results").get(0).has("posting")).isFalse();
        assertThat(texts(inTime.path("warnings"), "vi")).noneSatisfy(w -> assertThat(w).contains("niêm yết"));
    }

    @Test
    void warnsAScheduleWhoseSessionIsBeforeTheListHasBeenPostedLongEnough() {
        long run = storedRun();
        PublicList list = consultations.publish(run, "Danh sách đề nghị khen thưởng năm 2025", LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 30), PLACES, LocalDate.of(2026, 1, 5), "thu-ky");
        // The Front's opinion on the list, not answered yet: every session of the schedule is warned of it (docs/operations.md §17).
        long opinion = opinions.file(list.id(), null, null, "Đề nghị niêm yết thêm ở các thôn.", new vn.thidua.accounts.Account("mttq",
                "Ủy ban MTTQ xã Đạ R'sal", true, java.util.EnumSet.of(vn.thidua.accounts.Role.OVERSIGHT, vn.thidua.accounts.Role.ADMIN),
                java.util.Set.of(), null)).opinion().id();
        ObjectNode body = JSON.createObjectNode();
        body.putObject("council").put("quorumPercent", 50);
        ArrayNode members = body.putArray("members");
        ObjectNode session = body.putArray("sessions").addObject().put("id", "S1").put("start", "2026-01-15T08:00")
                .put("minutes", 1440).put("room", "Hội trường UBND xã");
        ArrayNode available = session.putArray("availableMembers");
        String[][] council = {{"M1", "Nguyễn Văn Bình", "XA-DARSAL", "CHAIR"}, {"M2", "Trần Thị Hoa", "XA-DARSAL", "VICE_CHAIR"},
                {"M3", "Võ Thị Thu", "VHXH-DARSAL", "SECRETARY"}};
        for (String[] m : council) {
            members.addObject().put("id", m[0]).put("name", m[1]).put("unit", m[2]).put("role", m[3]);
            available.add(m[0]);
        }
        ApiClient.Answer started = api.post("/api/schedules/from-evaluation/" + run, JSON.writeValueAsBytes(body));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long id = started.json().path("id").asLong();

        java.time.Instant giveUp = java.time.Instant.now().plusSeconds(180);
        JsonNode schedule = api.get("/api/schedules/" + id).json();
        while (!schedule.has("warnings") && schedule.path("status").asString().equals("SOLVING")) {
            assertThat(java.time.Instant.now()).as("no assignment of schedule " + id + " yet").isBefore(giveUp);
            sleep();
            schedule = api.get("/api/schedules/" + id).json();
        }
        api.delete("/api/schedules/" + id);
        assertThat(texts(schedule.path("warnings"), "vi")).anySatisfy(w -> assertThat(w).startsWith("Phiên S1: ")
                .contains("niêm yết từ 05/01/2026, đủ 10 ngày làm việc vào 16/01/2026; phiên họp ngày 15/01/2026"));
        assertThat(texts(schedule.path("warnings"), "en")).anySatisfy(w -> assertThat(w).startsWith("Session S1: ")
                .contains("posted from 05/01/2026, 10 working days reached on 16/01/2026; session on 15/01/2026"));
        assertThat(texts(schedule.path("warnings"), "vi")).anySatisfy(w -> assertThat(w).startsWith("Phiên S1: Ý kiến giám sát số " + opinion
                + " của Ủy ban MTTQ xã Đạ R'sal").contains("chưa được Thường trực Hội đồng trả lời trước phiên họp ngày 15/01/2026"));
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void showsWhereAndHowLongAListIsPostedOnThePublicPages() throws Exception {
        long run = storedRun();
        LocalDate today = consultations.today();
        // Closed lists: the 300-person commune's page without the comment form (the form after a table this
        // long fails to get its CSRF token once the response is committed: a limit of the page, not of posting).
        PublicList list = consultations.publish(run, "Danh sách niêm yết", today.minusDays(20), today.minusDays(1), PLACES,
                today.minusDays(22), "thu-ky");
        PublicList online = consultations.publish(run, "Chỉ trên trang công khai", today.minusDays(20), today.minusDays(1), "thu-ky");
        PublicList current = consultations.publish(run, "Đang niêm yết", today, today.plusDays(30), PLACES, today, "thu-ky");
        ApiClient anonymous = new ApiClient(port, null, null);

        String page = anonymous.get("/public/" + list.id()).body();
        String from = today.minusDays(22).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(page).contains("Niêm yết tại: " + PLACES).contains("từ ngày " + from).contains("đủ 10 ngày làm việc vào ngày");
        assertThat(anonymous.get("/public/" + online.id()).body()).contains("Niêm yết trên trang công khai này");
        String lists = anonymous.get("/public").body();
        assertThat(lists).contains(current.title()).contains("Niêm yết tại: " + PLACES).contains("đủ 10 ngày làm việc vào ngày");
    }

    @Test
    void refusesAPostingStartAfterTheClosingDateOrPlacesTooLongAndStoresNothing() {
        long run = storedRun();
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM public_list", Integer.class);
        LocalDate opens = LocalDate.of(2026, 1, 5);

        assertThat(refused(() -> consultations.publish(run, "T", opens, opens.plusDays(10), PLACES, opens.plusDays(11), "thu-ky")))
                .isEqualTo("postedFrom");
        assertThat(refused(() -> consultations.publish(run, "T", opens, opens.plusDays(10), "x".repeat(1001), opens, "thu-ky")))
                .isEqualTo("postingPlaces");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM public_list", Integer.class)).isEqualTo(before);
    }

    private static String refused(Runnable publish) {
        try {
            publish.run();
        } catch (ConsultationException e) {
            return e.field();
        }
        throw new AssertionError("published");
    }

    private JsonNode record(long run, List<SessionInput.Ballot> ballots, String heldOn) {
        ObjectNode node = (ObjectNode) JSON.valueToTree(Sessions.commune(ballots));
        node.put("heldOn", heldOn);
        ApiClient.Answer answer = api.post("/api/council/runs/" + run + "/sessions", JSON.writeValueAsBytes(node));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    private long storedRun() {
        try {
            ApiClient.Answer evaluated = api.post("/api/evaluations", Files.readAllBytes(Path.of("data/commune-300.json")));
            assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(201);
            return evaluated.json().path("runId").asLong();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> texts(JsonNode warnings, String language) {
        List<String> texts = new ArrayList<>();
        warnings.forEach(w -> texts.add(w.path(language).asString()));
        return texts;
    }

    private static JsonNode first(JsonNode dossiers, String award) {
        for (JsonNode d : dossiers) {
            if (d.path("award").asString().equals(award) && !d.path("leftOutUnderQuota").asBoolean()
                    && "ELIGIBLE".equals(d.path("outcome").asString())) {
                return d;
            }
        }
        throw new AssertionError("no " + award + " dossier in " + dossiers);
    }

    private static SessionInput.Ballot ballot(JsonNode dossier) {
        return new SessionInput.Ballot(dossier.path("subjectId").asString(), dossier.path("award").asString(), 6, 0, 0, null);
    }
}

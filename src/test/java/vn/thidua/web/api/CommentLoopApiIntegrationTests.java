package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Accounts;
import vn.thidua.accounts.Role;
import vn.thidua.audit.RecordKind;
import vn.thidua.audit.RecordSeals;
import vn.thidua.audit.ResultRows;
import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.PublicList;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.evaluation.RunSubmissions;
import vn.thidua.testing.DatabaseProfiles;

/**
 * The comment loop and the Fatherland Front's opinions over real HTTP, each role with its own account:
 * the secretariat of Đạ R'sal answers a comment twice (both versions kept and sealed), the council, an
 * auditor and the Front read them (the Front without the commenter's name, contact or who answered), the
 * Front files opinions the secretariat answers; every refusal names its field, answers 400, 403 with the
 * reason, 404 or 409, and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class CommentLoopApiIntegrationTests {

    private static final String PASSWORD = "api-comment-loop-2026";

    @LocalServerPort
    private int port;
    @Autowired
    private Accounts accounts;
    @Autowired
    private RunSubmissions submissions;
    @Autowired
    private Consultations consultations;
    @Autowired
    private ResultRows rows;
    @Autowired
    private RecordSeals seals;
    @Autowired
    private JdbcTemplate jdbc;

    private ApiClient secretary;
    private ApiClient otherSecretary;
    private ApiClient front;
    private ApiClient schoolFront;
    private ApiClient otherFront;
    private ApiClient council;
    private ApiClient auditor;

    @BeforeEach
    void accounts() {
        secretary = client("api-thu-ky-darsal", Role.SECRETARIAT, "XA-DARSAL");
        otherSecretary = client("api-thu-ky-xa-khac", Role.SECRETARIAT, "XA-KHAC");
        front = client("api-mttq-darsal", Role.OVERSIGHT, "XA-DARSAL");
        schoolFront = client("api-mttq-truong-darsal", Role.OVERSIGHT, "TH-DARSAL");
        otherFront = client("api-mttq-xa-khac", Role.OVERSIGHT, "XA-KHAC");
        council = client("api-hoi-dong", Role.COUNCIL);
        auditor = client("api-kiem-tra", Role.AUDITOR);
    }

    @Test
    void answersACommentInVersionsThatEveryReaderSeesAndTheFrontWithoutPersonalData() {
        PublicList list = published();
        ResultRows.Row candidate = candidateOf(list, "TH-DARSAL");
        long comment = comment(list, candidate);
        String comments = "/api/public-lists/" + list.id() + "/comments";

        ApiClient.Answer first = secretary.post(comments + "/" + comment + "/answers",
                json("{\"body\": \"  Sáng kiến đã được công nhận.\\n\", \"status\": \"answered\"}"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.location()).endsWith(comments + "/" + comment);
        long firstId = first.json().path("answers").get(0).path("id").asLong();
        ApiClient.Answer second = secretary.post(comments + "/" + comment + "/answers",
                json("{\"body\": \"Đã kiểm tra hồ sơ; góp ý đã giải quyết.\", \"status\": \"RESOLVED\", \"replaces\": " + firstId + "}"));
        assertThat(second.status()).as(second.body()).isEqualTo(201);

        JsonNode staff = secretary.get(comments).json().get(0);
        assertThat(staff.path("id").asLong()).isEqualTo(comment);
        assertThat(staff.path("candidate").asString()).isEqualTo(candidate.name());
        assertThat(staff.path("status").asString()).isEqualTo("RESOLVED");
        assertThat(staff.path("authorName").asString()).isEqualTo("Trần Văn Nam");
        assertThat(staff.path("contact").asString()).isEqualTo("0912 345 678");
        assertThat(staff.path("answers")).hasSize(2);
        assertThat(staff.path("answers").get(0).path("body").asString()).isEqualTo("Sáng kiến đã được công nhận.");
        assertThat(staff.path("answers").get(0).path("status").asString()).isEqualTo("ANSWERED");
        assertThat(staff.path("answers").get(1).path("seq").asInt()).isEqualTo(2);
        assertThat(staff.path("answers").get(1).path("answeredBy").asString()).isEqualTo("api-thu-ky-darsal");
        staff.path("answers").forEach(a -> assertThat(seals.isSealed(RecordKind.ANSWER, a.path("id").asString())).isTrue());

        for (ApiClient reader : List.of(council, auditor)) {
            JsonNode read = reader.get(comments + "/" + comment).json();
            assertThat(read.path("authorName").asString()).isEqualTo("Trần Văn Nam");
            assertThat(read.path("answers")).hasSize(2);
        }
        JsonNode seenByFront = front.get(comments).json().get(0);
        assertThat(seenByFront.path("answers")).hasSize(2);
        assertThat(seenByFront.path("answers").get(1).path("body").asString()).isEqualTo("Đã kiểm tra hồ sơ; góp ý đã giải quyết.");
        assertThat(seenByFront.path("authorName").isNull()).isTrue();
        assertThat(seenByFront.path("contact").isNull()).isTrue();
        assertThat(seenByFront.path("answers").get(1).path("answeredBy").isNull()).isTrue();
        assertThat(front.get(comments).body()).doesNotContain("Trần Văn Nam", "0912", "api-thu-ky-darsal");

        assertThat(secretary.get(comments + "?status=resolved").json()).hasSize(1);
        assertThat(secretary.get(comments + "?status=open").json()).isEmpty();
        JsonNode lists = secretary.get("/api/evaluations/" + list.runId() + "/public-lists").json();
        assertThat(lists).hasSize(1);
        assertThat(lists.get(0).path("comments").asLong()).isEqualTo(1);
        assertThat(lists.get(0).path("openComments").asLong()).isZero();
    }

    @Test
    void refusesABadAnswerNamingTheFieldAndStoresNothing() {
        PublicList list = published();
        long comment = comment(list, candidateOf(list, "TH-DARSAL"));
        String answers = "/api/public-lists/" + list.id() + "/comments/" + comment + "/answers";
        long firstId = secretary.post(answers, json("{\"body\": \"Trả lời lần 1\", \"status\": \"ANSWERED\"}")).json()
                .path("answers").get(0).path("id").asLong();
        secretary.post(answers, json("{\"body\": \"Trả lời lần 2\", \"status\": \"ANSWERED\", \"replaces\": " + firstId + "}"));
        int before = answerRows();

        assertRefused(secretary.post(answers, json("{\"body\": \"" + "ý".repeat(4001) + "\", \"status\": \"ANSWERED\"}")), 400,
                "body", "Nội dung trả lời dài 4001 ký tự, quá giới hạn 4000 ký tự");
        assertRefused(secretary.post(answers, json("{\"body\": \" \", \"status\": \"ANSWERED\"}")), 400, "body",
                "Nội dung trả lời: bắt buộc");
        assertRefused(secretary.post(answers, json("{\"body\": \"Trả lời\", \"status\": \"DONE\"}")), 400, "status",
                "Trạng thái: chọn Đã trả lời");
        assertRefused(secretary.post(answers, json("{\"body\": \"Trả lời\", \"status\": \"OPEN\"}")), 400, "status",
                "Trạng thái: chọn Đã trả lời");
        assertRefused(secretary.post(answers, json("{\"body\": \"Trả lời\", \"status\": \"ANSWERED\", \"replaces\": " + firstId + "}")),
                409, "replaces", "Góp ý số " + comment + " vừa được trả lời (lần 2)");
        assertRefused(secretary.post(answers, json("{\"body\": \"Trả lời\", \"status\": \"ANSWERED\", \"replaces\": 999999999}")), 400,
                "replaces", "Câu trả lời số 999999999 không phải câu trả lời của góp ý số " + comment);
        assertRefused(secretary.post(answers, json("{\"body\": \"Trả lời\", \"status\": \"ANSWERED\", \"replaces\": \"hai\"}")), 400,
                "replaces", "sai kiểu dữ liệu");
        assertRefused(secretary.post(answers, json("không phải JSON")), 400, "$", "không phải JSON");
        assertRefused(otherSecretary.post(answers, json("{\"body\": \"Trả lời\", \"status\": \"ANSWERED\"}")), 403, "comment",
                "Góp ý số " + comment + " thuộc danh sách của đơn vị bạn không phụ trách");
        assertRefused(secretary.post("/api/public-lists/" + list.id() + "/comments/999999999/answers",
                json("{\"body\": \"Trả lời\", \"status\": \"ANSWERED\"}")), 404, "comment", "Không có góp ý số 999999999");
        assertThat(front.post(answers, json("{\"body\": \"Trả lời\", \"status\": \"ANSWERED\"}")).status()).isEqualTo(403);

        assertThat(answerRows()).isEqualTo(before);
    }

    @Test
    void refusesReadingAListOfOtherUnitsWithTheReasonAndAnUnknownOneWith404() {
        PublicList list = published();
        String comments = "/api/public-lists/" + list.id() + "/comments";

        for (ApiClient outsider : List.of(otherSecretary, otherFront)) {
            ApiClient.Answer refused = outsider.get(comments);
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("detail").asString()).contains("concerns none of your units");
            assertThat(outsider.get("/api/public-lists/" + list.id() + "/opinions").status()).isEqualTo(403);
        }
        assertThat(secretary.get("/api/public-lists/999999999/comments").status()).isEqualTo(404);
        assertThat(secretary.get(comments + "/999999999").status()).isEqualTo(404);
        assertRefused(secretary.get(comments + "?status=closed"), 400, "status", "Trạng thái \"closed\" không có");
    }

    @Test
    void theFrontFilesOpinionsTheSecretariatAnswersAndRefusalsStoreNothing() {
        PublicList list = published();
        ResultRows.Row school = candidateOf(list, "TH-DARSAL");
        ResultRows.Row commune = candidateOf(list, "XA-DARSAL");
        String opinions = "/api/public-lists/" + list.id() + "/opinions";

        ApiClient.Answer onList = front.post(opinions, json("{\"body\": \"Đề nghị niêm yết thêm ở thôn.\"}"));
        assertThat(onList.status()).as(onList.body()).isEqualTo(201);
        long listOpinion = onList.json().path("id").asLong();
        assertThat(onList.location()).endsWith(opinions + "/" + listOpinion);
        assertThat(onList.json().path("subjectId").isNull()).isTrue();
        assertThat(onList.json().path("status").asString()).isEqualTo("OPEN");
        ApiClient.Answer onCandidate = schoolFront.post(opinions, json("{\"subjectId\": \"" + school.subjectId() + "\", \"award\": \""
                + school.award().name() + "\", \"body\": \"Làm rõ sáng kiến.\"}"));
        assertThat(onCandidate.status()).as(onCandidate.body()).isEqualTo(201);
        assertThat(onCandidate.json().path("candidate").asString()).isEqualTo(school.name());
        assertThat(seals.isSealed(RecordKind.SUPERVISION_OPINION, onList.json().path("id").asString())).isTrue();
        int before = opinionRows();

        assertRefused(otherFront.post(opinions, json("{\"body\": \"Ý kiến\"}")), 403, "list", "không thuộc đơn vị bạn giám sát");
        assertRefused(schoolFront.post(opinions, json("{\"subjectId\": \"" + commune.subjectId() + "\", \"award\": \""
                + commune.award().name() + "\", \"body\": \"Ý kiến\"}")), 403, "candidate", "đơn vị bạn không giám sát");
        assertRefused(front.post(opinions, json("{\"subjectId\": \"CN-9999\", \"award\": \"LAO_DONG_TIEN_TIEN\", \"body\": \"Ý kiến\"}")),
                400, "candidate", "Không có CN-9999 được đề nghị LAO_DONG_TIEN_TIEN");
        assertRefused(front.post(opinions, json("{\"body\": \"" + "ý".repeat(4001) + "\"}")), 400, "body",
                "Nội dung ý kiến giám sát dài 4001 ký tự");
        assertRefused(front.post("/api/public-lists/999999999/opinions", json("{\"body\": \"Ý kiến\"}")), 404, "list",
                "Không có danh sách số 999999999");
        assertThat(secretary.post(opinions, json("{\"body\": \"Ý kiến\"}")).status()).as("only the Front files").isEqualTo(403);
        assertThat(opinionRows()).isEqualTo(before);

        ApiClient.Answer answered = secretary.post(opinions + "/" + listOpinion + "/answers",
                json("{\"body\": \"Đã niêm yết thêm tại nhà văn hóa thôn.\", \"status\": \"RESOLVED\"}"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        assertThat(answered.json().path("status").asString()).isEqualTo("RESOLVED");
        int answersBefore = answerRows();
        assertRefused(otherSecretary.post(opinions + "/" + listOpinion + "/answers", json("{\"body\": \"Trả lời\", \"status\": \"ANSWERED\"}")),
                403, "opinion", "thuộc danh sách của đơn vị bạn không phụ trách");
        assertRefused(secretary.post(opinions + "/" + listOpinion + "/answers", json("{\"body\": \"Trả lời\", \"status\": \"ANSWERED\"}")),
                409, "replaces", "vừa được trả lời (lần 1)");
        assertRefused(secretary.post(opinions + "/999999999/answers", json("{\"body\": \"Trả lời\", \"status\": \"ANSWERED\"}")),
                404, "opinion", "Không có ý kiến giám sát số 999999999");
        assertThat(answerRows()).isEqualTo(answersBefore);

        JsonNode ofRun = council.get("/api/evaluations/" + list.runId() + "/opinions").json();
        assertThat(ofRun).hasSize(2);
        assertThat(ofRun.get(0).path("answers").get(0).path("answeredBy").asString()).isEqualTo("api-thu-ky-darsal");
        JsonNode seenByFront = front.get(opinions + "/" + listOpinion).json();
        assertThat(seenByFront.path("answers").get(0).path("body").asString()).isEqualTo("Đã niêm yết thêm tại nhà văn hóa thôn.");
        assertThat(seenByFront.path("answers").get(0).path("answeredBy").isNull()).isTrue();
        JsonNode lists = front.get("/api/evaluations/" + list.runId() + "/public-lists").json();
        assertThat(lists.get(0).path("opinions").asLong()).isEqualTo(2);
        assertThat(lists.get(0).path("unansweredOpinions").asLong()).isEqualTo(1);
    }

    private static void assertRefused(ApiClient.Answer answer, int status, String field, String message) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        List<String> errors = new ArrayList<>();
        answer.json().path("errors").forEach(e -> errors.add(e.path("path").asString() + ": " + e.path("message").asString()));
        assertThat(errors).as(answer.body()).singleElement().satisfies(e -> assertThat(e).startsWith(field + ": ").contains(message));
    }

    /** The sample commune submitted by Đạ R'sal's secretariat, its list open today. */
    private PublicList published() {
        Account submitter = accounts.find("api-thu-ky-darsal").orElseThrow();
        long run = submissions.submit(SampleRequests.commune(), submitter).runId();
        return consultations.publish(run, "Danh sách đề nghị khen thưởng năm 2025 – API", consultations.today(),
                consultations.today().plusDays(10), submitter.username());
    }

    private long comment(PublicList list, ResultRows.Row candidate) {
        consultations.comment(list, candidate.subjectId(), candidate.award().name(), "Trần Văn Nam", "0912 345 678",
                "Đề nghị làm rõ sáng kiến năm 2025.");
        return consultations.onList(list.id()).get(0).id();
    }

    private ResultRows.Row candidateOf(PublicList list, String unit) {
        return rows.proposed(list.runId(), 1, ResultRows.MAX_SIZE).rows().stream().filter(r -> r.unit().equals(unit)).findFirst()
                .orElseThrow(() -> new AssertionError("the sample proposes no candidate of " + unit));
    }

    private int answerRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consultation_answer", Integer.class);
    }

    private int opinionRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM supervision_opinion", Integer.class);
    }

    private ApiClient client(String name, Role role, String... units) {
        if (accounts.find(name).isEmpty()) {
            accounts.create(new Account(name, name, true, EnumSet.of(role), Set.of(units), null), PASSWORD);
        }
        return new ApiClient(port, name, PASSWORD);
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package vn.thidua.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.audit.RecordKind;
import vn.thidua.audit.RecordSeals;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Outcome;
import vn.thidua.evaluation.RunSubmissions;
import vn.thidua.testing.DatabaseProfiles;

/**
 * The comment loop against the real database: the secretariat of the list's unit answers a comment,
 * a later answer supersedes it and both versions are kept, the newest gives the comment its status,
 * each version is sealed; the public's view carries neither the commenter's name nor their contact;
 * every refusal names its field in both languages and stores nothing. Each test publishes its own
 * list on its own run, since the database is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class CommentAnswersIntegrationTests {

    private static final Account SECRETARY = account("thu-ky-darsal", Role.SECRETARIAT, "XA-DARSAL");
    private static final Account OTHER_COMMUNE = account("thu-ky-xa-khac", Role.SECRETARIAT, "XA-KHAC");
    private static final Account COUNCIL = account("uy-vien", Role.COUNCIL, "XA-DARSAL");
    private static final Account ADMIN = account("quan-tri", Role.ADMIN);

    @Autowired
    private Consultations consultations;
    @Autowired
    private CommentAnswers answers;
    @Autowired
    private RunSubmissions submissions;
    @Autowired
    private RecordSeals seals;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void answersACommentPubliclyAndTheAnswerGivesTheCommentItsStatus() {
        Commented c = commented();

        CommentThread answered = answers.answer(c.list.id(), c.comment.id(), "  Đã xác minh với thôn: thông tin đúng.\n", "ANSWERED",
                null, SECRETARY);

        assertThat(answered.status()).isEqualTo(CommentStatus.ANSWERED);
        assertThat(answered.current().body()).isEqualTo("Đã xác minh với thôn: thông tin đúng.");
        assertThat(answered.current().seq()).isEqualTo(1);
        assertThat(answered.current().answeredBy()).isEqualTo(SECRETARY.username());
        assertThat(answered.superseded()).isEmpty();
        assertThat(consultations.comment(c.comment.id()).orElseThrow().status()).isEqualTo("ANSWERED");
        assertThat(seals.isSealed(RecordKind.ANSWER, String.valueOf(answered.current().id()))).isTrue();
        // public_comment.status keeps what it was received with: the status that counts is sealed with the answer.
        assertThat(jdbc.queryForObject("SELECT status FROM public_comment WHERE id = ?", String.class, c.comment.id())).isEqualTo("OPEN");
    }

    @Test
    void supersedesAnAnswerKeepingEveryVersionAndTheNewestCounts() {
        Commented c = commented();
        answers.answer(c.list.id(), c.comment.id(), "Đang xác minh.", "ANSWERED", null, SECRETARY);
        answers.answer(c.list.id(), c.comment.id(), "Đã chuyển Hội đồng xem xét.", "FORWARDED", 1, SECRETARY);

        CommentThread thread = answers.answer(c.list.id(), c.comment.id(), "Hội đồng đã xem xét, giữ đề nghị.", "resolved", 2, ADMIN);

        assertThat(thread.answers()).extracting(Answer::seq).containsExactly(1, 2, 3);
        assertThat(thread.answers()).extracting(Answer::body)
                .containsExactly("Đang xác minh.", "Đã chuyển Hội đồng xem xét.", "Hội đồng đã xem xét, giữ đề nghị.");
        assertThat(thread.answers()).extracting(Answer::status)
                .containsExactly(CommentStatus.ANSWERED, CommentStatus.FORWARDED, CommentStatus.RESOLVED);
        assertThat(thread.status()).isEqualTo(CommentStatus.RESOLVED);
        assertThat(thread.superseded()).extracting(Answer::seq).containsExactly(2, 1);
        assertThat(answers.publicThreads(c.list.id())).singleElement()
                .satisfies(p -> assertThat(p.answer()).isEqualTo("Hội đồng đã xem xét, giữ đề nghị."));
        thread.answers().forEach(a -> assertThat(seals.isSealed(RecordKind.ANSWER, String.valueOf(a.id()))).isTrue());
    }

    @Test
    void listsAListsCommentsByStatusWithTheirCounts() {
        Commented c = commented();
        EligibilityDecision candidate = c.candidate;
        PublicComment second = comment(c.list, candidate, "Thứ hai");
        PublicComment third = comment(c.list, candidate, "Thứ ba");
        comment(c.list, candidate, "Thứ tư");
        answers.answer(c.list.id(), c.comment.id(), "Trả lời", "ANSWERED", null, SECRETARY);
        answers.answer(c.list.id(), second.id(), "Đã giải quyết", "RESOLVED", null, SECRETARY);
        answers.answer(c.list.id(), third.id(), "Chuyển Hội đồng", "FORWARDED", null, SECRETARY);

        assertThat(answers.counts(c.list.id())).containsEntry(CommentStatus.OPEN, 1L).containsEntry(CommentStatus.ANSWERED, 1L)
                .containsEntry(CommentStatus.RESOLVED, 1L).containsEntry(CommentStatus.FORWARDED, 1L);
        assertThat(answers.threads(c.list.id(), null)).extracting(t -> t.comment().body())
                .containsExactly("Anh ấy gương mẫu ở thôn.", "Thứ hai", "Thứ ba", "Thứ tư");
        assertThat(answers.threads(c.list.id(), CommentStatus.OPEN)).extracting(t -> t.comment().body()).containsExactly("Thứ tư");
        assertThat(answers.threads(c.list.id(), CommentStatus.FORWARDED)).extracting(t -> t.comment().body()).containsExactly("Thứ ba");
        assertThat(answers.about(c.list.runId(), candidate.subjectId(), candidate.award().name())).hasSize(4);
    }

    @Test
    void showsThePublicNeitherTheCommentersNameNorTheirContactNorWhoAnswered() {
        Commented c = commented();
        answers.answer(c.list.id(), c.comment.id(), "Cảm ơn ý kiến.", "ANSWERED", null, SECRETARY);

        PublicThread shown = answers.publicThreads(c.list.id()).get(0);

        assertThat(Arrays.stream(PublicThread.class.getRecordComponents()).map(r -> r.getName()))
                .doesNotContain("authorName", "contact", "answeredBy");
        assertThat(shown.toString()).doesNotContain("Ka Thị Lan", "0912 000 111", SECRETARY.username());
        assertThat(shown.body()).isEqualTo("Anh ấy gương mẫu ở thôn.");
        assertThat(shown.answer()).isEqualTo("Cảm ơn ý kiến.");
        assertThat(shown.status()).isEqualTo(CommentStatus.ANSWERED);
    }

    @Test
    void refusesAnEmptyOrOverlongAnswerOrNoStatusAndStoresNothing() {
        Commented c = commented();
        long id = c.comment.id();

        for (String body : new String[] {null, "", " \n\t "}) {
            assertRefused(() -> answers.answer(c.list.id(), id, body, "ANSWERED", null, SECRETARY), "body",
                    "Nội dung trả lời: bắt buộc, không được để trống", "The answer: required, it may not be empty");
        }
        assertRefused(() -> answers.answer(c.list.id(), id, "ộ".repeat(4001), "ANSWERED", null, SECRETARY), "body",
                "Nội dung trả lời dài 4001 ký tự, quá giới hạn 4000 ký tự", "The answer is 4001 characters long, more than the 4000 allowed");
        for (String status : new String[] {null, "", "OPEN", "DELETED"}) {
            assertRefused(() -> answers.answer(c.list.id(), id, "Trả lời", status, null, SECRETARY), "status",
                    "Trạng thái: chọn Đã trả lời, Đã giải quyết hoặc Chuyển Hội đồng",
                    "Status: choose Answered, Resolved or Forwarded to the council");
        }
        assertThat(answersTo(id)).isZero();
        // The longest answer is stored whole.
        String longest = "Đã xác minh, đúng. ".repeat(210) + "Đúng thật.";
        assertThat(longest).hasSize(4000);
        assertThat(answers.answer(c.list.id(), id, longest, "ANSWERED", null, SECRETARY).current().body()).isEqualTo(longest);
    }

    @Test
    void refusesAnUnknownCommentOrOneOfAnotherListAndStoresNothing() {
        Commented c = commented();
        Commented other = commented();
        long unknown = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1000 FROM public_comment", Long.class);

        assertRefused(() -> answers.answer(c.list.id(), unknown, "Trả lời", "ANSWERED", null, SECRETARY), "comment",
                "Không có góp ý số " + unknown + " trong danh sách này", "There is no comment " + unknown + " on this list");
        assertRefused(() -> answers.answer(c.list.id(), other.comment.id(), "Trả lời", "ANSWERED", null, SECRETARY), "comment",
                "Không có góp ý số " + other.comment.id() + " trong danh sách này",
                "There is no comment " + other.comment.id() + " on this list");
        assertThat(answersTo(other.comment.id())).isZero();
    }

    @Test
    void refusesAnAnswerFromTheSecretariatOfAnotherUnitOrFromACouncilMemberAndStoresNothing() {
        Commented c = commented();
        long id = c.comment.id();

        for (Account outsider : List.of(OTHER_COMMUNE, COUNCIL)) {
            assertRefused(() -> answers.answer(c.list.id(), id, "Trả lời", "ANSWERED", null, outsider), "comment",
                    "Góp ý số " + id + " thuộc danh sách của đơn vị bạn không phụ trách: bạn không trả lời được",
                    "Comment " + id + " is on a list of a unit you are not responsible for: you may not answer it");
        }
        assertThat(answersTo(id)).isZero();
    }

    @Test
    void refusesAnAnswerWrittenOverOneItsWriterHadNotSeen() {
        Commented c = commented();
        long id = c.comment.id();
        answers.answer(c.list.id(), id, "Trả lời thứ nhất", "ANSWERED", null, SECRETARY);

        // Written from a page read before the first answer: it would overwrite it unseen.
        assertRefused(() -> answers.answer(c.list.id(), id, "Trả lời khác", "RESOLVED", null, ADMIN), "replaces",
                "Góp ý số " + id + " vừa được trả lời (lần 1) trong khi bạn soạn: đọc câu trả lời mới rồi trả lời lại",
                "Comment " + id + " was answered (version 1) while you were writing: read the new answer, then answer again");
        assertThat(answersTo(id)).isOne();
        assertThat(answers.threads(c.list.id(), null).get(0).current().body()).isEqualTo("Trả lời thứ nhất");
    }

    private record Commented(PublicList list, EligibilityDecision candidate, PublicComment comment) {
    }

    /** A run of the sample commune submitted by the commune's secretariat, its list open today and one comment on it. */
    private Commented commented() {
        Evaluation run = submissions.submit(SampleRequests.commune(), SECRETARY);
        EligibilityDecision candidate = run.decisions().stream().filter(d -> d.outcome() == Outcome.ELIGIBLE).findFirst().orElseThrow();
        LocalDate today = consultations.today();
        PublicList list = consultations.publish(run.runId(), "Danh sách đề nghị khen thưởng năm 2025", today.minusDays(1),
                today.plusDays(10), SECRETARY.username());
        consultations.comment(list, candidate.subjectId(), candidate.award().name(), "Ka Thị Lan", "0912 000 111",
                "Anh ấy gương mẫu ở thôn.");
        return new Commented(list, candidate, consultations.onList(list.id()).get(0));
    }

    private PublicComment comment(PublicList list, EligibilityDecision candidate, String body) {
        consultations.comment(list, candidate.subjectId(), candidate.award().name(), "Người dân", null, body);
        List<PublicComment> all = consultations.onList(list.id());
        return all.get(all.size() - 1);
    }

    private int answersTo(long commentId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consultation_answer WHERE comment_id = ?", Integer.class, commentId);
    }

    private static Account account(String name, Role role, String... units) {
        return new Account(name, name, true, EnumSet.of(role), Set.of(units), null);
    }

    private static void assertRefused(Executable action, String field, String messageVi, String messageEn) {
        ConsultationException refused = catchThrowableOfType(ConsultationException.class, action::execute);
        assertThat(refused).as("refused on " + field).isNotNull();
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.messageVi()).isEqualTo(messageVi);
        assertThat(refused.getMessage()).isEqualTo(messageEn);
    }
}

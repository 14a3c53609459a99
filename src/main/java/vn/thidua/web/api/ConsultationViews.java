package vn.thidua.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.thidua.consultation.Answer;
import vn.thidua.consultation.CommentStatus;
import vn.thidua.consultation.CommentThread;
import vn.thidua.consultation.Opinion;
import vn.thidua.consultation.OpinionThread;
import vn.thidua.consultation.PublicComment;
import vn.thidua.consultation.PublicList;

/**
 * What the REST API answers about published lists, comments, supervision opinions and their answers.
 * Who wrote a comment, their contact and who answered are staff's to read (the pages of the secretariat,
 * the council, auditors and administrators show them): for the Fatherland Front they are null, as its
 * pages show neither (docs/operations.md §19).
 */
final class ConsultationViews {

    private ConsultationViews() {
    }

    @Schema(description = "A run's list published for comment, with how many comments and supervision opinions it has")
    record ListView(@Schema(example = "7") long id, @Schema(example = "12") long runId,
            @Schema(example = "Danh sách đề nghị khen thưởng năm 2025") String title,
            @Schema(example = "2026-01-02") LocalDate opensOn, @Schema(example = "2026-01-16") LocalDate closesOn,
            @Schema(description = "Where it is posted (niêm yết); null: on the public page only", nullable = true,
                    example = "Trụ sở UBND xã, nhà văn hóa thôn") String postingPlaces,
            @Schema(example = "2026-01-02") LocalDate postedFrom,
            @Schema(description = "Comments received", example = "3") long comments,
            @Schema(description = "Comments not answered yet", example = "1") long openComments,
            @Schema(description = "Supervision opinions filed", example = "2") long opinions,
            @Schema(description = "Supervision opinions not answered yet", example = "0") long unansweredOpinions) {

        static ListView of(PublicList l, Map<CommentStatus, Long> counts, List<OpinionThread> opinions) {
            return new ListView(l.id(), l.runId(), l.title(), l.opensOn(), l.closesOn(), l.postingPlaces(), l.postedFrom(),
                    counts.values().stream().mapToLong(Long::longValue).sum(), counts.getOrDefault(CommentStatus.OPEN, 0L),
                    opinions.size(), opinions.stream().filter(t -> !t.answered()).count());
        }
    }

    @Schema(description = "One version of the secretariat's answer; a later version supersedes it and both are kept")
    record AnswerView(@Schema(description = "Its id, which a new version names in replaces", example = "41") long id,
            @Schema(description = "1 for the first version, each later one more", example = "1") int seq,
            @Schema(example = "Bà Hoa đã hoàn thành sáng kiến năm 2025; hồ sơ kèm biên bản công nhận.") String body,
            @Schema(example = "ANSWERED") CommentStatus status,
            @Schema(example = "2026-01-08T02:15:00Z") Instant answeredAt,
            @Schema(description = "Who answered (null for the Fatherland Front)", nullable = true, example = "thu-ky-darsal") String answeredBy) {

        static AnswerView of(Answer a, boolean staff) {
            return new AnswerView(a.id(), a.seq(), a.body(), a.status(), a.answeredAt(), staff ? a.answeredBy() : null);
        }
    }

    @Schema(description = "A public comment on a candidate of the list, with every version of its answer, oldest first")
    record CommentView(@Schema(example = "15") long id, @Schema(example = "7") long listId,
            @Schema(example = "CN-0003") String subjectId, @Schema(example = "LAO_DONG_TIEN_TIEN") String award,
            @Schema(description = "The candidate's name as the public list shows it", nullable = true, example = "Nguyễn Thị Hoa") String candidate,
            @Schema(example = "Đề nghị làm rõ sáng kiến năm 2025 của cô Hoa.") String body,
            @Schema(example = "2026-01-05T03:00:00Z") Instant receivedAt,
            @Schema(description = "OPEN until answered, then the newest answer's status", example = "ANSWERED") CommentStatus status,
            @Schema(description = "The commenter's name (null for the Fatherland Front)", nullable = true, example = "Trần Văn Nam") String authorName,
            @Schema(description = "The commenter's contact, when given (null for the Fatherland Front)", nullable = true, example = "0912 345 678")
            String contact,
            List<AnswerView> answers) {

        static CommentView of(CommentThread t, Map<String, String> names, boolean staff) {
            PublicComment c = t.comment();
            return new CommentView(c.id(), c.listId(), c.subjectId(), c.award(), names.get(c.subjectId()), c.body(), c.createdAt(),
                    t.status(), staff ? c.authorName() : null, staff ? c.contact() : null,
                    t.answers().stream().map(a -> AnswerView.of(a, staff)).toList());
        }
    }

    @Schema(description = "A supervision opinion of the Fatherland Front on the list or one candidate of it, with every version "
            + "of the secretariat's answer, oldest first")
    record OpinionView(@Schema(example = "4") long id, @Schema(example = "7") long listId,
            @Schema(description = "The candidate; null for an opinion on the whole list", nullable = true, example = "CN-0003") String subjectId,
            @Schema(description = "null for an opinion on the whole list", nullable = true, example = "LAO_DONG_TIEN_TIEN") String award,
            @Schema(description = "The candidate's name; null for the whole list", nullable = true, example = "Nguyễn Thị Hoa") String candidate,
            @Schema(example = "Đề nghị niêm yết danh sách tại cả ba thôn.") String body,
            @Schema(description = "The committee's account", example = "mttq-darsal") String filedBy,
            @Schema(description = "The committee as its account names it", example = "Ủy ban MTTQ xã Đạ R'sal") String filedByName,
            @Schema(example = "2026-01-06T01:30:00Z") Instant filedAt,
            @Schema(description = "OPEN until answered, then the newest answer's status", example = "OPEN") CommentStatus status,
            List<AnswerView> answers) {

        static OpinionView of(OpinionThread t, Map<String, String> names, boolean staff) {
            Opinion o = t.opinion();
            return new OpinionView(o.id(), o.listId(), o.subjectId(), o.award(), o.onList() ? null : names.get(o.subjectId()), o.body(),
                    o.filedBy(), o.filedByName(), o.filedAt(), t.status(), t.answers().stream().map(a -> AnswerView.of(a, staff)).toList());
        }
    }

    @Schema(description = "An answer to a comment or a supervision opinion, or a new version of the answer in force")
    record AnswerRequest(
            @Schema(description = "The answer, at most 4,000 characters", requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "Sáng kiến của bà Hoa đã được Hội đồng sáng kiến xã công nhận ngày 10/12/2025.") String body,
            @Schema(description = "What the answer makes of it", requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"ANSWERED", "RESOLVED", "FORWARDED"}, example = "ANSWERED") String status,
            @Schema(description = "The id of the answer in force this one supersedes; absent or null for the first answer. "
                    + "Answered meanwhile by someone else: 409", example = "41", nullable = true) Long replaces) {
    }

    @Schema(description = "A supervision opinion on the whole list, or with subjectId and award on one candidate of it")
    record OpinionRequest(
            @Schema(description = "The candidate's subject id; absent or null for the whole list", example = "CN-0003",
                    nullable = true) String subjectId,
            @Schema(description = "The candidate's award, with subjectId", example = "LAO_DONG_TIEN_TIEN", nullable = true) String award,
            @Schema(description = "The opinion, at most 4,000 characters", requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "Đề nghị Thường trực Hội đồng làm rõ sáng kiến năm 2025 của bà Hoa trước phiên họp.") String body) {
    }
}

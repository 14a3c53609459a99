package vn.thidua.consultation;

import static vn.thidua.consultation.ConsultationException.Reason.CONFLICT;

import java.util.List;

/** The checks every answer passes, to a comment or to an opinion, with their refusals in Vietnamese and English. */
final class Answers {

    /** An answer as it will be stored: its text stripped, its status. */
    record Checked(String body, CommentStatus status) {
    }

    private Answers() {
    }

    static Checked check(String body, String status, int limit) {
        if (body == null || body.isBlank()) {
            throw new ConsultationException("body", "Nội dung trả lời: bắt buộc, không được để trống",
                    "The answer: required, it may not be empty");
        }
        String text = body.strip();
        if (text.length() > limit) {
            throw new ConsultationException("body", "Nội dung trả lời dài " + text.length() + " ký tự, quá giới hạn " + limit + " ký tự",
                    "The answer is " + text.length() + " characters long, more than the " + limit + " allowed");
        }
        CommentStatus given = CommentStatus.named(status).filter(CommentStatus::answerable)
                .orElseThrow(() -> new ConsultationException("status", "Trạng thái: chọn Đã trả lời, Đã giải quyết hoặc Chuyển Hội đồng",
                        "Status: choose Answered, Resolved or Forwarded to the council"));
        return new Checked(text, given);
    }

    /**
     * The seq of the answer a client saw as current, named by its id (as the REST API names it): 0 for
     * null (it saw none); refused, naming {@code replaces}, when no answer with that id is on the thread.
     */
    static int seqOf(List<Answer> answers, Long answerId, String whatVi, String whatEn) {
        if (answerId == null) {
            return 0;
        }
        return answers.stream().filter(a -> a.id() == answerId).mapToInt(Answer::seq).findFirst()
                .orElseThrow(() -> new ConsultationException("replaces", "Câu trả lời số " + answerId + " không phải câu trả lời của "
                        + whatVi, "Answer " + answerId + " is not an answer to " + whatEn));
    }

    static ConsultationException answeredMeanwhile(String whatVi, String whatEn, int version) {
        return new ConsultationException(CONFLICT, "replaces", whatVi + " vừa được trả lời (lần " + version + ") trong khi bạn soạn:"
                + " đọc câu trả lời mới rồi trả lời lại", whatEn + " was answered (version " + version + ") while you were writing:"
                + " read the new answer, then answer again");
    }
}

package vn.thidua.consultation;

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

    static ConsultationException answeredMeanwhile(String whatVi, String whatEn, int version) {
        return new ConsultationException("replaces", whatVi + " vừa được trả lời (lần " + version + ") trong khi bạn soạn:"
                + " đọc câu trả lời mới rồi trả lời lại", whatEn + " was answered (version " + version + ") while you were writing:"
                + " read the new answer, then answer again");
    }
}

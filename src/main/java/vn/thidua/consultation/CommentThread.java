package vn.thidua.consultation;

import java.util.List;

/**
 * A public comment with every version of its answer, oldest first, as staff see it. The comment's
 * status is its newest answer's, or OPEN when it has none.
 */
public record CommentThread(PublicComment comment, List<Answer> answers) {

    public CommentThread {
        answers = List.copyOf(answers);
    }

    /** The answer in force: the newest version, or null when the comment is not answered. */
    public Answer current() {
        return answers.isEmpty() ? null : answers.get(answers.size() - 1);
    }

    public CommentStatus status() {
        return answers.isEmpty() ? CommentStatus.OPEN : current().status();
    }

    /** The versions the current answer superseded, newest first (empty when there is at most one). */
    public List<Answer> superseded() {
        List<Answer> earlier = new java.util.ArrayList<>(answers.subList(0, Math.max(0, answers.size() - 1)));
        java.util.Collections.reverse(earlier);
        return earlier;
    }
}

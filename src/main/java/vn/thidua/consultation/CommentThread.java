package vn.thidua.consultation;

import java.util.List;

/** A public comment with every version of its answer, oldest first, as staff see it. */
public record CommentThread(PublicComment comment, List<Answer> answers) implements Answered {

    public CommentThread {
        answers = List.copyOf(answers);
    }
}

package vn.thidua.consultation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Something the secretariat answers (a comment, an opinion) with every version of its answer, oldest
 * first: OPEN until the first answer, then the status its newest answer gives it.
 */
public interface Answered {

    List<Answer> answers();

    /** The answer in force: the newest version, or null when there is none. */
    default Answer current() {
        return answers().isEmpty() ? null : answers().get(answers().size() - 1);
    }

    default CommentStatus status() {
        return answers().isEmpty() ? CommentStatus.OPEN : current().status();
    }

    default boolean answered() {
        return !answers().isEmpty();
    }

    /** The versions the current answer superseded, newest first (empty when there is at most one). */
    default List<Answer> superseded() {
        List<Answer> earlier = new ArrayList<>(answers().subList(0, Math.max(0, answers().size() - 1)));
        Collections.reverse(earlier);
        return earlier;
    }
}

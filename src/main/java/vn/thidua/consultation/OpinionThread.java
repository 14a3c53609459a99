package vn.thidua.consultation;

import java.util.List;

/** A supervision opinion with every version of the secretariat's answer, oldest first. */
public record OpinionThread(Opinion opinion, List<Answer> answers) implements Answered {

    public OpinionThread {
        answers = List.copyOf(answers);
    }
}

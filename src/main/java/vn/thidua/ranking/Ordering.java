package vn.thidua.ranking;

import java.util.Comparator;
import java.util.List;

/** The policy's steps as one order; the last step, SUBJECT_ID, leaves no two candidates equal. */
final class Ordering implements Comparator<Candidate> {

    private final List<Step> steps;

    Ordering(List<StepLabel> order) {
        this.steps = order.stream().map(StepLabel::step).toList();
    }

    @Override
    public int compare(Candidate a, Candidate b) {
        for (Step step : steps) {
            int order = step.compare(a, b);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** The first step that separates two candidates: the one that decided their order. */
    Step decisive(Candidate a, Candidate b) {
        for (Step step : steps) {
            if (step.compare(a, b) != 0) {
                return step;
            }
        }
        return Step.SUBJECT_ID;
    }

    /** Whether the step comes before the merit score (or the weighted score) in this order. */
    boolean beforeScore(Step step) {
        for (Step each : steps) {
            if (each == Step.MERIT || each == Step.WEIGHTED_SCORE) {
                return false;
            }
            if (each == step) {
                return true;
            }
        }
        return false;
    }
}

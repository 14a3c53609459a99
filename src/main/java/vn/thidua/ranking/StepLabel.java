package vn.thidua.ranking;

/** An ordering step with its legal anchor, or "Policy [P]" when no text requires it. */
public record StepLabel(Step step, String anchor) {
}

package vn.thidua.scheduling;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A scheduling result (docs/request-and-result.md §4). {@code score} is the solver's score in its
 * string form ("0hard/-1medium/-420soft"); {@code feasible} is true when no hard constraint is
 * broken; every dossier is either in {@code assignments} or in {@code unassigned}.
 */
@JsonPropertyOrder({"score", "feasible", "assignments", "unassigned", "constraints"})
public record ScheduleResult(
        String score,
        boolean feasible,
        List<Assignment> assignments,
        List<Unassigned> unassigned,
        List<ConstraintScore> constraints) {

    /** A dossier placed in a session, with exactly the session's available members who recuse from it. */
    public record Assignment(String dossier, String session, List<String> recused) {
    }

    /** A dossier left out, with the reason in Vietnamese ({@code reason}) and English ({@code reasonEn}). */
    public record Unassigned(String dossier, String reason, String reasonEn) {
    }

    /** One constraint's share of the score and how many times it matched. */
    public record ConstraintScore(String name, String score, int matches) {
    }
}

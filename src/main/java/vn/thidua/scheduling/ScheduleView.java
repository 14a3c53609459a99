package vn.thidua.scheduling;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A schedule as the API shows it: its status and, while solving, the best result found so far;
 * once ended, the final result. {@code sourceRunId} names the evaluation run it was built from;
 * {@code error} says why a solve failed. {@code warnings} are computed when the schedule is read, not
 * stored: a dossier placed in a session held before its list has been posted long enough (the
 * posting window, docs/operations.md §15); absent when there is none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "status", "sourceRunId", "createdAt", "updatedAt", "result", "error", "warnings"})
public record ScheduleView(
        long id,
        ScheduleStatus status,
        Long sourceRunId,
        Instant createdAt,
        Instant updatedAt,
        ScheduleResult result,
        String error,
        List<vn.thidua.eligibility.Text> warnings) {

    /** A schedule as stored, without warnings. */
    public ScheduleView(long id, ScheduleStatus status, Long sourceRunId, Instant createdAt, Instant updatedAt, ScheduleResult result,
            String error) {
        this(id, status, sourceRunId, createdAt, updatedAt, result, error, null);
    }

    /** The same schedule with these warnings; none leaves it without. */
    public ScheduleView withWarnings(List<vn.thidua.eligibility.Text> found) {
        return new ScheduleView(id, status, sourceRunId, createdAt, updatedAt, result, error, found.isEmpty() ? null : List.copyOf(found));
    }
}

package vn.thidua.scheduling;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A schedule as the API shows it: its status and, while solving, the best result found so far;
 * once ended, the final result. {@code sourceRunId} names the evaluation run it was built from;
 * {@code error} says why a solve failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "status", "sourceRunId", "createdAt", "updatedAt", "result", "error"})
public record ScheduleView(
        long id,
        ScheduleStatus status,
        Long sourceRunId,
        Instant createdAt,
        Instant updatedAt,
        ScheduleResult result,
        String error) {
}

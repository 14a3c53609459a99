package vn.thidua.scheduling;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stored schedule: the request as received (or as built from an evaluation run), and once the
 * solve ends its status, result and score. Only the end of a solve changes it.
 */
@Table("council_schedule")
record ScheduleRecord(
        @Id Long id,
        String status,
        Long sourceRunId,
        Instant createdAt,
        Instant updatedAt,
        String requestJson,
        String resultJson,
        String score,
        Boolean feasible,
        String error) {

    static ScheduleRecord solving(String requestJson, Long sourceRunId, Instant now) {
        return new ScheduleRecord(null, ScheduleStatus.SOLVING.name(), sourceRunId, now, now, requestJson, null, null, null, null);
    }

    ScheduleRecord ended(ScheduleStatus status, String resultJson, String score, Boolean feasible, String error, Instant now) {
        return new ScheduleRecord(id, status.name(), sourceRunId, createdAt, now, requestJson, resultJson, score, feasible, error);
    }
}

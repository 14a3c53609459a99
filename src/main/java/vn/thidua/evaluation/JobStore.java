package vn.thidua.evaluation;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.thidua.evaluation.EvaluationJobs.Counts;
import vn.thidua.evaluation.EvaluationJobs.Job;
import vn.thidua.evaluation.EvaluationJobs.State;

/**
 * The pages' evaluation jobs in table {@code evaluation_job} (V27). Every change of state is a
 * conditional UPDATE on the state the caller expects, so two instances never both claim, end or
 * requeue the same job: the one whose UPDATE counts a row has it.
 */
@Repository
class JobStore {

    /** A requeued job may be claimed by any instance at once, not only by the one that received it. */
    static final String ANY_INSTANCE = "*";

    private static final String COLUMNS = "id, username, subjects, state, submitted_at, started_at, ended_at, run_id, error,"
            + " phase, done_units, total_units, instance, attempts";

    private final JdbcTemplate jdbc;

    JobStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Job job, byte[] requestJson, String receivedBy) {
        jdbc.update("INSERT INTO evaluation_job (id, username, subjects, state, submitted_at, received_by, request_json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", job.id(), job.username(), job.subjects(), State.QUEUED.name(),
                Timestamp.from(job.submittedAt()), receivedBy, new String(requestJson, StandardCharsets.UTF_8));
    }

    Optional<Job> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM evaluation_job WHERE id = ?", JobStore::job, id).stream().findFirst();
    }

    /**
     * The oldest queued job this instance may claim: one it received, one queued again, or one another
     * instance received before {@code othersBefore} and has not claimed.
     */
    Optional<String> nextQueued(String instance, Instant othersBefore) {
        return jdbc.queryForList("SELECT id FROM evaluation_job WHERE state = 'QUEUED' AND (received_by IN (?, ?) OR submitted_at < ?)"
                + " ORDER BY submitted_at, id LIMIT 1", String.class, instance, ANY_INSTANCE, Timestamp.from(othersBefore))
                .stream().findFirst();
    }

    /** Claims a queued job for this instance; false when another instance claimed it first. */
    boolean claim(String id, String instance, Instant now) {
        return jdbc.update("UPDATE evaluation_job SET state = 'RUNNING', instance = ?, started_at = ?, heartbeat_at = ?,"
                + " attempts = attempts + 1, phase = NULL, done_units = 0, total_units = 0 WHERE id = ? AND state = 'QUEUED'",
                instance, Timestamp.from(now), Timestamp.from(now), id) == 1;
    }

    byte[] request(String id) {
        String json = jdbc.queryForObject("SELECT request_json FROM evaluation_job WHERE id = ?", String.class, id);
        return json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the heartbeat and progress of a job this instance runs; false when it is no longer this instance's. */
    boolean beat(String id, String instance, Instant now, Counts counts) {
        return jdbc.update("UPDATE evaluation_job SET heartbeat_at = ?, phase = ?, done_units = ?, total_units = ?"
                + " WHERE id = ? AND instance = ? AND state = 'RUNNING'", Timestamp.from(now), counts.phase(), counts.done(),
                counts.total(), id, instance) == 1;
    }

    /**
     * Marks a job done with its run, inside the run's transaction.
     *
     * @throws IllegalStateException when the job is no longer this instance's (it was taken over after its
     *         heartbeat went stale), so that the run's transaction rolls back and the job has one run
     */
    void done(String id, String instance, long runId, Instant now) {
        int updated = jdbc.update("UPDATE evaluation_job SET state = 'DONE', run_id = ?, ended_at = ?, request_json = NULL"
                + " WHERE id = ? AND instance = ? AND state = 'RUNNING'", runId, Timestamp.from(now), id, instance);
        if (updated != 1) {
            throw new IllegalStateException("evaluation job " + id + " is no longer run by " + instance
                    + " (its heartbeat went stale and another instance took it over); this run is not stored");
        }
    }

    /** Fails a job this instance runs, with its message; false when it is no longer this instance's. */
    boolean failed(String id, String instance, String message, Instant now) {
        return jdbc.update("UPDATE evaluation_job SET state = 'FAILED', error = ?, ended_at = ?, request_json = NULL"
                + " WHERE id = ? AND instance = ? AND state = 'RUNNING'", shortened(message), Timestamp.from(now), id, instance) == 1;
    }

    /**
     * Queues a job this instance runs again because the instance is stopping: the attempt is not counted,
     * since the job did not fail.
     */
    boolean release(String id, String instance) {
        return jdbc.update("UPDATE evaluation_job SET state = 'QUEUED', instance = NULL, heartbeat_at = NULL, received_by = '"
                + ANY_INSTANCE + "', attempts = attempts - 1, phase = NULL, done_units = 0, total_units = 0"
                + " WHERE id = ? AND instance = ? AND state = 'RUNNING'", id, instance) == 1;
    }

    /** What {@link #recover} did: jobs queued again, and jobs failed because they had used every attempt. */
    record Recovered(int requeued, int failed) {
    }

    /**
     * Running jobs whose instance stopped: those of {@code stoppedInstance} (this instance before its restart;
     * null for none) and those whose heartbeat is older than {@code staleBefore}. Each is queued again for any
     * instance, or failed with the reason once it has been started {@code maxAttempts} times.
     */
    Recovered recover(String stoppedInstance, Instant staleBefore, int maxAttempts, Instant now) {
        int requeued = 0;
        int failed = 0;
        List<Running> stopped = jdbc.query("SELECT id, instance, attempts FROM evaluation_job WHERE state = 'RUNNING'"
                + " AND (instance = ? OR heartbeat_at < ?)", (row, n) -> new Running(row.getString(1), row.getString(2), row.getInt(3)),
                stoppedInstance == null ? "" : stoppedInstance, Timestamp.from(staleBefore));
        for (Running job : stopped) {
            String id = job.id();
            String instance = job.instance();
            int attempts = job.attempts();
            // The same condition again, so a job whose instance beat meanwhile is left to it.
            String still = " WHERE id = ? AND state = 'RUNNING' AND instance = ? AND (instance = ? OR heartbeat_at < ?)";
            Object[] where = {id, instance, stoppedInstance == null ? "" : stoppedInstance, Timestamp.from(staleBefore)};
            if (attempts < maxAttempts) {
                requeued += jdbc.update("UPDATE evaluation_job SET state = 'QUEUED', instance = NULL, heartbeat_at = NULL,"
                        + " received_by = '" + ANY_INSTANCE + "', phase = NULL, done_units = 0, total_units = 0" + still, where);
            } else {
                String message = "the instance " + instance + " running it stopped before it ended, " + attempts
                        + (attempts == 1 ? " attempt" : " attempts") + " of " + maxAttempts + " made; nothing of it was stored."
                        + " Upload the request again";
                Object[] values = new Object[where.length + 2];
                values[0] = message;
                values[1] = Timestamp.from(now);
                System.arraycopy(where, 0, values, 2, where.length);
                failed += jdbc.update("UPDATE evaluation_job SET state = 'FAILED', error = ?, ended_at = ?, request_json = NULL" + still,
                        values);
            }
        }
        return new Recovered(requeued, failed);
    }

    private record Running(String id, String instance, int attempts) {
    }

    /** Deletes jobs ended before {@code limit}; their runs stay. */
    int forgetEndedBefore(Instant limit) {
        return jdbc.update("DELETE FROM evaluation_job WHERE state IN ('DONE', 'FAILED') AND ended_at < ?", Timestamp.from(limit));
    }

    /** Jobs waiting and running, in every instance. */
    Map<State, Long> waitingAndRunning() {
        Map<State, Long> counts = new EnumMap<>(State.class);
        counts.put(State.QUEUED, 0L);
        counts.put(State.RUNNING, 0L);
        jdbc.query("SELECT state, COUNT(*) FROM evaluation_job WHERE state IN ('QUEUED', 'RUNNING') GROUP BY state",
                (ResultSet row) -> {
                    counts.put(State.valueOf(row.getString(1)), row.getLong(2));
                });
        return counts;
    }

    private static Job job(ResultSet row, int number) throws SQLException {
        long runId = row.getLong("run_id");
        Long run = row.wasNull() ? null : runId;
        return new Job(row.getString("id"), row.getString("username"), row.getInt("subjects"), State.valueOf(row.getString("state")),
                instant(row, "submitted_at"), instant(row, "started_at"), instant(row, "ended_at"), run, row.getString("error"),
                new Counts(row.getString("phase"), row.getLong("done_units"), row.getLong("total_units")), row.getString("instance"),
                row.getInt("attempts"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String shortened(String message) {
        String text = message == null ? "" : message;
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}

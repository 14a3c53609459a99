package vn.thidua.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which instance solves a schedule, kept beside the schedule (V27): its heartbeat with the best result
 * so far, a stop asked on another instance, and the attempts made. Every change is conditional, so that
 * of two instances only one holds a schedule (docs/operations.md §20).
 */
interface ScheduleLeases {

    /**
     * A schedule's lease.
     *
     * @param instance the instance solving it; null for a schedule stored before leases were kept
     * @param bestJson the best result so far as its instance last wrote it; null before the first heartbeat
     */
    record Lease(long id, String instance, Instant heartbeatAt, int attempts, boolean stopRequested, String bestJson) {
    }

    /** Marks a schedule just stored as solved by this instance, first attempt. */
    void hold(long id, String instance, Instant now);

    /** Writes the heartbeat and the best result so far; false when the schedule is no longer this instance's. */
    boolean beat(long id, String instance, Instant now, String bestJson);

    /** True while the schedule is solving and this instance holds it. */
    boolean holds(long id, String instance);

    /** The schedules this instance solves that another instance asked to stop. */
    Set<Long> stopsAsked(String instance);

    /** Asks the instance solving a schedule to stop it; false when the schedule is not solving. */
    boolean askStop(long id);

    Optional<Lease> lease(long id);

    /**
     * Solving schedules whose instance stopped: held by {@code stoppedInstance} (this instance before its
     * restart; null for none) or with a heartbeat older than {@code staleBefore}.
     */
    List<Lease> stopped(String stoppedInstance, Instant staleBefore);

    /**
     * Takes a stopped schedule over for {@code instance}, as one more attempt; false when its instance beat
     * meanwhile or another instance took it first.
     */
    boolean takeOver(Lease stopped, String instance, Instant now);
}

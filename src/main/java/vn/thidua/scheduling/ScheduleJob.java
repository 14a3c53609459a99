package vn.thidua.scheduling;

import vn.thidua.scheduling.solver.CouncilSchedule;

/**
 * One schedule in memory while it is solved: the solver's best solution so far, and once the solve
 * ends, the stored record and the final result. The solver's threads and the API's threads meet
 * here, so every change of state is synchronised.
 */
final class ScheduleJob {

    private final SchedulingRequest request;
    private ScheduleRecord record;
    private boolean started;
    private boolean stopRequested;
    private boolean ending;
    private CouncilSchedule best;
    private CouncilSchedule explained;
    private ScheduleResult result;

    ScheduleJob(ScheduleRecord record, SchedulingRequest request) {
        this.record = record;
        this.request = request;
    }

    long id() {
        return record.id();
    }

    SchedulingRequest request() {
        return request;
    }

    synchronized ScheduleRecord record() {
        return record;
    }

    synchronized CouncilSchedule started(CouncilSchedule problem) {
        started = true;
        return problem;
    }

    synchronized boolean hasStarted() {
        return started;
    }

    synchronized void improved(CouncilSchedule solution) {
        if (!hasEnded()) {
            best = solution;
        }
    }

    /** Marks the job to be stopped; false when it has ended or was already asked to stop. */
    synchronized boolean requestStop() {
        if (hasEnded() || stopRequested) {
            return false;
        }
        stopRequested = true;
        return true;
    }

    synchronized boolean stopRequested() {
        return stopRequested;
    }

    synchronized boolean hasEnded() {
        return !ScheduleStatus.SOLVING.name().equals(record.status());
    }

    /**
     * Claims the end of the solve before it is stored; false when it has ended or another end is being
     * stored, so that only the first end is stored.
     */
    synchronized boolean beginEnd() {
        if (hasEnded() || ending) {
            return false;
        }
        ending = true;
        return true;
    }

    /** Gives the end back when it could not be stored, so that the failure can be stored instead. */
    synchronized void abortEnd() {
        ending = false;
    }

    /** Records the end of the solve, once it is stored; false when it had already ended. */
    synchronized boolean end(ScheduleRecord ended, ScheduleResult finalResult) {
        if (hasEnded()) {
            return false;
        }
        record = ended;
        result = finalResult;
        best = null;
        return true;
    }

    /** The job as the API shows it; while solving, the best result so far (explained once per new best). */
    synchronized ScheduleView view(ScheduleSolver results) {
        if (!hasEnded() && best != null && best != explained) {
            result = results.result(request, best);
            explained = best;
        }
        String error = record.error();
        return new ScheduleView(record.id(), ScheduleStatus.valueOf(record.status()), record.sourceRunId(),
                record.createdAt(), record.updatedAt(), result, error);
    }
}

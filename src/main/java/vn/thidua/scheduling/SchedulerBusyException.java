package vn.thidua.scheduling;

/** Every place for a schedule in progress is taken; answered with 503, to be tried again later. */
public class SchedulerBusyException extends RuntimeException {

    public SchedulerBusyException(int maxJobs) {
        super("all " + maxJobs + " places for schedules in progress are taken (thidua.scheduling.max-jobs); try again "
                + "when one ends, or stop one with DELETE /api/schedules/{id}");
    }
}

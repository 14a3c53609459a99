package vn.thidua.scheduling;

/** Where a schedule's solve stands: still improving, ended at its time limit, failed, or stopped on request. */
public enum ScheduleStatus {
    SOLVING, DONE, FAILED, STOPPED
}

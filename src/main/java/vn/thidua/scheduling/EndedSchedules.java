package vn.thidua.scheduling;

/** Where a schedule goes when its solve ends: saved once, final from then on. */
@FunctionalInterface
interface EndedSchedules {

    void store(ScheduleRecord ended);
}

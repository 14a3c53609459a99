package vn.thidua.system;

/**
 * Where long work tells how far it has come: a terminal's progress bar for a command, a job's counts
 * for the page that follows it, or nowhere. The work opens a {@link Task} per phase with its total
 * when it knows it, steps it as units are done and closes it at the end of the phase.
 */
@FunctionalInterface
public interface Progress {

    /** Tells nobody. */
    Progress NONE = (name, total) -> Task.NONE;

    /**
     * Starts a phase of the work.
     *
     * @param name what is being done, in a few words ("evaluate", "store", "validate")
     * @param total how many units the phase has, or a negative number when it is not known yet
     */
    Task start(String name, long total);

    /** The same progress with every phase's name preceded by {@code what} ("in force", "draft"). */
    default Progress of(String what) {
        return (name, total) -> start(what + ": " + name, total);
    }

    /** One phase of the work. */
    interface Task extends AutoCloseable {

        /** Steps nothing. */
        Task NONE = new Task() {
            @Override
            public void stepBy(long units) {
                // nobody follows
            }

            @Override
            public void close() {
                // nothing to end
            }
        };

        /** Tells that {@code units} more units are done. */
        void stepBy(long units);

        /** Ends the phase; it may have stopped early (a failure), which is not counted as done. */
        @Override
        void close();
    }
}

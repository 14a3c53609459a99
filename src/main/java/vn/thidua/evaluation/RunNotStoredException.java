package vn.thidua.evaluation;

/**
 * The database failed while a run was being written. The run's transaction is rolled back, so none
 * of it is kept and earlier runs are unchanged; the same request can simply be run again.
 */
public class RunNotStoredException extends RuntimeException {

    RunNotStoredException(Throwable cause) {
        super("the run was not stored: the database failed while it was being written (" + root(cause)
                + "); nothing of it was kept and earlier runs are unchanged; run it again", cause);
    }

    private static String root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
    }
}

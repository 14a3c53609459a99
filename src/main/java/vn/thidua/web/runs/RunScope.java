package vn.thidua.web.runs;

import org.springframework.stereotype.Component;

import vn.thidua.evaluation.RunAccess;
import vn.thidua.system.NotFoundException;
import vn.thidua.web.site.CurrentUser;

/** The logged-in user's view of a run: answered with 404 when it does not exist, 403 when it is not theirs to see. */
@Component
public class RunScope {

    private final RunAccess access;
    private final CurrentUser currentUser;

    RunScope(RunAccess access, CurrentUser currentUser) {
        this.access = access;
        this.currentUser = currentUser;
    }

    // An unknown run is answered with 404 before the scope check, so that it reads the same to everyone.
    /** Refuses an unknown run (NotFoundException) and a run the logged-in user may not read (AccessDeniedException). */
    public void check(long runId) {
        if (!access.exists(runId)) {
            throw new NotFoundException("no evaluation run " + runId);
        }
        access.check(currentUser.get(), runId);
    }
}

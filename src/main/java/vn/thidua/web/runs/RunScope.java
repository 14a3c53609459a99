package vn.thidua.web.runs;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.web.site.CurrentUser;

/**
 * Which runs a user sees: administrators and auditors all; a secretariat user those whose request
 * names one of their units; council members the decisions they review.
 */
@Component
public class RunScope {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    RunScope(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    void record(long runId, Collection<String> units, String username) {
        for (String unit : new HashSet<>(units)) {
            jdbc.update("INSERT INTO run_scope (run_id, unit_code) VALUES (?, ?)", runId, unit);
        }
        jdbc.update("INSERT INTO run_submitter (run_id, username) VALUES (?, ?)", runId, username);
    }

    Set<String> units(long runId) {
        return new HashSet<>(jdbc.queryForList("SELECT unit_code FROM run_scope WHERE run_id = ?", String.class, runId));
    }

    public boolean exists(long runId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_run WHERE id = ?", Integer.class, runId);
        return count != null && count > 0;
    }

    /** Refuses (403) unless the logged-in user may read this run. */
    public void check(long runId) {
        Account user = currentUser.get();
        if (!sees(user, runId)) {
            throw new AccessDeniedException("run " + runId + " concerns none of your units");
        }
    }

    boolean sees(Account user, long runId) {
        if (user.seesAllUnits() || user.has(Role.COUNCIL)) {
            return true;
        }
        return units(runId).stream().anyMatch(user.units()::contains);
    }

    /** Refuses (403) a request for units none of which is the user's. */
    void checkSubmission(Account user, List<String> requestUnits) {
        if (!user.has(Role.ADMIN) && requestUnits.stream().noneMatch(user.units()::contains)) {
            throw new AccessDeniedException("the request names none of your units " + user.units());
        }
    }
}

package vn.thidua.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.audit.StoredRuns;

/**
 * Which runs a user may submit and see: administrators and auditors all; a secretariat user those
 * whose request names one of their units; council members the decisions they review. The units of
 * a run and who submitted it are written with the run, in its transaction.
 */
@Service
public class RunAccess {

    /** A stored run as listed for a user. */
    public record RunSummary(long id, Instant createdAt, int periodYear, int decisions, String ruleSetVersion,
            String submittedBy) {
    }

    private static final String SELECT = "SELECT r.id, r.created_at, r.period_year, r.decision_count, r.rule_set_version,"
            + " s.username FROM evaluation_run r LEFT JOIN run_submitter s ON s.run_id = r.id";

    private final JdbcTemplate jdbc;
    private final StoredRuns stored;

    RunAccess(JdbcTemplate jdbc, StoredRuns stored) {
        this.jdbc = jdbc;
        this.stored = stored;
    }

    /** Records the units a run concerns and who submitted it; runs in the caller's transaction. */
    void record(long runId, Collection<String> units, String username) {
        for (String unit : new HashSet<>(units)) {
            jdbc.update("INSERT INTO run_scope (run_id, unit_code) VALUES (?, ?)", runId, unit);
        }
        jdbc.update("INSERT INTO run_submitter (run_id, username) VALUES (?, ?)", runId, username);
    }

    /** Whether a run with this id is stored, whoever may see it. */
    public boolean exists(long runId) {
        return stored.exists(runId);
    }

    /** Refuses (AccessDeniedException) unless the user may read this run. */
    public void check(Account user, long runId) {
        if (!sees(user, runId)) {
            throw new AccessDeniedException("run " + runId + " concerns none of your units");
        }
    }

    /** Whether the user may read this run. */
    public boolean sees(Account user, long runId) {
        if (user.seesAllUnits() || user.has(Role.COUNCIL)) {
            return true;
        }
        return units(runId).stream().anyMatch(user.units()::contains);
    }

    /** Refuses (AccessDeniedException) a request for units none of which is the user's. */
    public void checkSubmission(Account user, List<String> requestUnits) {
        if (!user.has(Role.ADMIN) && requestUnits.stream().noneMatch(user.units()::contains)) {
            throw new AccessDeniedException("the request names none of your units " + user.units());
        }
    }

    /** The stored runs this user may open, newest first, at most {@code limit}. */
    public List<RunSummary> visibleTo(Account user, int limit) {
        if (user.seesAllUnits()) {
            return jdbc.query(SELECT + " ORDER BY r.id DESC LIMIT " + limit, (rs, n) -> summary(rs));
        }
        if (user.units().isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(user.units());
        String marks = String.join(", ", user.units().stream().map(u -> "?").toList());
        return jdbc.query(SELECT + " WHERE EXISTS (SELECT 1 FROM run_scope c WHERE c.run_id = r.id AND c.unit_code IN ("
                + marks + ")) ORDER BY r.id DESC LIMIT " + limit, (rs, n) -> summary(rs), args.toArray());
    }

    /**
     * Ids of the latest runs, newest first and at most {@code limit}, whose request names this unit
     * (recorded for runs a user submitted) or that have no unit recorded (stored from the command line,
     * which the caller reads to see).
     */
    List<Long> latestRunsNaming(String unit, int limit) {
        List<Long> ids = new ArrayList<>(jdbc.queryForList("SELECT DISTINCT run_id FROM run_scope WHERE unit_code = ?"
                + " ORDER BY run_id DESC LIMIT " + limit, Long.class, unit));
        ids.addAll(jdbc.queryForList("SELECT r.id FROM evaluation_run r WHERE NOT EXISTS (SELECT 1 FROM run_scope c"
                + " WHERE c.run_id = r.id) ORDER BY r.id DESC LIMIT " + limit, Long.class));
        ids.sort(java.util.Comparator.reverseOrder());
        return ids.subList(0, Math.min(limit, ids.size()));
    }

    private Set<String> units(long runId) {
        return new HashSet<>(jdbc.queryForList("SELECT unit_code FROM run_scope WHERE run_id = ?", String.class, runId));
    }

    private static RunSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RunSummary(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getInt(4), rs.getString(5),
                rs.getString(6));
    }
}

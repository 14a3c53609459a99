package vn.thidua.web.runs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.thidua.accounts.Account;

/** The stored runs a user may open, newest first. */
@Component
class RunList {

    record Item(long id, Instant createdAt, int periodYear, int decisions, String ruleSetVersion, String submittedBy) {

        public String created() {
            return Times.format(createdAt);
        }
    }

    private static final String SELECT = "SELECT r.id, r.created_at, r.period_year, r.decision_count, r.rule_set_version,"
            + " s.username FROM evaluation_run r LEFT JOIN run_submitter s ON s.run_id = r.id";

    private final JdbcTemplate jdbc;

    RunList(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Item> visibleTo(Account user, int limit) {
        if (user.seesAllUnits()) {
            return jdbc.query(SELECT + " ORDER BY r.id DESC LIMIT " + limit, (rs, n) -> item(rs));
        }
        if (user.units().isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(user.units());
        String marks = String.join(", ", user.units().stream().map(u -> "?").toList());
        return jdbc.query(SELECT + " WHERE EXISTS (SELECT 1 FROM run_scope c WHERE c.run_id = r.id AND c.unit_code IN ("
                + marks + ")) ORDER BY r.id DESC LIMIT " + limit, (rs, n) -> item(rs), args.toArray());
    }

    private static Item item(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Item(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getInt(4), rs.getString(5),
                rs.getString(6));
    }
}

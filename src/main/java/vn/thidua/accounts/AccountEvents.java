package vn.thidua.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * What happened to accounts, for auditors: sign-ins, failed sign-ins, lockouts, and every creation
 * and change of an account with who made it. Rows are only ever added.
 */
@Service
public class AccountEvents {

    /** What an event records. */
    public enum Kind {
        /** A sign-in at the login form (REST calls authenticate every time and are not recorded when they succeed). */
        LOGIN,
        /** A wrong user name or password, at the form or over HTTP basic. */
        LOGIN_FAILED,
        /** An attempt refused without checking the password, because the user name or the address is locked out. */
        LOGIN_REFUSED,
        /** A user name or an address locked out after repeated failures. */
        LOCKED,
        ACCOUNT_CREATED,
        ACCOUNT_CHANGED,
        ROLES_CHANGED,
        PASSWORD_CHANGED
    }

    /** One recorded event; {@code by} is who made a change (empty for sign-ins). */
    public record Event(long id, Instant at, Kind kind, String username, String address, String by, String detail) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccountEvents(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(Kind kind, String username, String address, String detail) {
        jdbc.update("INSERT INTO account_event (at, kind, username, address, by_user, detail) VALUES (?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), kind.name(), cut(username, 80), cut(address, 64), cut(actor(), 80),
                cut(detail, 1000));
    }

    /** The newest events first, at most {@code limit}; only those of {@code username} when it is given. */
    public List<Event> recent(String username, int limit) {
        String where = username == null || username.isBlank() ? "" : " WHERE username = ?";
        Object[] args = where.isEmpty() ? new Object[] {limit} : new Object[] {username.strip(), limit};
        return jdbc.query("SELECT id, at, kind, username, address, by_user, detail FROM account_event" + where
                + " ORDER BY id DESC LIMIT ?", (rs, n) -> new Event(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)), args);
    }

    // Who is signed in while the change is made; a command at the console has no one.
    private static String actor() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null || !who.isAuthenticated() ? null : who.getName();
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}

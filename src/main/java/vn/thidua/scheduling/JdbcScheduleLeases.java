package vn.thidua.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@link ScheduleLeases} in the columns V27 added to {@code council_schedule}. */
@Repository
class JdbcScheduleLeases implements ScheduleLeases {

    private static final String COLUMNS = "id, instance, heartbeat_at, attempts, stop_requested, best_json";

    private final JdbcTemplate jdbc;

    JdbcScheduleLeases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void hold(long id, String instance, Instant now) {
        jdbc.update("UPDATE council_schedule SET instance = ?, heartbeat_at = ?, attempts = 1 WHERE id = ?", instance,
                Timestamp.from(now), id);
    }

    @Override
    public boolean beat(long id, String instance, Instant now, String bestJson) {
        return jdbc.update("UPDATE council_schedule SET heartbeat_at = ?, best_json = ? WHERE id = ? AND instance = ? AND status = 'SOLVING'",
                Timestamp.from(now), bestJson, id, instance) == 1;
    }

    @Override
    public boolean holds(long id, String instance) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM council_schedule WHERE id = ? AND instance = ? AND status = 'SOLVING'",
                Integer.class, id, instance) == 1;
    }

    @Override
    public Set<Long> stopsAsked(String instance) {
        return new HashSet<>(jdbc.queryForList("SELECT id FROM council_schedule WHERE instance = ? AND status = 'SOLVING'"
                + " AND stop_requested = TRUE", Long.class, instance));
    }

    @Override
    public boolean askStop(long id) {
        return jdbc.update("UPDATE council_schedule SET stop_requested = TRUE WHERE id = ? AND status = 'SOLVING'", id) == 1;
    }

    @Override
    public Optional<Lease> lease(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM council_schedule WHERE id = ?", JdbcScheduleLeases::lease, id).stream().findFirst();
    }

    @Override
    public List<Lease> stopped(String stoppedInstance, Instant staleBefore) {
        return jdbc.query("SELECT " + COLUMNS + " FROM council_schedule WHERE status = 'SOLVING' AND instance IS NOT NULL"
                + " AND (instance = ? OR heartbeat_at < ?) ORDER BY id", JdbcScheduleLeases::lease,
                stoppedInstance == null ? "" : stoppedInstance, Timestamp.from(staleBefore));
    }

    @Override
    public boolean takeOver(Lease stopped, String instance, Instant now) {
        // Only if nothing changed since it was read: same instance, same heartbeat, same attempts.
        return jdbc.update("UPDATE council_schedule SET instance = ?, heartbeat_at = ?, attempts = attempts + 1, best_json = NULL"
                + " WHERE id = ? AND status = 'SOLVING' AND instance = ? AND attempts = ? AND heartbeat_at = ?", instance,
                Timestamp.from(now), stopped.id(), stopped.instance(), stopped.attempts(), Timestamp.from(stopped.heartbeatAt())) == 1;
    }

    private static Lease lease(ResultSet row, int number) throws SQLException {
        Timestamp beat = row.getTimestamp("heartbeat_at");
        return new Lease(row.getLong("id"), row.getString("instance"), beat == null ? null : beat.toInstant(), row.getInt("attempts"),
                row.getBoolean("stop_requested"), row.getString("best_json"));
    }
}

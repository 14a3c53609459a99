package vn.thidua.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;

import vn.thidua.audit.RecordKind;
import vn.thidua.audit.RecordSeals;

/**
 * The activation log and the single row that points at its newest entry. Activations are only
 * inserted; {@link #lockHead} serialises every change of the active version across processes.
 */
@Repository
class ActivationStore {

    private static final String COLUMNS = "a.id, a.kind, a.version, a.previous_version, a.impact_report_id, a.activated_at,"
            + " a.activated_by, a.reason";

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert insert;
    private final RecordSeals seals;

    ActivationStore(JdbcTemplate jdbc, RecordSeals seals) {
        this.jdbc = jdbc;
        this.seals = seals;
        this.insert = new SimpleJdbcInsert(jdbc).withTableName("rule_set_activation").usingGeneratedKeyColumns("id")
                .usingColumns("kind", "version", "previous_version", "impact_report_id", "activated_at", "activated_by", "reason");
    }

    /** Locks the head row until the transaction ends; call inside a transaction. */
    void lockHead() {
        jdbc.queryForList("SELECT activation_id FROM rule_set_active WHERE id = 1 FOR UPDATE");
    }

    /** The newest activation, or empty before the first start recorded one. */
    Optional<Activation> current() {
        return jdbc.query("SELECT " + COLUMNS + " FROM rule_set_active h JOIN rule_set_activation a ON a.id = h.activation_id"
                + " WHERE h.id = 1", ActivationStore::activation).stream().findFirst();
    }

    /** Every activation, newest first. */
    List<Activation> history() {
        return jdbc.query("SELECT " + COLUMNS + " FROM rule_set_activation a ORDER BY a.id DESC", ActivationStore::activation);
    }

    /** Whether a version was ever active. */
    boolean wasActive(String version) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM rule_set_activation WHERE version = ?", Integer.class, version);
        return count != null && count > 0;
    }

    /**
     * Appends an activation, sealed in the audit record chain, and points the head at it; call inside
     * a transaction holding {@link #lockHead}. The head row is a pointer, not sealed.
     */
    Activation append(Activation.Kind kind, String version, String previousVersion, Long reportId, Instant at, String by,
            String reason) {
        Number id = insert.executeAndReturnKey(new MapSqlParameterSource().addValue("kind", kind.name())
                .addValue("version", version).addValue("previous_version", previousVersion)
                .addValue("impact_report_id", reportId).addValue("activated_at", timestamp(at))
                .addValue("activated_by", by).addValue("reason", reason));
        seals.seal(RecordKind.ACTIVATION, id.longValue());
        jdbc.update("UPDATE rule_set_active SET activation_id = ? WHERE id = 1", id.longValue());
        return new Activation(id.longValue(), kind, version, previousVersion, reportId, at, by, reason);
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()));
    }

    private static Activation activation(ResultSet rs, int row) throws SQLException {
        long report = rs.getLong("impact_report_id");
        Long reportId = rs.wasNull() ? null : report;
        return new Activation(rs.getLong("id"), Activation.Kind.valueOf(rs.getString("kind")), rs.getString("version"),
                rs.getString("previous_version"), reportId,
                rs.getTimestamp("activated_at").toInstant(), rs.getString("activated_by"), rs.getString("reason"));
    }
}

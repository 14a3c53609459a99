package vn.thidua.register;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;

/**
 * The register's tables, append-only: one INSERT per entry and per revocation, each in the caller's
 * transaction (where the record chain seals it, kinds REGISTER_ENTRY and REGISTER_REVOCATION).
 */
@Repository
class RegisterStore {

    private static final String SELECT = "SELECT e.id, e.subject_id, e.subject_kind, e.subject_name, e.unit_code, e.award,"
            + " e.award_year, e.decision_number, e.decision_date, e.authority, e.source, e.decision_id, e.entry_seq,"
            + " e.recorded_by, e.recorded_at, r.id AS r_id, r.reason, r.decision_number AS r_number, r.decision_date AS r_date,"
            + " r.authority AS r_authority, r.recorded_by AS r_by, r.recorded_at AS r_at"
            + " FROM register_entry e LEFT JOIN register_revocation r ON r.entry_id = e.id";

    private final JdbcTemplate jdbc;

    RegisterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends one entry (its id and revocation are ignored) and returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    long insert(RegisterEntry e) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("INSERT INTO register_entry (subject_id, subject_kind, subject_name, unit_code, award,"
                    + " award_year, decision_number, decision_date, authority, source, decision_id, entry_seq, recorded_by,"
                    + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            s.setString(1, e.subjectId());
            s.setString(2, e.subjectKind().name());
            s.setString(3, e.subjectName());
            s.setString(4, e.unitCode());
            s.setString(5, e.award().name());
            s.setInt(6, e.awardYear());
            s.setString(7, e.decisionNumber());
            s.setDate(8, Date.valueOf(e.decisionDate()));
            s.setString(9, e.authority());
            s.setString(10, e.source().name());
            s.setObject(11, e.decisionId());
            s.setObject(12, e.entrySeq());
            s.setString(13, e.recordedBy());
            s.setTimestamp(14, Timestamp.from(e.recordedAt()));
            return s;
        }, key);
        return key.getKey().longValue();
    }

    /** Appends one revocation and returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    long insert(Revocation r) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("INSERT INTO register_revocation (entry_id, reason, decision_number, decision_date,"
                    + " authority, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            s.setLong(1, r.entryId());
            s.setString(2, r.reason());
            s.setString(3, r.decisionNumber());
            s.setDate(4, Date.valueOf(r.decisionDate()));
            s.setString(5, r.authority());
            s.setString(6, r.recordedBy());
            s.setTimestamp(7, Timestamp.from(r.recordedAt()));
            return s;
        }, key);
        return key.getKey().longValue();
    }

    Optional<RegisterEntry> find(long id) {
        return jdbc.query(SELECT + " WHERE e.id = ?", RegisterStore::entry, id).stream().findFirst();
    }

    /** Entries matching every non-null filter, by subject, year and award; {@code units} null: any unit. */
    List<RegisterEntry> find(RegisterQuery q, java.util.Collection<String> units) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.subjectId() != null) {
            where.append(" AND e.subject_id = ?");
            args.add(q.subjectId());
        }
        if (q.unitCode() != null) {
            where.append(" AND e.unit_code = ?");
            args.add(q.unitCode());
        }
        if (q.year() != null) {
            where.append(" AND e.award_year = ?");
            args.add(q.year());
        }
        if (q.award() != null) {
            where.append(" AND e.award = ?");
            args.add(q.award().name());
        }
        if (units != null) {
            if (units.isEmpty()) {
                return List.of();
            }
            where.append(" AND e.unit_code IN (").append(String.join(", ", units.stream().map(u -> "?").toList())).append(')');
            args.addAll(units);
        }
        return jdbc.query(SELECT + where + " ORDER BY e.subject_id, e.award_year, e.award, e.id LIMIT " + q.limit(),
                RegisterStore::entry, args.toArray());
    }

    /** Every entry of the years {@code from} to {@code to} that still counts (not revoked), by year and id, one at a time. */
    void inForce(int from, int to, Consumer<RegisterEntry> each) {
        jdbc.query(SELECT + " WHERE e.award_year BETWEEN ? AND ? AND r.id IS NULL ORDER BY e.award_year, e.id",
                rs -> {
                    each.accept(entry(rs, 0));
                }, from, to);
    }

    /** The entries a decision of this application conferred, in its entries' order, revoked ones too. */
    List<RegisterEntry> ofDecision(long decisionId) {
        return jdbc.query(SELECT + " WHERE e.decision_id = ? ORDER BY e.entry_seq, e.id", RegisterStore::entry, decisionId);
    }

    /** The entries of a subject, award and year that still count (not revoked). */
    List<RegisterEntry> inForce(String subjectId, AwardCode award, int year) {
        return jdbc.query(SELECT + " WHERE e.subject_id = ? AND e.award = ? AND e.award_year = ? AND r.id IS NULL",
                RegisterStore::entry, subjectId, award.name(), year);
    }

    private static RegisterEntry entry(ResultSet rs, int n) throws SQLException {
        Revocation revocation = null;
        long revocationId = rs.getLong("r_id");
        if (!rs.wasNull()) {
            revocation = new Revocation(revocationId, rs.getLong("id"), rs.getString("reason"), rs.getString("r_number"),
                    rs.getDate("r_date").toLocalDate(), rs.getString("r_authority"), rs.getString("r_by"),
                    rs.getTimestamp("r_at").toInstant());
        }
        long decisionId = rs.getLong("decision_id");
        Long decision = rs.wasNull() ? null : decisionId;
        int seq = rs.getInt("entry_seq");
        Integer entrySeq = rs.wasNull() ? null : seq;
        return new RegisterEntry(rs.getLong("id"), rs.getString("subject_id"), SubjectKind.valueOf(rs.getString("subject_kind")),
                rs.getString("subject_name"), rs.getString("unit_code"), AwardCode.valueOf(rs.getString("award")),
                rs.getInt("award_year"), rs.getString("decision_number"), rs.getDate("decision_date").toLocalDate(),
                rs.getString("authority"), RegisterEntry.Source.valueOf(rs.getString("source")), decision, entrySeq,
                rs.getString("recorded_by"), instant(rs.getTimestamp("recorded_at")), revocation);
    }

    private static Instant instant(Timestamp t) {
        return t.toInstant();
    }
}

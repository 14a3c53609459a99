package vn.thidua.council;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.eligibility.Text;

/**
 * The tables of V17: a session, its members and its ballots are inserted, never updated or
 * deleted; a correction is a new session naming the one it supersedes.
 */
@Component
class SessionStore {

    /** The columns of a session row a new session is checked against. */
    record Row(long id, long runId, Long supersededBy) {
    }

    private static final String SESSION = "SELECT s.id, s.run_id, s.schedule_id, s.schedule_session, s.supersedes_id,"
            + " (SELECT n.id FROM council_session n WHERE n.supersedes_id = s.id), s.held_on, s.starts_at, s.place,"
            + " s.council_name, s.council_size, s.chair_member_id, s.secretary_member_id, s.note, s.recorded_by, s.recorded_at"
            + " FROM council_session s";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    SessionStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts a whole session; call inside the caller's transaction. Returns the new session's id. */
    long insert(long runId, SessionInput in, SessionPlan.Planned plan, String recordedBy, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement s = connection.prepareStatement("INSERT INTO council_session (run_id, schedule_id, schedule_session,"
                    + " supersedes_id, held_on, starts_at, place, council_name, council_size, chair_member_id, secretary_member_id,"
                    + " note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            s.setLong(1, runId);
            s.setObject(2, in.scheduleId());
            s.setString(3, blank(in.scheduleSession()));
            s.setObject(4, in.supersedes());
            s.setObject(5, java.sql.Date.valueOf(plan.heldOn()));
            s.setString(6, blank(in.startsAt()));
            s.setString(7, in.place().strip());
            s.setString(8, in.councilName().strip());
            s.setInt(9, plan.members().size());
            s.setString(10, in.chair());
            s.setString(11, in.secretary());
            s.setString(12, blank(in.note()));
            s.setString(13, recordedBy);
            s.setTimestamp(14, Timestamp.from(at));
            return s;
        }, key);
        long id = key.getKeyAs(Number.class).longValue();
        List<Object[]> members = new ArrayList<>();
        for (int i = 0; i < plan.members().size(); i++) {
            CouncilSession.Member m = plan.members().get(i);
            members.add(new Object[] {id, i + 1, m.id(), m.name(), m.position(), m.unit(), m.personId(), m.attendance().name()});
        }
        jdbc.batchUpdate("INSERT INTO council_session_member (session_id, seq, member_id, name, position, unit_code, person_id,"
                + " attendance) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", members);
        List<Object[]> ballots = new ArrayList<>();
        for (int i = 0; i < plan.results().size(); i++) {
            CouncilResult r = plan.results().get(i);
            ballots.add(new Object[] {id, i + 1, r.subjectId(), r.subjectKind().name(), r.award().name(), r.agree(), r.disagree(),
                r.invalid(), String.join(",", r.recused()), r.denominator(), r.percent(), r.threshold(), r.outcome().name(),
                json.writeValueAsString(r)});
        }
        jdbc.batchUpdate("INSERT INTO council_ballot (session_id, seq, subject_id, subject_kind, award, agree, disagree, invalid,"
                + " recused, denominator, percent, threshold, outcome, result_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ballots);
        return id;
    }

    Optional<Row> row(long id) {
        return jdbc.query("SELECT id, run_id, (SELECT n.id FROM council_session n WHERE n.supersedes_id = s.id)"
                + " FROM council_session s WHERE id = ?", (rs, n) -> new Row(rs.getLong(1), rs.getLong(2),
                        (Long) rs.getObject(3, Long.class)), id).stream().findFirst();
    }

    Optional<CouncilSession> find(long id) {
        return jdbc.query(SESSION + " WHERE s.id = ?", (rs, n) -> session(rs), id).stream().findFirst();
    }

    /** The sessions of a run, oldest first. */
    List<CouncilSession> ofRun(long runId) {
        return jdbc.query(SESSION + " WHERE s.run_id = ? ORDER BY s.id", (rs, n) -> session(rs), runId);
    }

    /** Ids of the newest sessions, newest first, at most {@code limit}. */
    List<Long> newest(int limit) {
        return jdbc.queryForList("SELECT id FROM council_session ORDER BY id DESC LIMIT " + limit, Long.class);
    }

    private CouncilSession session(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong(1);
        List<CouncilSession.Member> members = jdbc.query("SELECT member_id, name, position, unit_code, person_id, attendance"
                + " FROM council_session_member WHERE session_id = ? ORDER BY seq", (m, n) -> new CouncilSession.Member(
                        m.getString(1), m.getString(2), m.getString(3), m.getString(4), m.getString(5),
                        Attendance.valueOf(m.getString(6))), id);
        List<CouncilResult> results = jdbc.query("SELECT result_json FROM council_ballot WHERE session_id = ? ORDER BY seq",
                (b, n) -> json.readValue(b.getString(1), CouncilResult.class), id);
        List<Text> warnings = results.stream().flatMap(r -> r.warnings() == null ? java.util.stream.Stream.empty()
                : r.warnings().stream()).distinct().toList();
        return new CouncilSession(id, rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4), rs.getObject(5, Long.class),
                rs.getObject(6, Long.class), rs.getDate(7).toLocalDate(), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getInt(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getTimestamp(16).toInstant(), members, results, warnings);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package vn.thidua.conferral;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Council sessions and ballots written with SQL into the V17 tables, as the council module records
 * them: a session of 9 members, each ballot with its counts and its result (percentage of all members,
 * threshold 80 %, the citation) as JSON.
 */
final class CouncilRows {

    static final int MEMBERS = 9;

    private final JdbcTemplate jdbc;

    CouncilRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A session of the run held on a day; {@code supersedes} null for a first session. */
    long session(long runId, LocalDate heldOn, Long supersedes) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("INSERT INTO council_session (run_id, supersedes_id, held_on, place, council_name, council_size,"
                    + " chair_member_id, secretary_member_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            s.setLong(1, runId);
            s.setObject(2, supersedes);
            s.setDate(3, Date.valueOf(heldOn));
            s.setString(4, "Hội trường UBND xã Đạ R'sal");
            s.setString(5, "Hội đồng Thi đua - Khen thưởng xã Đạ R'sal");
            s.setInt(6, MEMBERS);
            s.setString(7, "HD-01");
            s.setString(8, "HD-02");
            s.setString(9, "thu-ky");
            s.setTimestamp(10, Timestamp.from(Instant.parse("2026-01-10T03:00:00Z")));
            return s;
        }, key);
        long id = key.getKey().longValue();
        for (int i = 1; i <= MEMBERS; i++) {
            jdbc.update("INSERT INTO council_session_member (session_id, seq, member_id, name, attendance) VALUES (?, ?, ?, ?, ?)",
                    id, i, "HD-0" + i, "Thành viên " + i, i == MEMBERS ? "ABSENT_WRITTEN" : "PRESENT");
        }
        return id;
    }

    /** A ballot with {@code agree} of the members agreeing; approved at 80 % of all members. */
    void ballot(long sessionId, int seq, String subjectId, String award, int agree) {
        BigDecimal percent = BigDecimal.valueOf(agree * 100_000L / MEMBERS, 3);
        String outcome = agree * 100 >= 80 * MEMBERS ? "APPROVED" : "NOT_APPROVED";
        String result = "{\"outcome\":\"" + outcome + "\",\"percent\":" + percent + ",\"threshold\":80,\"denominator\":" + MEMBERS
                + ",\"denominatorKind\":\"TOTAL_MEMBERS\",\"citation\":{\"title\":\"Nghị định 152/2025/NĐ-CP\"}}";
        jdbc.update("INSERT INTO council_ballot (session_id, seq, subject_id, subject_kind, award, agree, disagree, invalid, recused,"
                + " denominator, percent, threshold, outcome, result_json) VALUES (?, ?, ?, 'INDIVIDUAL', ?, ?, ?, 0, '', ?, ?, 80, ?, ?)",
                sessionId, seq, subjectId, award, agree, MEMBERS - agree, MEMBERS, percent, outcome, result);
    }
}

package vn.thidua.conferral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;

/**
 * The read model of the council's tables (council_session, council_ballot; written by the council
 * module): what counts for a dossier is its ballot in the latest session of the run that no later
 * session supersedes. Read here with SQL so that drafting does not depend on the council module's
 * classes; the tables are the contract between the two.
 */
@Repository
class CouncilBallots {

    private static final String SELECT = "SELECT b.session_id, b.seq, s.run_id, s.held_on, s.council_name, s.council_size,"
            + " b.subject_id, b.subject_kind, b.award, b.agree, b.disagree, b.invalid, b.denominator, b.percent, b.threshold,"
            + " b.outcome, b.result_json FROM council_ballot b JOIN council_session s ON s.id = b.session_id";

    private final JdbcTemplate jdbc;

    CouncilBallots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each dossier's ballot that counts, in the order the sessions were held and the ballots recorded. */
    List<Ballot> counting(long runId) {
        List<Ballot> all = jdbc.query(SELECT + " WHERE s.run_id = ? AND NOT EXISTS (SELECT 1 FROM council_session n"
                + " WHERE n.supersedes_id = s.id) ORDER BY s.held_on, s.id, b.seq", CouncilBallots::ballot, runId);
        Map<String, Ballot> latest = new LinkedHashMap<>();
        for (Ballot b : all) {
            latest.remove(b.subjectId() + "|" + b.award());
            latest.put(b.subjectId() + "|" + b.award(), b);
        }
        return List.copyOf(latest.values());
    }

    /** The ballot of a dossier that counts now, if any. */
    Optional<Ballot> counting(long runId, String subjectId, AwardCode award) {
        return counting(runId).stream().filter(b -> b.subjectId().equals(subjectId) && b.award() == award).findFirst();
    }

    Optional<Ballot> find(long sessionId, int seq) {
        return jdbc.query(SELECT + " WHERE b.session_id = ? AND b.seq = ?", CouncilBallots::ballot, sessionId, seq).stream().findFirst();
    }

    private static Ballot ballot(ResultSet rs, int n) throws SQLException {
        return new Ballot(rs.getLong("session_id"), rs.getInt("seq"), rs.getLong("run_id"), rs.getDate("held_on").toLocalDate(),
                rs.getString("council_name"), rs.getInt("council_size"), rs.getString("subject_id"),
                SubjectKind.valueOf(rs.getString("subject_kind")), AwardCode.valueOf(rs.getString("award")), rs.getInt("agree"),
                rs.getInt("disagree"), rs.getInt("invalid"), rs.getInt("denominator"), rs.getBigDecimal("percent"),
                rs.getBigDecimal("threshold"), rs.getString("outcome"), rs.getString("result_json"));
    }
}

package vn.thidua.conferral;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;

/**
 * The decision tables, append-only: a draft is inserted whole with its entries, a signature once;
 * nothing is updated or deleted. Each write runs in the caller's transaction, where the record chain
 * seals it (kinds AWARD_DECISION and AWARD_DECISION_SIGNATURE).
 */
@Repository
class AwardDecisionStore {

    private final JdbcTemplate jdbc;

    AwardDecisionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a draft (its id and signature are ignored) with its entries, and returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    long insert(AwardDecision d) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("INSERT INTO award_decision (run_id, authority_vi, authority_en, authority_citation,"
                    + " authority_review, drafted_on, base_salary, base_salary_ref, total_bonus, drafted_by, drafted_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            s.setLong(1, d.runId());
            s.setString(2, d.authorityVi());
            s.setString(3, d.authorityEn());
            s.setString(4, d.authorityCitation());
            s.setString(5, d.authorityReview());
            s.setDate(6, Date.valueOf(d.draftedOn()));
            s.setLong(7, d.baseSalary());
            s.setString(8, d.baseSalaryReference());
            s.setLong(9, d.totalBonus());
            s.setString(10, d.draftedBy());
            s.setTimestamp(11, Timestamp.from(d.draftedAt()));
            return s;
        }, key);
        long id = key.getKey().longValue();
        for (AwardDecision.Entry e : d.entries()) {
            jdbc.update("INSERT INTO award_decision_entry (decision_id, seq, subject_group, subject_id, subject_name, unit_code,"
                    + " unit_name, award, award_year, session_id, ballot_seq, bonus_coefficient, bonus_amount, bonus_ref)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, e.seq(), e.group().name(), e.subjectId(),
                    e.subjectName(), e.unitCode(), e.unitName(), e.award().name(), e.awardYear(), e.sessionId(), e.ballotSeq(),
                    e.bonusCoefficient(), e.bonusAmount(), e.bonusReference());
        }
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(long decisionId, AwardDecision.Signature s) {
        jdbc.update("INSERT INTO award_decision_signature (decision_id, decision_number, signed_on, signer, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", decisionId, s.decisionNumber(), Date.valueOf(s.signedOn()), s.signer(),
                s.recordedBy(), Timestamp.from(s.recordedAt()));
    }

    Optional<AwardDecision> find(long id) {
        return jdbc.query("SELECT * FROM award_decision WHERE id = ?", (rs, n) -> decision(rs), id).stream().findFirst();
    }

    List<AwardDecision> ofRun(long runId) {
        return jdbc.query("SELECT * FROM award_decision WHERE run_id = ? ORDER BY id", (rs, n) -> decision(rs), runId);
    }

    /** The number of the signed decision, other than {@code except}, whose entries confer this award for this year; null when none. */
    String signedElsewhere(String subjectId, AwardCode award, int year, long except) {
        return jdbc.query("SELECT s.decision_number FROM award_decision_entry e JOIN award_decision_signature s"
                + " ON s.decision_id = e.decision_id WHERE e.subject_id = ? AND e.award = ? AND e.award_year = ? AND e.decision_id <> ?",
                (rs, n) -> rs.getString(1), subjectId, award.name(), year, except).stream().findFirst().orElse(null);
    }

    private AwardDecision decision(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<AwardDecision.Entry> entries = jdbc.query("SELECT * FROM award_decision_entry WHERE decision_id = ? ORDER BY seq",
                (e, n) -> new AwardDecision.Entry(e.getInt("seq"), SubjectKind.valueOf(e.getString("subject_group")),
                        e.getString("subject_id"), e.getString("subject_name"), e.getString("unit_code"), e.getString("unit_name"),
                        AwardCode.valueOf(e.getString("award")), e.getInt("award_year"), e.getLong("session_id"),
                        e.getInt("ballot_seq"), e.getBigDecimal("bonus_coefficient"), e.getLong("bonus_amount"),
                        e.getString("bonus_ref")), id);
        AwardDecision.Signature signature = jdbc.query("SELECT * FROM award_decision_signature WHERE decision_id = ?",
                (s, n) -> new AwardDecision.Signature(s.getString("decision_number"), s.getDate("signed_on").toLocalDate(),
                        s.getString("signer"), s.getString("recorded_by"), s.getTimestamp("recorded_at").toInstant()), id)
                .stream().findFirst().orElse(null);
        return new AwardDecision(id, rs.getLong("run_id"), rs.getString("authority_vi"), rs.getString("authority_en"),
                rs.getString("authority_citation"), rs.getString("authority_review"), rs.getDate("drafted_on").toLocalDate(),
                rs.getLong("base_salary"), rs.getString("base_salary_ref"), rs.getLong("total_bonus"), rs.getString("drafted_by"),
                rs.getTimestamp("drafted_at").toInstant(), entries, signature);
    }
}

package vn.thidua.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.history.AwardRegister;
import vn.thidua.history.RegisteredAward;

/**
 * The register read for evaluation: a request's subjects' conferred awards and revocations, in one
 * query per {@value #BATCH} subjects. Reads only; the register is written elsewhere in this module.
 */
@Repository
public class RegisterHistory implements AwardRegister {

    static final int BATCH = 1000;

    private static final String SELECT = "SELECT e.id, e.subject_id, e.subject_kind, e.award, e.award_year, e.decision_number,"
            + " e.decision_date, e.authority, e.source, r.decision_number AS revoked_number, r.decision_date AS revoked_on,"
            + " r.reason FROM register_entry e LEFT JOIN register_revocation r ON r.entry_id = e.id WHERE e.award_year < ?"
            + " AND e.subject_id IN (";

    private static final Comparator<RegisteredAward> ORDER = AwardRegister.ORDER;

    private final JdbcTemplate jdbc;

    RegisterHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegisteredAward> history(Collection<String> subjectIds, int beforeYear) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(subjectIds));
        List<RegisteredAward> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Object[] args = new Object[batch.size() + 1];
            args[0] = beforeYear;
            for (int i = 0; i < batch.size(); i++) {
                args[i + 1] = batch.get(i);
            }
            jdbc.query(SELECT + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")", rs -> {
                RegisteredAward entry = entry(rs);
                if (entry != null) {
                    found.add(entry);
                }
            }, args);
        }
        found.sort(ORDER);
        return found;
    }

    // An award code or subject kind this version does not know cannot complete a request: such a row is not read.
    private static RegisteredAward entry(ResultSet rs) throws SQLException {
        AwardCode award = known(AwardCode.class, rs.getString("award"));
        SubjectKind kind = known(SubjectKind.class, rs.getString("subject_kind"));
        RegisteredAward.Source source = known(RegisteredAward.Source.class, rs.getString("source"));
        if (award == null || kind == null || source == null) {
            return null;
        }
        String revokedBy = rs.getString("revoked_number");
        RegisteredAward.Revocation revocation = revokedBy == null ? null
                : new RegisteredAward.Revocation(revokedBy, rs.getObject("revoked_on", LocalDate.class), rs.getString("reason"));
        return new RegisteredAward(rs.getLong("id"), rs.getString("subject_id"), kind, award, rs.getInt("award_year"),
                rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class), rs.getString("authority"), source,
                revocation);
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}

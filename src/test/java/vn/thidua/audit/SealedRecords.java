package vn.thidua.audit;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Council sessions, decisions, signatures, register entries and revocations written with SQL (their
 * modules are written elsewhere) and sealed as those modules do: rows first, then the seal, in one
 * transaction. Each method returns the key of the record it sealed.
 */
final class SealedRecords {

    private static final Timestamp RECORDED = Timestamp.valueOf(LocalDateTime.of(2026, 3, 2, 9, 30, 15, 250_000_000));

    private final JdbcTemplate jdbc;
    private final RecordSeals seals;
    private final TransactionTemplate transactions;
    private long sealNanos;

    SealedRecords(JdbcTemplate jdbc, RecordSeals seals, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.seals = seals;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A session of five members (one absent with a written opinion, one absent) and three ballots, two at 80 %. */
    long councilSession(long runId) {
        return inTransaction(() -> {
            long id = insert("INSERT INTO council_session (run_id, held_on, starts_at, place, council_name, council_size,"
                    + " chair_member_id, secretary_member_id, note, recorded_by, recorded_at) VALUES (?, ?, '08:00',"
                    + " 'Hội trường UBND xã', 'Hội đồng Thi đua – Khen thưởng xã Đạ R''sal', 5, 'M1', 'M3', NULL, 'thu-ky', ?)",
                    runId, Date.valueOf(LocalDate.of(2026, 3, 2)), RECORDED);
            String[][] members = {{"M1", "Liêng Jrang K'Hoa", "PRESENT"}, {"M2", "Nguyễn Thị Hồng", "PRESENT"},
                {"M3", "Trần Văn Minh", "PRESENT"}, {"M4", "Ka Điệp", "ABSENT_WRITTEN"}, {"M5", "Đỗ Văn Lợi", "ABSENT"}};
            for (int seq = 0; seq < members.length; seq++) {
                jdbc.update("INSERT INTO council_session_member (session_id, seq, member_id, name, position, unit_code, person_id,"
                        + " attendance) VALUES (?, ?, ?, ?, 'Ủy viên', 'XA-DARSAL', NULL, ?)", id, seq, members[seq][0],
                        members[seq][1], members[seq][2]);
            }
            ballot(id, 0, "CN-0001", 4, "80.000", "APPROVED");
            ballot(id, 1, "CN-0002", 4, "80.000", "APPROVED");
            ballot(id, 2, "CN-0003", 3, "60.000", "NOT_APPROVED");
            seal(RecordKind.COUNCIL_SESSION, id);
            return id;
        });
    }

    /** A draft decision with one entry per approved ballot of the session. */
    long awardDecision(long runId, long sessionId) {
        return inTransaction(() -> {
            long id = insert("INSERT INTO award_decision (run_id, authority_vi, authority_en, authority_citation, authority_review,"
                    + " drafted_on, base_salary, base_salary_ref, total_bonus, drafted_by, drafted_at) VALUES (?, 'Chủ tịch UBND xã',"
                    + " 'Commune chair', 'QĐ 638/QĐ-BNV', 'PENDING', ?, 2340000, 'NĐ 73/2024/NĐ-CP', 2340000, 'thu-ky', ?)",
                    runId, Date.valueOf(LocalDate.of(2026, 3, 5)), RECORDED);
            for (int seq = 0; seq < 2; seq++) {
                jdbc.update("INSERT INTO award_decision_entry (decision_id, seq, subject_group, subject_id, subject_name, unit_code,"
                        + " unit_name, award, award_year, session_id, ballot_seq, bonus_coefficient, bonus_amount, bonus_ref)"
                        + " VALUES (?, ?, 'INDIVIDUAL', ?, 'Nguyễn Văn A', 'XA-DARSAL', 'UBND xã', 'CHIEN_SI_THI_DUA_CO_SO', 2025,"
                        + " ?, ?, ?, 1170000, 'NĐ 152/2025/NĐ-CP')", id, seq, "CN-000" + (seq + 1), sessionId, seq,
                        new BigDecimal("0.500"));
            }
            seal(RecordKind.AWARD_DECISION, id);
            return id;
        });
    }

    long signature(long decisionId) {
        return inTransaction(() -> {
            jdbc.update("INSERT INTO award_decision_signature (decision_id, decision_number, signed_on, signer, recorded_by,"
                    + " recorded_at) VALUES (?, '12/QĐ-UBND', ?, 'Liêng Jrang K''Hoa', 'thu-ky', ?)", decisionId,
                    Date.valueOf(LocalDate.of(2026, 3, 9)), RECORDED);
            seal(RecordKind.AWARD_DECISION_SIGNATURE, decisionId);
            return decisionId;
        });
    }

    /** A register entry conferred by the decision's first entry. */
    long registerEntry(long decisionId, String subjectId) {
        return inTransaction(() -> {
            long id = insert("INSERT INTO register_entry (subject_id, subject_kind, subject_name, unit_code, award, award_year,"
                    + " decision_number, decision_date, authority, source, decision_id, entry_seq, recorded_by, recorded_at)"
                    + " VALUES (?, 'INDIVIDUAL', 'Nguyễn Văn A', 'XA-DARSAL', 'CHIEN_SI_THI_DUA_CO_SO', 2025, ?, ?,"
                    + " 'Chủ tịch UBND xã', 'DECISION', ?, 0, 'thu-ky', ?)", subjectId, "12/QĐ-UBND-" + decisionId,
                    Date.valueOf(LocalDate.of(2026, 3, 9)), decisionId, RECORDED);
            seal(RecordKind.REGISTER_ENTRY, id);
            return id;
        });
    }

    long revocation(long entryId) {
        return inTransaction(() -> {
            long id = insert("INSERT INTO register_revocation (entry_id, reason, decision_number, decision_date, authority,"
                    + " recorded_by, recorded_at) VALUES (?, 'Khai man thành tích', '3/QĐ-UBND', ?, 'Chủ tịch UBND xã', 'thu-ky', ?)",
                    entryId, Date.valueOf(LocalDate.of(2026, 6, 1)), RECORDED);
            seal(RecordKind.REGISTER_REVOCATION, id);
            return id;
        });
    }

    /** The time spent in {@link RecordSeals#seal} so far, for the bench. */
    long sealNanos() {
        return sealNanos;
    }

    private void seal(RecordKind kind, long key) {
        long started = System.nanoTime();
        seals.seal(kind, key);
        sealNanos += System.nanoTime() - started;
    }

    private void ballot(long sessionId, int seq, String subject, int agree, String percent, String outcome) {
        jdbc.update("INSERT INTO council_ballot (session_id, seq, subject_id, subject_kind, award, agree, disagree, invalid, recused,"
                + " denominator, percent, threshold, outcome, result_json) VALUES (?, ?, ?, 'INDIVIDUAL', 'CHIEN_SI_THI_DUA_CO_SO',"
                + " ?, ?, 0, '', 5, ?, 80.000, ?, '{}')", sessionId, seq, subject, agree, 4 - agree, new BigDecimal(percent), outcome);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    private long inTransaction(java.util.function.LongSupplier work) {
        Long id = transactions.execute(status -> work.getAsLong());
        return id == null ? 0 : id;
    }
}

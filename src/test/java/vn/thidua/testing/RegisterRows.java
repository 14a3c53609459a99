package vn.thidua.testing;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.audit.RecordKind;
import vn.thidua.audit.RecordSeals;

/**
 * Register rows written with SQL, as the conferral module writes them (V18): conferred awards
 * imported from past decisions, and revocations. Tests use subject ids of their own so that runs of
 * other tests on the shared database read nothing from the register. Each row is sealed in the record
 * chain as the register seals it, so that other tests' audit verification of the shared database stays intact.
 */
public final class RegisterRows {

    private final JdbcTemplate jdbc;
    private final RecordSeals seals;
    private final TransactionTemplate transactions;

    public RegisterRows(JdbcTemplate jdbc, RecordSeals seals, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.seals = seals;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** An individual's award entered from a past decision of 20 January of the next year; returns its id. */
    public long imported(String subjectId, String award, int year, String decisionNumber) {
        return entry(subjectId, "INDIVIDUAL", award, year, decisionNumber, "IMPORTED");
    }

    /** A register entry; returns its id. */
    public long entry(String subjectId, String kind, String award, int year, String decisionNumber, String source) {
        return entry(subjectId, kind, "TH-DARSAL", award, year, decisionNumber, source);
    }

    /** A register entry of a subject of the unit {@code unitCode}; returns its id. */
    public long entry(String subjectId, String kind, String unitCode, String award, int year, String decisionNumber, String source) {
        Long sealed = transactions.execute(status -> {
            long id = insertEntry(subjectId, kind, unitCode, award, year, decisionNumber, source);
            seals.seal(RecordKind.REGISTER_ENTRY, id);
            return id;
        });
        return sealed == null ? 0 : sealed;
    }

    private long insertEntry(String subjectId, String kind, String unitCode, String award, int year, String decisionNumber,
            String source) {
        jdbc.update("INSERT INTO register_entry (subject_id, subject_kind, subject_name, unit_code, award, award_year,"
                + " decision_number, decision_date, authority, source, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)", subjectId, kind, "Trần Thị Hạnh", unitCode,
                award, year, decisionNumber, LocalDate.of(year + 1, 1, 20), "Chủ tịch UBND tỉnh Lâm Đồng", source, "test");
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM register_entry WHERE subject_id = ?", Long.class, subjectId);
        return id == null ? 0 : id;
    }

    /** Revokes an entry by a decision of 2 March 2026. */
    public void revoke(long entryId, String decisionNumber) {
        transactions.executeWithoutResult(status -> {
            insertRevocation(entryId, decisionNumber);
            Long id = jdbc.queryForObject("SELECT id FROM register_revocation WHERE entry_id = ?", Long.class, entryId);
            seals.seal(RecordKind.REGISTER_REVOCATION, id);
        });
    }

    private void insertRevocation(long entryId, String decisionNumber) {
        jdbc.update("INSERT INTO register_revocation (entry_id, reason, decision_number, decision_date, authority, recorded_by,"
                + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)", entryId, "Khai man thành tích", decisionNumber,
                LocalDate.of(2026, 3, 2), "Chủ tịch UBND tỉnh Lâm Đồng", "test");
    }
}

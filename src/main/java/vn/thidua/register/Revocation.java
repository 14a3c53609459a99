package vn.thidua.register;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The revocation of a register entry (Luật Thi đua, khen thưởng 06/2022/QH15, Chương VII, the article on
 * xử lý vi phạm, khoản 2; its article number is not yet confirmed): the reason and the decision that
 * revoked it.
 */
public record Revocation(long id, long entryId, String reason, String decisionNumber, LocalDate decisionDate, String authority,
        String recordedBy, Instant recordedAt) {
}

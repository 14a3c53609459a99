package vn.thidua.conferral;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;

/**
 * A council ballot on one dossier as recorded with its session (counts only), with the session's
 * date and council, and the council result as the council module computed it ({@code resultJson}:
 * percentage, threshold, denominator and citation, in the form of a decision).
 */
public record Ballot(long sessionId, int seq, long runId, LocalDate heldOn, String councilName, int councilSize, String subjectId,
        SubjectKind subjectKind, AwardCode award, int agree, int disagree, int invalid, int denominator, BigDecimal percent,
        BigDecimal threshold, String outcome, String resultJson) {

    public boolean approved() {
        return "APPROVED".equals(outcome);
    }
}

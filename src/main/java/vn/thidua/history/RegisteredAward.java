package vn.thidua.history;

import java.time.LocalDate;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;

/**
 * A conferred title or commendation as the register holds it (one register entry), with its
 * revocation when it was revoked. {@code year} is the achievement year the award was conferred for.
 */
public record RegisteredAward(long entryId, String subjectId, SubjectKind subjectKind, AwardCode award, int year,
        String decisionNumber, LocalDate decisionDate, String authority, Source source, Revocation revocation) {

    /** DECISION: conferred through a decision recorded in this application; IMPORTED: entered from a past decision. */
    public enum Source { DECISION, IMPORTED }

    /** The decision that revoked an award, and why. */
    public record Revocation(String decisionNumber, LocalDate decisionDate, String reason) {
    }

    public boolean revoked() {
        return revocation != null;
    }
}

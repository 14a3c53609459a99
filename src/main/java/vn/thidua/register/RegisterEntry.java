package vn.thidua.register;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;

/**
 * One conferred title or commendation of a subject: the award and the year of the achievement, the
 * decision that conferred it (number, date, authority), where it came from ({@code DECISION}, with
 * the decision and entry of this application, or {@code IMPORTED}), who recorded it, and its
 * revocation when one is recorded (null otherwise). The name is the subject's name as conferred.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegisterEntry(long id, String subjectId, SubjectKind subjectKind, String subjectName, String unitCode, AwardCode award,
        int awardYear, String decisionNumber, LocalDate decisionDate, String authority, Source source, Long decisionId,
        Integer entrySeq, String recordedBy, Instant recordedAt, Revocation revocation) {

    /** Where an entry comes from. */
    public enum Source {
        /** Conferred through a decision drafted and recorded as signed in this application. */
        DECISION,
        /** Conferred before the application was used, entered from its decision. */
        IMPORTED
    }

    /** Whether the award still counts: it has not been revoked. */
    public boolean inForce() {
        return revocation == null;
    }
}

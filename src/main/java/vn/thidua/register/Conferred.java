package vn.thidua.register;

import java.time.LocalDate;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;

/**
 * An award to enter in the register: the subject (id, kind, name as conferred, unit), the award and
 * the year of the achievement, and the decision that conferred it; {@code decisionId} and
 * {@code entrySeq} name the entry of a decision recorded in this application, and are null for an
 * award imported from a decision made before it was used.
 */
public record Conferred(String subjectId, SubjectKind subjectKind, String subjectName, String unitCode, AwardCode award,
        int awardYear, String decisionNumber, LocalDate decisionDate, String authority, Long decisionId, Integer entrySeq) {
}

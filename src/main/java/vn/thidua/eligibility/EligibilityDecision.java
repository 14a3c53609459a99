package vn.thidua.eligibility;

import java.util.List;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;

/** The decision for one (subject, award) pair (interchange contract, section 3). */
public record EligibilityDecision(
        String subjectId,
        SubjectKind subjectKind,
        AwardCode award,
        Outcome outcome,
        boolean requiresCouncilJudgement,
        List<CriterionOutcome> criteria,
        List<Text> missing,
        List<Warning> warnings) {
}

package vn.thidua.eligibility;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;

/**
 * The decision for one (subject, award) pair (docs/request-and-result.md §3), with the authority
 * that confers the award (an addition to the original format; null when the rule set names none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EligibilityDecision(
        String subjectId,
        SubjectKind subjectKind,
        AwardCode award,
        Outcome outcome,
        boolean requiresCouncilJudgement,
        List<CriterionOutcome> criteria,
        List<Text> missing,
        List<Warning> warnings,
        Authority authority) {
}

package vn.thidua.bench;

import java.util.List;

import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.CriterionStatus;
import vn.thidua.eligibility.Outcome;

/**
 * The reference evaluator's decision for one (individual, award) pair: outcome, criteria in the
 * engine's catalogue order, and the codes of the warnings the engine would attach.
 */
public record ReferenceDecision(String subjectId, AwardCode award, Outcome outcome, List<ReferenceCriterion> criteria,
        List<String> warnings) {

    /**
     * The outcome by the precedence of docs/request-and-result.md §3.3, as the engine's assembler applies it: a criterion not
     * met refuses, an open proceeding (the only deferring criterion here) defers, missing evidence
     * leaves the decision incomplete.
     */
    static ReferenceDecision decide(String subjectId, AwardCode award, List<ReferenceCriterion> criteria,
            List<String> warnings) {
        boolean notMet = false;
        boolean deferred = false;
        boolean incomplete = false;
        for (ReferenceCriterion criterion : criteria) {
            if (criterion.status() == CriterionStatus.NOT_MET) {
                if (SuspensionCriterion.ID.equals(criterion.id())) {
                    deferred = true;
                } else {
                    notMet = true;
                }
            } else if (criterion.status() == CriterionStatus.NOT_EVALUATED) {
                incomplete = true;
            }
        }
        Outcome outcome = notMet ? Outcome.NOT_ELIGIBLE : deferred ? Outcome.DEFERRED
                : incomplete ? Outcome.INCOMPLETE : Outcome.ELIGIBLE;
        return new ReferenceDecision(subjectId, award, outcome, criteria, warnings);
    }
}

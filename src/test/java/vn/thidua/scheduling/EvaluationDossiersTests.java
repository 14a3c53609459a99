package vn.thidua.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Outcome;

class EvaluationDossiersTests {

    @Test
    void schedulesEligibleDecisionsWithOrWithoutAJudgement() {
        assertThat(EvaluationDossiers.forTheCouncil(decision(Outcome.ELIGIBLE, false))).isTrue();
        assertThat(EvaluationDossiers.forTheCouncil(decision(Outcome.ELIGIBLE, true))).isTrue();
    }

    @Test
    void schedulesAnIncompleteDecisionOnlyWhenTheCouncilMustJudgeIt() {
        assertThat(EvaluationDossiers.forTheCouncil(decision(Outcome.INCOMPLETE, true))).isTrue();
        assertThat(EvaluationDossiers.forTheCouncil(decision(Outcome.INCOMPLETE, false))).isFalse();
    }

    @Test
    void leavesRefusedAndDeferredDecisionsOutThoughACriterionIsForTheCouncil() {
        assertThat(EvaluationDossiers.forTheCouncil(decision(Outcome.NOT_ELIGIBLE, true))).isFalse();
        assertThat(EvaluationDossiers.forTheCouncil(decision(Outcome.DEFERRED, true))).isFalse();
    }

    private static EligibilityDecision decision(Outcome outcome, boolean judgement) {
        return new EligibilityDecision("CN-0001", SubjectKind.INDIVIDUAL, AwardCode.CHIEN_SI_THI_DUA_CO_SO, outcome, judgement,
                List.of(), List.of(), List.of(), null);
    }
}

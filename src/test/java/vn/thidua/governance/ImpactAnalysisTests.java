package vn.thidua.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Citation;
import vn.thidua.eligibility.CriterionOutcome;
import vn.thidua.eligibility.CriterionStatus;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.Text;

/** How two evaluations of one request are compared: who gains, who loses and why, other changes, shares. */
class ImpactAnalysisTests {

    private static final AwardCode CSCS = AwardCode.CHIEN_SI_THI_DUA_CO_SO;
    private static final EvaluationRequest REQUEST = new RequestReader(Long.MAX_VALUE, 10_000, Clock.systemUTC())
            .read(new ByteArrayInputStream(SampleRequests.commune()));

    @Test
    void sortsOutcomeChangesIntoGainedLostAndChangedWithTheCriteriaThatMoved() {
        String first = REQUEST.individuals().get(0).id();
        String second = REQUEST.individuals().get(1).id();
        String third = REQUEST.individuals().get(2).id();
        List<EligibilityDecision> before = List.of(decision(first, Outcome.ELIGIBLE, CriterionStatus.MET, CriterionStatus.MET),
                decision(second, Outcome.NOT_ELIGIBLE, CriterionStatus.MET, CriterionStatus.NOT_MET),
                decision(third, Outcome.INCOMPLETE, CriterionStatus.NOT_EVALUATED, CriterionStatus.MET));
        List<EligibilityDecision> after = List.of(decision(first, Outcome.NOT_ELIGIBLE, CriterionStatus.MET, CriterionStatus.NOT_MET),
                decision(second, Outcome.ELIGIBLE, CriterionStatus.MET, CriterionStatus.MET),
                decision(third, Outcome.NOT_ELIGIBLE, CriterionStatus.NOT_MET, CriterionStatus.MET));

        AwardImpact impact = ImpactAnalysis.compare(REQUEST, new ImpactAnalysis.Side(before, List.of()),
                new ImpactAnalysis.Side(after, List.of())).get(0);

        assertThat(impact.award()).isEqualTo(CSCS);
        assertThat(impact.lost()).singleElement().satisfies(lost -> {
            assertThat(lost.subjectId()).isEqualTo(first);
            assertThat(lost.name()).isEqualTo(REQUEST.individuals().get(0).fullName());
            assertThat(lost.criteria()).singleElement().satisfies(c -> {
                assertThat(c.criterion()).isEqualTo("C2");
                assertThat(c.before()).isEqualTo(CriterionStatus.MET);
                assertThat(c.after()).isEqualTo(CriterionStatus.NOT_MET);
                assertThat(c.explanation().en()).isEqualTo("C2 NOT_MET");
            });
        });
        assertThat(impact.gained()).extracting(AwardImpact.SubjectChange::subjectId).containsExactly(second);
        assertThat(impact.changed()).singleElement().satisfies(changed -> {
            assertThat(changed.before()).isEqualTo(Outcome.INCOMPLETE);
            assertThat(changed.after()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(changed.criteria()).extracting(AwardImpact.CriterionChange::criterion).containsExactly("C1");
        });
        assertThat(impact.before()).isEqualTo(Map.of(Outcome.ELIGIBLE, 1, Outcome.NOT_ELIGIBLE, 1, Outcome.INCOMPLETE, 1));
        assertThat(impact.after()).isEqualTo(Map.of(Outcome.ELIGIBLE, 1, Outcome.NOT_ELIGIBLE, 2));
    }

    @Test
    void aDecisionThatAppearsOrDisappearsIsAChangeWithAnEmptySide() {
        String first = REQUEST.individuals().get(0).id();
        List<EligibilityDecision> before = List.of();
        List<EligibilityDecision> after = List.of(decision(first, Outcome.ELIGIBLE, CriterionStatus.MET, CriterionStatus.MET));

        AwardImpact impact = ImpactAnalysis.compare(REQUEST, new ImpactAnalysis.Side(before, List.of()),
                new ImpactAnalysis.Side(after, List.of())).get(0);

        assertThat(impact.gained()).singleElement().satisfies(gained -> {
            assertThat(gained.before()).isNull();
            assertThat(gained.criteria()).extracting(AwardImpact.CriterionChange::before).containsOnlyNulls();
        });
    }

    @Test
    void unchangedDecisionsLeaveNoEntryAndSharesCountEveryGroupBeforeAndAfter() {
        List<EligibilityDecision> same = REQUEST.individuals().stream()
                .map(p -> decision(p.id(), Outcome.ELIGIBLE, CriterionStatus.MET, CriterionStatus.MET)).toList();

        AwardImpact impact = ImpactAnalysis.compare(REQUEST, new ImpactAnalysis.Side(same, List.of()),
                new ImpactAnalysis.Side(same, List.of())).get(0);

        assertThat(impact.gained()).isEmpty();
        assertThat(impact.lost()).isEmpty();
        assertThat(impact.changed()).isEmpty();
        long women = REQUEST.individuals().stream().filter(p -> p.gender() == vn.thidua.dossier.Gender.FEMALE).count();
        assertThat(impact.shares()).filteredOn(s -> s.group() == PriorityGroup.FEMALE).singleElement().satisfies(share -> {
            assertThat(share.candidatesBefore()).isEqualTo((int) women).isEqualTo(share.candidatesAfter());
            assertThat(share.eligibleBefore()).isEqualTo((int) women);
            assertThat(share.selectedBefore()).isZero();
        });
    }

    private static EligibilityDecision decision(String subject, Outcome outcome, CriterionStatus c1, CriterionStatus c2) {
        return new EligibilityDecision(subject, SubjectKind.INDIVIDUAL, CSCS, outcome, false,
                List.of(criterion("C1", c1), criterion("C2", c2)), List.of(), List.of(), null);
    }

    private static CriterionOutcome criterion(String id, CriterionStatus status) {
        return new CriterionOutcome(id, status, new Text(id + " " + status.name().toLowerCase(), id + " " + status.name()),
                new Citation("Luật Thi đua, khen thưởng 06/2022/QH15, Điều 23", null, null), Map.of(), List.of());
    }
}

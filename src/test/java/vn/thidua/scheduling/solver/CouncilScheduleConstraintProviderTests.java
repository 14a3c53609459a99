package vn.thidua.scheduling.solver;

import static vn.thidua.scheduling.solver.PlanningFacts.CHAIR_A;
import static vn.thidua.scheduling.solver.PlanningFacts.MEMBER_A;
import static vn.thidua.scheduling.solver.PlanningFacts.MEMBER_B;
import static vn.thidua.scheduling.solver.PlanningFacts.MEMBER_C;
import static vn.thidua.scheduling.solver.PlanningFacts.dossier;
import static vn.thidua.scheduling.solver.PlanningFacts.january;
import static vn.thidua.scheduling.solver.PlanningFacts.session;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import vn.thidua.dossier.AwardCode;

/** One test per constraint, named after it: what it penalises, and by how much. */
class CouncilScheduleConstraintProviderTests {

    private final ConstraintVerifier<CouncilScheduleConstraintProvider, CouncilSchedule> verifier = ConstraintVerifier
            .build(new CouncilScheduleConstraintProvider(), CouncilSchedule.class, Dossier.class)
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    @Test
    void sessionOverItsMinutes() {
        Session short60 = session("S1", 5, 60);
        Session long90 = session("S2", 6, 90);

        verifier.verifyThat(CouncilScheduleConstraintProvider::sessionOverItsMinutes)
                .given(short60, long90,
                        dossier("D1", "A", 40, 20).placedIn(short60),
                        dossier("D2", "B", 35, 20).placedIn(short60),
                        dossier("D3", "C", 90, 20).placedIn(long90),
                        dossier("D4", "C", 50, 20))
                .penalizesBy(15);
    }

    @Test
    void sessionAfterDeadline() {
        Session fifth = session("S1", 5, 120);
        Session tenth = session("S2", 10, 120);

        verifier.verifyThat(CouncilScheduleConstraintProvider::sessionAfterDeadline)
                .given(fifth, tenth,
                        dossier("D1", "A", 10, 10).placedIn(tenth),
                        dossier("D2", "A", 10, 7).placedIn(tenth),
                        dossier("D3", "A", 10, 7).placedIn(fifth),
                        dossier("D4", "A", 10, 1))
                .penalizesBy(3);
    }

    @Test
    void noQuorumAfterRecusal() {
        Session everyone = session("S1", 5, 120);
        Session withoutC = session("S2", 6, 120, List.of(CHAIR_A, MEMBER_A, MEMBER_B));

        // Quorum 3 of 4: 2 review D1 (A's two members recuse), 2 review D4 in S2 (M3 of B recuses, M4 is away),
        // 2 review D5 in S2 (M3 recuses from CN-B1, their own dossier); D2 and D3 keep 3.
        verifier.verifyThat(CouncilScheduleConstraintProvider::noQuorumAfterRecusal)
                .given(new Quorum(3, 4), everyone, withoutC,
                        dossier("D1", "A", 10, 20).placedIn(everyone),
                        dossier("D2", "B", 10, 20).placedIn(everyone),
                        dossier("D3", "C", 10, 20).placedIn(withoutC),
                        dossier("D4", "B", 10, 20).placedIn(withoutC),
                        dossier("D5", "CN-B1", "C", AwardCode.LAO_DONG_TIEN_TIEN, 10, 20).placedIn(withoutC))
                .penalizesBy(1 + 1 + 1);
    }

    @Test
    void dossierNotScheduled() {
        Session session = session("S1", 5, 120);

        verifier.verifyThat(CouncilScheduleConstraintProvider::dossierNotScheduled)
                .given(session,
                        dossier("D1", "A", 10, 20).placedIn(session),
                        dossier("D2", "A", 10, 20),
                        dossier("D3", "B", 10, 20))
                .penalizesBy(2);
    }

    @Test
    void awardSpreadOverSessions() {
        Session first = session("S1", 5, 120);
        Session second = session("S2", 6, 120);
        Session third = session("S3", 7, 120);

        verifier.verifyThat(CouncilScheduleConstraintProvider::awardSpreadOverSessions)
                .given(first, second, third,
                        dossier("D1", AwardCode.LAO_DONG_TIEN_TIEN, 20).placedIn(first),
                        dossier("D2", AwardCode.LAO_DONG_TIEN_TIEN, 20).placedIn(second),
                        dossier("D3", AwardCode.LAO_DONG_TIEN_TIEN, 20).placedIn(third),
                        dossier("D4", AwardCode.CHIEN_SI_THI_DUA_CO_SO, 20).placedIn(first),
                        dossier("D5", AwardCode.CHIEN_SI_THI_DUA_CO_SO, 20).placedIn(first),
                        dossier("D6", AwardCode.GIA_DINH_VAN_HOA, 20).placedIn(second),
                        dossier("D7", AwardCode.GIA_DINH_VAN_HOA, 20))
                .penalizesBy(2);
    }

    @Test
    void urgentDossierReviewedLate() {
        Session fifth = session("S1", 5, 120);
        Session tenth = session("S2", 10, 120);

        // Waiting 5 days costs 1 for a deadline on the last session's day, 11 for a deadline on 10 January.
        verifier.verifyThat(CouncilScheduleConstraintProvider::urgentDossierReviewedLate)
                .given(january(), fifth, tenth,
                        dossier("D1", "A", 10, 10).placedIn(fifth),
                        dossier("D2", "A", 10, 20).placedIn(tenth),
                        dossier("D3", "A", 10, 10).placedIn(tenth),
                        dossier("D4", "A", 10, 25).placedIn(tenth),
                        dossier("D5", "A", 10, 10))
                .penalizesBy(0 + 5 * 1 + 5 * 11 + 5 * 1);
    }

    @Test
    void unbalancedSessionLoad() {
        Session first = session("S1", 5, 120);
        Session second = session("S2", 6, 120);
        Session empty = session("S3", 7, 120);

        verifier.verifyThat(CouncilScheduleConstraintProvider::unbalancedSessionLoad)
                .given(first, second, empty,
                        dossier("D1", "A", 50, 20).placedIn(first),
                        dossier("D2", "B", 30, 20).placedIn(first),
                        dossier("D3", "C", 20, 20).placedIn(second),
                        dossier("D4", "C", 90, 20))
                .penalizesBy(60);
    }

    @Test
    void sessionConvened() {
        Session first = session("S1", 5, 120);
        Session second = session("S2", 6, 120);
        Session unused = session("S3", 7, 120);

        verifier.verifyThat(CouncilScheduleConstraintProvider::sessionConvened)
                .given(first, second, unused,
                        dossier("D1", "A", 10, 20).placedIn(first),
                        dossier("D2", "B", 10, 20).placedIn(first),
                        dossier("D3", "C", 10, 20).placedIn(second),
                        dossier("D4", "C", 10, 20))
                .penalizesBy(2);
    }
}

package vn.thidua.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.thidua.scheduling.ScheduleResult.Assignment;
import vn.thidua.scheduling.ScheduleResult.ConstraintScore;
import vn.thidua.scheduling.ScheduleResult.Unassigned;

/** The sample commune council's request, solved for real and checked by rules written apart from the solver. */
class SampleScheduleIntegrationTests {

    private static SchedulingRequest request;
    private static ScheduleResult result;

    @BeforeAll
    static void solve() {
        request = SampleSchedules.commune();
        result = new ScheduleSolver().solve(request, Duration.ofSeconds(5), best -> { });
    }

    @Test
    void solvesSampleCouncilToFeasibleSchedule() {
        assertThat(result.feasible()).as(result.score()).isTrue();
        assertThat(result.score()).startsWith("0hard/-2medium/");
        assertThat(ScheduleChecker.problems(request, result)).isEmpty();
    }

    @Test
    void placesEveryDossierThatCanBePlaced() {
        assertThat(result.assignments()).hasSize(38);
        assertThat(result.unassigned()).extracting(Unassigned::dossier)
                .containsExactly(SampleSchedules.LATE_PROPOSAL, SampleSchedules.NO_QUORUM);
    }

    @Test
    void givesReasonsForDossiersLeftOut() {
        Map<String, Unassigned> unassigned = result.unassigned().stream()
                .collect(Collectors.toMap(Unassigned::dossier, Function.identity()));

        assertThat(unassigned.get(SampleSchedules.LATE_PROPOSAL).reason()).isEqualTo("hạn chót 2026-01-03 trước mọi phiên họp");
        assertThat(unassigned.get(SampleSchedules.NO_QUORUM).reason())
                .isEqualTo("không phiên nào đủ túc số 7 sau khi thành viên cùng đơn vị XA-DARSAL rút lui");
        assertThat(unassigned.get(SampleSchedules.NO_QUORUM).reasonEn())
                .isEqualTo("no session reaches the quorum of 7 once the members of unit XA-DARSAL recuse");
    }

    @Test
    void recusesMemberFromOwnDossierAndUnit() {
        Assignment own = result.assignments().stream().filter(a -> a.dossier().equals(SampleSchedules.MEMBERS_OWN))
                .findFirst().orElseThrow();

        assertThat(own.session()).isEqualTo("S1");
        assertThat(own.recused()).containsExactly("M6", "M8");
    }

    @Test
    void explainsScoreByConstraint() {
        assertThat(result.constraints()).extracting(ConstraintScore::name).containsExactly(
                "Session over its minutes", "Session after the dossier's deadline", "No quorum after recusal",
                "Dossier not scheduled", "Award spread over sessions", "Urgent dossier reviewed late",
                "Unbalanced session load", "Session convened");
        assertThat(result.constraints()).filteredOn(c -> c.name().equals("Dossier not scheduled"))
                .singleElement().satisfies(c -> {
                    assertThat(c.matches()).isEqualTo(2);
                    assertThat(c.score()).isEqualTo("0hard/-2medium/0soft");
                });
        assertThat(result.constraints().stream().mapToInt(ConstraintScore::matches).sum()).isPositive();
    }
}

package vn.thidua.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.scheduling.ScheduleResult.Assignment;
import vn.thidua.scheduling.ScheduleResult.Unassigned;

/** The checker the integration tests trust: it must see each kind of broken result. */
class ScheduleCheckerTests {

    private final SchedulingRequest request = SchedulingRequests.smallCouncil();

    @Test
    void acceptsCorrectResult() {
        ScheduleResult result = result(true,
                List.of(new Assignment("D2", "S1", List.of("M4")), new Assignment("D3", "S1", List.of("M3"))),
                List.of(new Unassigned("D1", "không phiên nào đủ túc số 3 sau khi thành viên cùng đơn vị A rút lui", ""),
                        new Unassigned("D4", "hạn chót 2026-01-01 trước mọi phiên họp", "")));

        assertThat(ScheduleChecker.problems(request, result)).isEmpty();
    }

    @Test
    void findsEveryBrokenHardRuleAndFeasibleThatSaysOtherwise() {
        ScheduleResult result = result(true,
                List.of(new Assignment("D1", "S1", List.of("M1", "M2")), new Assignment("D2", "S2", List.of()),
                        new Assignment("D3", "S1", List.of("M3")), new Assignment("D4", "S1", List.of("M1", "M2"))),
                List.of());

        assertThat(ScheduleChecker.problems(request, result)).anyMatch(p -> p.contains("D1 in S1 has 2 reviewers"))
                .anyMatch(p -> p.contains("D2 sits in S2 on 2026-01-12, after its deadline"))
                .anyMatch(p -> p.contains("S1 holds 70 minutes"))
                .anyMatch(p -> p.startsWith("feasible is true"));
    }

    @Test
    void findsWrongRecusalsMissingDossiersAndUnfoundedReasons() {
        ScheduleResult result = result(true,
                List.of(new Assignment("D3", "S1", List.of("M4"))),
                List.of(new Unassigned("D2", "không phiên nào còn đủ thời gian (các phiên có thể xét S1 đã kín)", "")));

        assertThat(ScheduleChecker.problems(request, result))
                .anyMatch(p -> p.contains("D3 in S1 lists recused [M4], expected [M3]"))
                .anyMatch(p -> p.contains("D2: reason") && p.contains("room left"))
                .anyMatch(p -> p.equals("D1 is neither assigned nor listed as unassigned"))
                .anyMatch(p -> p.equals("D4 is neither assigned nor listed as unassigned"));
    }

    @Test
    void acceptsSolverStoppedReasonOnlyWhenNamedSessionsHaveRoom() {
        ScheduleResult honest = result(true, List.of(new Assignment("D3", "S1", List.of("M3"))),
                List.of(new Unassigned("D1", "không phiên nào đủ túc số 3 sau khi thành viên cùng đơn vị A rút lui", ""),
                        new Unassigned("D2", "bộ giải dừng trước khi xếp được hồ sơ này; phiên còn chỗ: S1", ""),
                        new Unassigned("D4", "hạn chót 2026-01-01 trước mọi phiên họp", "")));
        ScheduleResult wrong = result(true, List.of(new Assignment("D3", "S1", List.of("M3"))),
                List.of(new Unassigned("D1", "bộ giải dừng trước khi xếp được hồ sơ này; phiên còn chỗ: S1", ""),
                        new Unassigned("D2", "không phiên nào đủ túc số 3 sau khi thành viên cùng đơn vị C rút lui", ""),
                        new Unassigned("D4", "hạn chót 2026-01-02 trước mọi phiên họp", "")));

        assertThat(ScheduleChecker.problems(request, honest)).isEmpty();
        assertThat(ScheduleChecker.problems(request, wrong)).hasSize(3);
    }

    private static ScheduleResult result(boolean feasible, List<Assignment> assignments, List<Unassigned> unassigned) {
        return new ScheduleResult("0hard/0medium/0soft", feasible, assignments, unassigned, List.of());
    }
}

package vn.thidua.scheduling;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import vn.thidua.scheduling.ScheduleResult.Assignment;
import vn.thidua.scheduling.solver.CouncilSchedule;
import vn.thidua.scheduling.solver.CouncilSolver;
import vn.thidua.scheduling.solver.ScheduleMapper;

/**
 * Solves a validated scheduling request into a scheduling result. Needs no Spring context, so the
 * {@code schedule} command runs without a database or a web server.
 */
public class ScheduleSolver {

    /** A new best score found while solving; {@code feasible} when it breaks no hard constraint. */
    public record BestScore(String score, boolean feasible) {
    }

    private final CouncilSolver solver = new CouncilSolver();

    /**
     * Solves in the calling thread until the time limit.
     *
     * @param onBest hears every new best score, from the solver's thread; use {@code best -> { }} for none
     */
    public ScheduleResult solve(SchedulingRequest request, Duration limit, Consumer<BestScore> onBest) {
        CouncilSchedule problem = ScheduleMapper.toSolution(request);
        if (problem.getDossiers().isEmpty() || problem.getSessions().isEmpty()) {
            // Nothing to choose: every dossier stays unassigned, each with its reason.
            return result(request, problem);
        }
        CouncilSchedule solved = solver.solve(problem, limit,
                score -> onBest.accept(new BestScore(score.toString(), score.isFeasible())));
        return result(request, solved);
    }

    /** The result of a solution of this request: assignments with recusals, reasons for the rest, the explained score. */
    ScheduleResult result(SchedulingRequest request, CouncilSchedule solution) {
        List<Assignment> assignments = ScheduleMapper.assignments(solution);
        CouncilSolver.Explained explained = solver.explain(solution);
        return new ScheduleResult(explained.score(), explained.feasible(), assignments,
                UnassignedReasons.of(request, assignments), explained.constraints());
    }
}

package vn.thidua.scheduling.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;

import vn.thidua.scheduling.ScheduleResult.ConstraintScore;

/**
 * The solver's configuration, written by hand (the OptaPlanner Spring Boot starter does not run on
 * Boot 4), and the two ways to run it: in the caller's thread with a time limit, or as managed jobs.
 */
public final class CouncilSolver {

    private static final List<String> CONSTRAINTS = List.of(
            CouncilScheduleConstraintProvider.SESSION_OVER_ITS_MINUTES,
            CouncilScheduleConstraintProvider.SESSION_AFTER_DEADLINE,
            CouncilScheduleConstraintProvider.NO_QUORUM_AFTER_RECUSAL,
            CouncilScheduleConstraintProvider.DOSSIER_NOT_SCHEDULED,
            CouncilScheduleConstraintProvider.AWARD_SPREAD_OVER_SESSIONS,
            CouncilScheduleConstraintProvider.URGENT_DOSSIER_REVIEWED_LATE,
            CouncilScheduleConstraintProvider.UNBALANCED_SESSION_LOAD,
            CouncilScheduleConstraintProvider.SESSION_CONVENED);

    /** Made on the first explanation: building a solver factory takes a while, and most starts never explain. */
    private volatile SolutionManager<CouncilSchedule, HardMediumSoftScore> explainer;

    /** The configuration: urgent dossiers placed first, then local search, on Bavet constraint streams, until the time limit. */
    public static SolverConfig config(Duration limit) {
        return new SolverConfig()
                .withSolutionClass(CouncilSchedule.class)
                .withEntityClasses(Dossier.class)
                .withConstraintProviderClass(CouncilScheduleConstraintProvider.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .withPhases(new ConstructionHeuristicPhaseConfig()
                        .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        new LocalSearchPhaseConfig())
                .withTerminationSpentLimit(limit);
    }

    /** Solves in the calling thread until the limit; {@code onBest} hears every new best score. */
    public CouncilSchedule solve(CouncilSchedule problem, Duration limit, Consumer<HardMediumSoftScore> onBest) {
        Solver<CouncilSchedule> solver = SolverFactory.<CouncilSchedule>create(config(limit)).buildSolver();
        solver.addEventListener(event -> onBest.accept((HardMediumSoftScore) event.getNewBestScore()));
        return solver.solve(problem);
    }

    /** A job manager solving at most {@code parallel} problems at once, each until the limit or until stopped. */
    public static SolverManager<CouncilSchedule, Long> manager(Duration limit, int parallel) {
        return SolverManager.create(config(limit), new SolverManagerConfig().withParallelSolverCount(Integer.toString(parallel)));
    }

    /** Scores a solution again and explains it: every constraint, in the provider's order, with its score and matches. */
    public Explained explain(CouncilSchedule schedule) {
        ScoreExplanation<CouncilSchedule, HardMediumSoftScore> explanation = explainer().explain(schedule);
        Map<String, ConstraintMatchTotal<HardMediumSoftScore>> totals = explanation.getConstraintMatchTotalMap();
        List<ConstraintScore> constraints = new ArrayList<>();
        for (String name : CONSTRAINTS) {
            ConstraintMatchTotal<HardMediumSoftScore> total = totals.values().stream()
                    .filter(t -> t.getConstraintName().equals(name)).findFirst().orElse(null);
            constraints.add(total == null ? new ConstraintScore(name, HardMediumSoftScore.ZERO.toString(), 0)
                    : new ConstraintScore(name, total.getScore().toString(), total.getConstraintMatchCount()));
        }
        HardMediumSoftScore score = explanation.getScore();
        return new Explained(score.toString(), score.isFeasible(), constraints);
    }

    private SolutionManager<CouncilSchedule, HardMediumSoftScore> explainer() {
        SolutionManager<CouncilSchedule, HardMediumSoftScore> made = explainer;
        if (made == null) {
            synchronized (this) {
                made = explainer;
                if (made == null) {
                    made = SolutionManager.create(SolverFactory.create(config(Duration.ofSeconds(1))));
                    explainer = made;
                }
            }
        }
        return made;
    }

    /** A solution's score in its string form, whether it breaks no hard constraint, and its constraints. */
    public record Explained(String score, boolean feasible, List<ConstraintScore> constraints) {
    }
}

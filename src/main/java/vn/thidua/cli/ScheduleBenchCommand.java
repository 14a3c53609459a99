package vn.thidua.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dataset.ScheduleGenerator;
import vn.thidua.scheduling.ScheduleResult;
import vn.thidua.scheduling.ScheduleSolver;
import vn.thidua.scheduling.SchedulingRequest;

/**
 * {@code schedule-bench [--dossiers 1000] [--sessions 40] [--members 15] [--seconds 30]}: solves a
 * generated request and reports, from the start of the solve, the time to the first feasible
 * schedule, the time to the first one that leaves out no more dossiers than the final one, and the
 * final score. Nothing is asserted; {@code --write} keeps the request for {@code schedule}.
 */
@Command(name = "schedule-bench", mixinStandardHelpOptions = true,
        description = "Measures the scheduler on a generated request: time to first feasible, score after the time limit.")
final class ScheduleBenchCommand implements Callable<Integer> {

    private static final Pattern MEDIUM = Pattern.compile("(-?\\d+)medium");

    @ParentCommand
    private Commands parent;

    @Option(names = "--dossiers", defaultValue = "1000", description = "dossiers (default ${DEFAULT-VALUE})")
    private int dossiers;

    @Option(names = "--sessions", defaultValue = "40", description = "sessions (default ${DEFAULT-VALUE})")
    private int sessions;

    @Option(names = "--members", defaultValue = "15", description = "council members (default ${DEFAULT-VALUE})")
    private int members;

    @Option(names = "--seconds", defaultValue = "30", description = "time limit for solving (default ${DEFAULT-VALUE})")
    private int seconds;

    @Option(names = "--seed", defaultValue = "7", description = "random seed of the generated request (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--write", paramLabel = "REQUEST.json", description = "also write the generated request here")
    private Path write;

    @Override
    public Integer call() throws Exception {
        if (dossiers < 1 || sessions < 1 || members < 1 || seconds < 1) {
            parent.err.println("schedule-bench: sizes and --seconds must be at least 1");
            return ExitCodes.INVALID_INPUT;
        }
        SchedulingRequest request = new ScheduleGenerator().generate(dossiers, sessions, members, seed);
        if (write != null) {
            Files.writeString(write, JsonMapper.shared().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(request));
        }
        List<Long> times = new CopyOnWriteArrayList<>();
        List<ScheduleSolver.BestScore> scores = new CopyOnWriteArrayList<>();
        ScheduleSolver solver = new ScheduleSolver();
        long start = System.nanoTime();
        ScheduleResult result = solver.solve(request, Duration.ofSeconds(seconds), best -> {
            times.add(System.nanoTime() - start);
            scores.add(best);
        });
        double total = (System.nanoTime() - start) / 1e9;
        int firstFeasible = -1;
        int allPlaced = -1;
        for (int i = scores.size() - 1; i >= 0 && scores.get(i).feasible(); i--) {
            firstFeasible = i;
            if (medium(scores.get(i).score()) == medium(result.score())) {
                allPlaced = i;
            }
        }
        parent.out.printf("request: %d dossiers, %d sessions of %d minutes, %d members, quorum %d; %d cores, max heap %d MiB%n",
                dossiers, sessions, request.sessions().get(0).minutes(), members, request.quorum(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        parent.out.printf("first feasible:        %s%n", when(firstFeasible, times, scores));
        parent.out.printf("final medium reached:  %s%n", when(allPlaced, times, scores));
        parent.out.printf("after %.1f s: %s, %s; %d placed, %d unassigned%n", total, result.score(),
                result.feasible() ? "feasible" : "NOT feasible", result.assignments().size(), result.unassigned().size());
        for (ScheduleResult.ConstraintScore constraint : result.constraints()) {
            parent.out.printf("  %-38s %24s %8d%n", constraint.name(), constraint.score(), constraint.matches());
        }
        return ExitCodes.OK;
    }

    private static String when(int event, List<Long> times, List<ScheduleSolver.BestScore> scores) {
        return event < 0 ? "never" : String.format("%.2f s (%s)", times.get(event) / 1e9, scores.get(event).score());
    }

    private static int medium(String score) {
        Matcher medium = MEDIUM.matcher(score);
        return medium.find() ? Integer.parseInt(medium.group(1)) : 0;
    }
}

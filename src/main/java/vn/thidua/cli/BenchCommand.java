package vn.thidua.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.thidua.bench.EngineOverhead;
import vn.thidua.dataset.DatasetGenerator;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.eligibility.EligibilityService;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetLoader;
import vn.thidua.ranking.Ranker;
import vn.thidua.report.ReportQuery;
import vn.thidua.system.ThiduaProperties;
import vn.thidua.system.Progress;

/**
 * {@code bench [--individuals 10000,100000] [--rounds 5]}: measures evaluation throughput of the
 * real rule set on generated requests, with every criterion traced, and the time ranking adds under
 * three quotas per commune, and prints a table; nothing is asserted. Storage is not included, unless
 * {@code --store} is given: then each size is evaluated once and stored as a run ({@link StoreBench}).
 * <p>
 * The last three columns put the engine's overhead as a ratio (issue 9): the engine's decisions per
 * second on LĐTT and CSTĐCS alone for the same individuals, the plain-Java reference evaluator's on
 * the same request, and the engine's time per decision over the reference's, by the clock and by the
 * thread's CPU time (steadier on a shared machine).
 * <p>
 * {@code bench --report --individuals N --years Y} times the report by focus group over a stored district
 * instead ({@link ReportBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures decisions per second of the rule engine on generated requests.")
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    private Commands parent;

    @Option(names = "--individuals", split = ",", defaultValue = "10000", description = "sizes to measure (default ${DEFAULT-VALUE})")
    private List<Integer> sizes;

    @Option(names = "--rounds", defaultValue = "5", description = "measured rounds per size, after one warm-up (default ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", description = "the rules folder (default ${DEFAULT-VALUE})")
    private Path rules;

    @Option(names = "--store", description = "instead, store each size once as a run (decisions, criteria, audit seal) and "
            + "time storing: on a new temporary H2 database, or the mysql profile's database")
    private boolean store;

    @Option(names = "--register", arity = "0..1", paramLabel = "FILE", fallbackValue = "data/commune-300.json",
            description = "instead, evaluate FILE (default data/commune-300.json) with its titles and commendations in the request, "
            + "then with them moved to the register (a new temporary H2 database), and compare the times")
    private Path register;

    @Option(names = "--pages", arity = "0..1", paramLabel = "FILE", fallbackValue = "data/commune-300.json",
            description = "instead, store FILE (default data/commune-300.json) and each size as runs (a new temporary H2 "
            + "database, or the mysql profile's), and time the server's reads of their results pages: page 1, a filter by "
            + "outcome, a later page, the counts, one decision")
    private Path pages;

    @Option(names = "--report", description = "instead, store a generated district of the first --individuals size for --years "
            + "years from 2023 (a new temporary H2 database, or the mysql profile's), enter every proposed candidate of all "
            + "years but the last in the register, and time the report by focus group over those years")
    private boolean report;

    @Option(names = "--years", defaultValue = "5", description = "with --report: the years of the district (default ${DEFAULT-VALUE})")
    private int years;

    @Option(names = "--conferred", defaultValue = "100", description = "with --report: the percentage of each decided year's proposed "
            + "candidates entered in the register (default ${DEFAULT-VALUE}; each entry is sealed, about 130 a second on H2)")
    private int conferred;

    @Option(names = "--database", paramLabel = "DIR", description = "with --pages, keep the H2 database in DIR (created when "
            + "missing) instead of a temporary one: a run whose request is already stored there is measured again without "
            + "being stored (its store time is left blank), so a change to the pages can be measured on the same runs")
    private Path database;

    @Override
    public Integer call() throws IOException {
        for (Path file : java.util.Arrays.asList(pages, register)) {
            if (file != null && !Files.isReadable(file)) {
                parent.err.println("bench: cannot read " + file + ": no such file, or not readable");
                return ExitCodes.INVALID_INPUT;
            }
        }
        if (pages != null) {
            return new PagesBench(parent.out, parent.err, parent.springArgs).run(rules, pages, sizes, database);
        }
        if (report) {
            if (years < 1 || years > ReportQuery.MAX_YEARS) {
                parent.err.println("bench: --years must be from 1 to " + ReportQuery.MAX_YEARS);
                return ExitCodes.INVALID_INPUT;
            }
            if (conferred < 0 || conferred > 100) {
                parent.err.println("bench: --conferred must be a percentage from 0 to 100");
                return ExitCodes.INVALID_INPUT;
            }
            return new ReportBench(parent.out, parent.err, parent.springArgs).run(rules, sizes.get(0), years, conferred);
        }
        if (store) {
            return new StoreBench(parent.out, parent.err, parent.springArgs).run(rules, sizes);
        }
        if (register != null) {
            return new RegisterBench(parent.out, parent.err, parent.springArgs).run(rules, register, rounds);
        }
        long loadStart = System.nanoTime();
        RuleSet ruleSet = new RuleSetLoader(Clock.systemUTC(), Commands.compiledRules()).load(rules);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        EligibilityService engine = EligibilityService.standalone(ruleSet);
        Ranker ranker = Ranker.of(ruleSet);
        RequestReader reader = new RequestReader(Long.MAX_VALUE, ThiduaProperties.defaults().imports().maxTextLength(), Clock.systemUTC());
        parent.out.printf("rule set %s loaded and compiled in %.2f s; %d cores, max heap %d MiB%n", ruleSet.version(),
                loadSeconds, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        EngineOverhead overhead = new EngineOverhead(ruleSet, engine);
        parent.out.printf("%12s %12s %10s %14s %14s %8s %10s %12s %14s %14s %11s %11s%n", "individuals", "decisions", "read s",
                "evaluate s", "decisions/s", "quotas", "rank s", "peak MiB", "pair dec/s", "ref dec/s", "engine/ref", "by CPU");
        Progress progress = ConsoleProgress.on(parent.err);
        for (int size : sizes) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new DatasetGenerator(2025).write(size, 41, bytes, progress.of(size + " individuals"));
            long readStart = System.nanoTime();
            EvaluationRequest request = reader.read(new ByteArrayInputStream(bytes.toByteArray()));
            double readSeconds = (System.nanoTime() - readStart) / 1e9;
            engine.evaluate(request, ruleSet);
            resetPeaks();
            long decisions = 0;
            long evaluating = 0;
            long ranking = 0;
            Progress.Task measuring = progress.start(size + " individuals: rounds", rounds);
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                Evaluation output = engine.evaluate(request, ruleSet);
                long ranked = System.nanoTime();
                ranker.rank(request, output.decisions());
                ranking += System.nanoTime() - ranked;
                evaluating += ranked - start;
                decisions += output.decisions().size();
                measuring.stepBy(1);
            }
            measuring.close();
            double seconds = evaluating / 1e9;
            long peak = peakHeapMiB();
            EngineOverhead.Figures pair = overhead.measure(request, rounds);
            parent.out.printf("%12d %12d %10.2f %14.2f %14.0f %8d %10.3f %12d %14.0f %14.0f %11.2f %11.2f%n", size, decisions / rounds,
                    readSeconds, seconds / rounds, decisions / seconds, request.quotas().size(), ranking / 1e9 / rounds, peak,
                    pair.engineRate(), pair.referenceRate(), pair.ratio(), pair.cpuRatio());
        }
        return ExitCodes.OK;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}

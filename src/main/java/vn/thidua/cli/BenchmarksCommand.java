package vn.thidua.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code benchmarks}: every figure of the benchmark issue in one run, each measured in a process
 * of its own started from the same jar (so a measurement never inherits another's heap or JIT):
 * first the table of targets ({@link TargetsBench}), side by side with an earlier jar when
 * {@code --before} names one; then start-up and the first answer from a cold start, evaluation throughput with the plain-Java
 * reference ({@code bench}), storage throughput ({@code bench --store}), and the streamed
 * evaluation's heap against input size under {@code -Xmx1g}. Generated files and the databases the
 * processes create live in a temporary folder that is deleted at the end. Nothing is asserted.
 */
@Command(name = "benchmarks", mixinStandardHelpOptions = true,
        description = "Runs every benchmark (targets, start-up, throughput, storage, memory), each in its own process, and prints the tables.")
final class BenchmarksCommand implements Callable<Integer> {

    // The line `evaluate` prints for a request read in parts (stored since issue 19: "evaluated and stored in").
    static final Pattern STREAMED = Pattern.compile("evaluate: (?:run \\d+, )?(\\d+) subjects, (\\d+) decisions, (\\d+) rankings.*"
            + "checked in ([0-9.]+) s, evaluated (?:and stored )?in ([0-9.]+) s; heap: largest live (\\d+) MiB \\((\\w+)\\), of (\\d+) MiB");

    @ParentCommand
    private Commands parent;

    @Option(names = "--individuals", split = ",", defaultValue = "10000,100000",
            description = "sizes for the in-memory throughput (default ${DEFAULT-VALUE}; 100,000 needs about 8 GB of heap)")
    private List<Integer> inMemory;

    @Option(names = "--streamed", split = ",", defaultValue = "10000,100000",
            description = "sizes for the evaluation read and stored in parts under --heap (default ${DEFAULT-VALUE}; each run is"
                    + " stored, so 10⁶ takes hours)")
    private List<Integer> streamed;

    @Option(names = "--heap", defaultValue = "1g", description = "-Xmx of the streamed evaluations (default ${DEFAULT-VALUE})")
    private String heap;

    @Option(names = "--in-memory-heap", defaultValue = "10g", description = "-Xmx of the in-memory throughput (default ${DEFAULT-VALUE})")
    private String inMemoryHeap;

    @Option(names = "--rules", defaultValue = "rules", description = "the rules folder (default ${DEFAULT-VALUE})")
    private Path rules;

    @Option(names = "--skip", split = ",", description = "sections to leave out: targets, startup, throughput, store, memory")
    private List<String> skip = List.of();

    @Option(names = "--before", paramLabel = "JAR", description = "an earlier build's jar: the table of targets measures it too, "
            + "alternating with this one, and prints both side by side")
    private Path before;

    @Option(names = "--load-seconds", defaultValue = "60", description = "how long the targets' load runs (default ${DEFAULT-VALUE})")
    private int loadSeconds;

    @Option(names = "--large", defaultValue = "200000",
            description = "individuals of the targets' large request evaluated under -Xmx256m (default ${DEFAULT-VALUE})")
    private int large;

    private Path jar;
    private Path work;

    @Override
    public Integer call() throws Exception {
        String classPath = System.getProperty("java.class.path");
        if (classPath == null || !classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            parent.err.println("benchmarks: run it from the jar (java -jar target/thidua.jar benchmarks): each figure is "
                    + "measured in a process started from that jar");
            return ExitCodes.FAILURE;
        }
        jar = Path.of(classPath).toAbsolutePath();
        rules = rules.toAbsolutePath();
        if (before != null && !Files.isRegularFile(before)) {
            parent.err.println("benchmarks: --before " + before + ": no such jar");
            return ExitCodes.INVALID_INPUT;
        }
        if (loadSeconds < 1 || large < 1) {
            parent.err.println("benchmarks: --load-seconds and --large must be at least 1");
            return ExitCodes.INVALID_INPUT;
        }
        work = Files.createTempDirectory("thidua-benchmarks-");
        try {
            parent.out.printf("thidua benchmarks: %d cores, %s, java %s%n%n", Runtime.getRuntime().availableProcessors(),
                    jar.getFileName(), System.getProperty("java.version"));
            if (!skip.contains("targets")) {
                section("Targets: what users wait for, measured from the outside" + (before == null ? "" : ", before and now")
                        + " (docs/benchmarks.md §13)");
                new TargetsBench(parent.out, Files.createDirectories(work.resolve("targets")), rules,
                        Path.of("data", "sample-commune.json").toAbsolutePath(), loadSeconds, large)
                        .run(jar, Optional.ofNullable(before).map(Path::toAbsolutePath));
            }
            if (!skip.contains("startup")) {
                startup();
            }
            if (!skip.contains("throughput")) {
                section("Throughput in memory (bench): every applicable award, full trace; engine against the plain-Java reference");
                passThrough(List.of("-Xmx" + inMemoryHeap), "bench", "--individuals", join(inMemory), "--rounds", "2",
                        "--rules", rules.toString());
            }
            if (!skip.contains("store")) {
                section("Storage (bench --store): decisions with their criteria written to the database");
                passThrough(List.of("-Xmx4g"), "bench", "--store", "--individuals", "10000", "--rules", rules.toString());
            }
            if (!skip.contains("memory")) {
                memory();
            }
            return ExitCodes.OK;
        } finally {
            BenchProcesses.delete(work);
        }
    }

    private void startup() throws IOException, InterruptedException {
        section("Start-up and the first answer (new H2 database in a temporary folder; compiled rules in a new cache folder, "
                + "then kept: docs/operations.md §21)");
        Path cache = work.resolve("compiled-rules");
        Path copy = BenchProcesses.copyRules(rules, work.resolve("rules-copy"));
        timed("rules validate, new cache folder", cache, "rules", "validate", copy.toString());
        timed("rules validate, compiled rules kept", cache, "rules", "validate", copy.toString());
        BenchProcesses.editFirstAwardRules(copy);
        timed("rules validate, one rule file edited", cache, "rules", "validate", copy.toString());
        Path coldCache = work.resolve("compiled-rules-web");
        serve("web application: start to first page, new cache folder", coldCache);
        serve("web application: start to first page, compiled rules kept", coldCache);
        String request = Path.of("data", "sample-commune.json").toAbsolutePath().toString();
        timed("evaluate data/sample-commune.json, new cache folder, stored", work.resolve("compiled-rules-evaluate"), "evaluate",
                request, "--rules", rules.toString());
        timed("evaluate data/sample-commune.json, compiled rules kept, stored", work.resolve("compiled-rules-evaluate"),
                "evaluate", request, "--rules", rules.toString());
        parent.out.println();
    }

    /** Runs a command in a new folder of its own with compiled rules in {@code cache}, and prints its wall time. */
    private void timed(String what, Path cache, String... args) throws IOException, InterruptedException {
        BenchProcesses.Ended ended = BenchProcesses.timed(jar, Files.createTempDirectory(work, "run-"),
                List.of("-Dthidua.rules.cache-dir=" + cache), Map.of(), args);
        parent.out.printf("%-66s %8.1f s (exit %d)%n", what, ended.seconds(), ended.exit());
    }

    /** Starts the web application on a new H2 database and a free port, and times it to the first page served (/login). */
    private void serve(String what, Path cache) throws IOException, InterruptedException {
        BenchProcesses.Served served = BenchProcesses.serve(jar, Files.createTempDirectory(work, "serve-"),
                List.of("-Dthidua.rules.cache-dir=" + cache), rules);
        parent.out.printf("%-66s %8.1f s (Spring reports %s s)%n", what, served.seconds(), served.springSeconds());
    }

    private void memory() throws IOException, InterruptedException {
        section("Memory (evaluate --stream, -Xmx" + heap + "): heap against input size; run stored, result written and discarded");
        parent.out.printf("%12s %10s %12s %10s %12s %12s %14s %10s%n", "individuals", "input MB", "decisions", "check s",
                "evaluate s", "decisions/s", "live max MiB", "where");
        for (int size : streamed) {
            Path input = work.resolve("g" + size + ".json");
            Process generate = process(work, List.of(), "generate", "--individuals", String.valueOf(size), "--out", input.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (generate.waitFor() != 0) {
                parent.out.printf("%12d  could not generate the request%n", size);
                continue;
            }
            Path errors = work.resolve("stream-" + size + ".log");
            Process run = process(Files.createDirectories(work.resolve("stream-" + size)), List.of("-Xmx" + heap), "evaluate",
                    input.toString(), "--stream", "--rules", rules.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errors.toFile()).start();
            int exit = run.waitFor();
            Matcher matcher = STREAMED.matcher(Files.readString(errors));
            if (exit != 0 || !matcher.find()) {
                parent.out.printf("%12d %10d  failed (exit %d): %s%n", size, Files.size(input) >> 20, exit, lastLine(errors));
            } else {
                long decisions = Long.parseLong(matcher.group(2));
                double evaluate = Double.parseDouble(matcher.group(5));
                parent.out.printf("%12d %10d %12d %10s %12s %12.0f %14s %10s%n", size, Files.size(input) / 1_000_000, decisions,
                        matcher.group(4), matcher.group(5), decisions / evaluate, matcher.group(6), matcher.group(7));
            }
            Files.delete(input);
        }
        parent.out.println();
    }

    private void passThrough(List<String> jvm, String... args) throws IOException, InterruptedException {
        Process process = process(Files.createDirectories(work.resolve(args[0] + "-" + args.length)), jvm, args)
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        process.getInputStream().transferTo(parent.out);
        int exit = process.waitFor();
        if (exit != 0) {
            parent.out.println("(exit " + exit + ")");
        }
        parent.out.println();
    }

    private ProcessBuilder process(Path folder, List<String> jvm, String... args) {
        return BenchProcesses.process(jar, folder, jvm, Map.of(), args);
    }

    private void section(String title) {
        parent.out.println("## " + title);
        parent.out.flush();
    }

    private static String join(List<Integer> sizes) {
        return String.join(",", sizes.stream().map(String::valueOf).toList());
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}

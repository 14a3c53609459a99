package vn.thidua.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The figures users wait for, measured from the outside in processes of their own, for the jar that
 * runs and, when asked, for an earlier jar in the same run (each measurement alternating the two, so
 * that both meet the same load): a cold {@code evaluate} of the sample commune, the web application's
 * start to its first page, {@code rules validate}, a stored {@code evaluate} of 20,000 generated
 * individuals, the engine against the plain-Java reference, 50 clients of the REST API, and a stored
 * {@code evaluate} of 200,000 individuals under {@code -Xmx256m}. Each row has its target; a row the
 * measurement could not read (an earlier jar without the command, a failed run) says why.
 */
final class TargetsBench {

    /** One measured figure: its text, and whether it meets the row's target (null when the row has none or it failed). */
    record Figure(String text, Boolean met) {

        static Figure failed(String why) {
            return new Figure("— " + why, null);
        }
    }

    private record Row(String key, String what, String target) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("evaluate-new", "`evaluate data/sample-commune.json`, cold JVM, stored, wall: new compiled-rule cache", "—"),
            new Row("evaluate-kept", "the same, compiled rules kept (a second run)", "≤ 4 s"),
            new Row("start-new", "web application, start to first served page: new compiled-rule cache", "—"),
            new Row("start-kept", "the same, compiled rules kept (a second start)", "≤ 5 s"),
            new Row("validate-new", "`rules validate` (compile + every scenario): new compiled-rule cache", "≤ 5 s"),
            new Row("validate-kept", "the same, folder unchanged", "≤ 2 s"),
            new Row("validate-edit", "the same, one rule file edited", "≤ 2 s"),
            new Row("cds-build", "`cds`: extract the jar and build its class-data archive (once per build)", "—"),
            new Row("evaluate-cds", "`evaluate data/sample-commune.json`, compiled rules kept, started by the `cds` launcher", "≤ 4 s"),
            new Row("start-cds", "web application start to first page, compiled rules kept, started by the `cds` launcher", "≤ 5 s"),
            new Row("validate-new-cds", "`rules validate` by the `cds` launcher: new compiled-rule cache", "≤ 5 s"),
            new Row("validate-kept-cds", "the same, folder unchanged", "≤ 2 s"),
            new Row("validate-edit-cds", "the same, one rule file edited", "≤ 2 s"),
            new Row("store-h2", "stored `evaluate`, 20,000 generated individuals, end to end, H2", "≥ 20,000 decisions/s"),
            new Row("store-mysql", "the same, MariaDB/MySQL (THIDUA_DB_URL)", "≥ 20,000 decisions/s"),
            new Row("engine", "engine against the plain-Java reference, CPU time, same criteria and trace (10,000 individuals)", "≤ 3×"),
            new Row("load", "`load --clients 50`, single-dossier evaluations stored", "p99 ≤ 250 ms, ≥ 400 req/s, 0 errors"),
            new Row("large", "`evaluate` of the large request (--large, 200,000 individuals by default), `-Xmx256m`, stored, no flag",
                    "completes and is stored"));

    private final PrintStream out;
    private final Path work;
    private final Path rules;
    private final Path sample;
    private final int loadSeconds;
    private final int largeIndividuals;

    TargetsBench(PrintStream out, Path work, Path rules, Path sample, int loadSeconds, int largeIndividuals) {
        this.out = out;
        this.work = work;
        this.rules = rules;
        this.sample = sample;
        this.loadSeconds = loadSeconds;
        this.largeIndividuals = largeIndividuals;
    }

    /** Measures {@code now} and, when present, {@code before} the same way, and prints the table. */
    void run(Path now, Optional<Path> before) throws IOException, InterruptedException {
        String loadBefore = loadAverage();
        List<Path> jars = new ArrayList<>();
        before.ifPresent(jars::add);
        jars.add(now);
        Map<Path, Map<String, Figure>> figures = new HashMap<>();
        jars.forEach(jar -> figures.put(jar, new LinkedHashMap<>()));
        for (Path jar : jars) {
            progress("start-up", jar);
            figures.get(jar).putAll(startup(jar, work.resolve("startup-" + jars.indexOf(jar))));
        }
        for (Path jar : jars) {
            progress("storing", jar);
            figures.get(jar).putAll(store(jar));
        }
        for (Path jar : jars) {
            progress("engine against the reference", jar);
            figures.get(jar).put("engine", engine(jar));
        }
        for (Path jar : jars) {
            progress("load", jar);
            figures.get(jar).put("load", load(jar));
        }
        Path large = work.resolve("g" + largeIndividuals + ".json");
        BenchProcesses.Ended generated = BenchProcesses.timed(now, Files.createDirectories(work.resolve("generate")), List.of(),
                Map.of(), "generate", "--individuals", String.valueOf(largeIndividuals), "--out", large.toString());
        for (Path jar : jars) {
            progress("a large request", jar);
            figures.get(jar).put("large", generated.exit() == 0 ? large(jar, large)
                    : Figure.failed("could not generate the request: " + generated.lastLine()));
        }
        Files.deleteIfExists(large);
        print(jars, figures);
        out.printf("Load average (1 min) when the measurements began and ended: %s → %s; %d cores.%n%n", loadBefore, loadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** The one-minute load average, where the system gives it. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private void progress(String what, Path jar) {
        System.err.printf("benchmarks: %s, %s%n", what, jar.getFileName());
    }

    private void print(List<Path> jars, Map<Path, Map<String, Figure>> figures) {
        StringBuilder header = new StringBuilder("| what |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Path jar : jars) {
            header.append(jars.size() > 1 && jar.equals(jars.get(0)) ? " before (" : " now (").append(jar.getFileName()).append(") |");
            rule.append("---|");
        }
        out.println(header.append(" target | met |"));
        out.println(rule.append("---|---|"));
        for (Row row : ROWS) {
            StringBuilder line = new StringBuilder("| ").append(row.what()).append(" |");
            Figure last = null;
            for (Path jar : jars) {
                last = figures.get(jar).getOrDefault(row.key(), Figure.failed("not measured"));
                line.append(' ').append(last.text()).append(" |");
            }
            String met = last == null || last.met() == null ? "—" : last.met() ? "yes" : "no";
            out.println(line.append(' ').append(row.target()).append(" | ").append(met).append(" |"));
        }
        out.println();
    }

    private Map<String, Figure> startup(Path jar, Path folder) throws IOException, InterruptedException {
        Map<String, Figure> figures = new LinkedHashMap<>();
        Files.createDirectories(folder);
        Path evaluateCache = folder.resolve("cache-evaluate");
        for (String key : List.of("evaluate-new", "evaluate-kept")) {
            BenchProcesses.Ended ended = BenchProcesses.timed(jar, Files.createTempDirectory(folder, key), cache(evaluateCache),
                    Map.of(), "evaluate", sample.toString(), "--rules", rules.toString());
            figures.put(key, ended.exit() != 0 ? Figure.failed("exit " + ended.exit() + ": " + ended.lastLine())
                    : seconds(ended.seconds(), key.endsWith("kept") ? 4.0 : null));
        }
        Path startCache = folder.resolve("cache-start");
        for (String key : List.of("start-new", "start-kept")) {
            BenchProcesses.Served served = BenchProcesses.serve(jar, Files.createTempDirectory(folder, key), cache(startCache), rules);
            figures.put(key, served.seconds() < 0 ? Figure.failed("no page served (Spring reports " + served.springSeconds() + " s)")
                    : seconds(served.seconds(), key.endsWith("kept") ? 5.0 : null));
        }
        figures.putAll(validate(BenchProcesses.Launch.jar(jar), folder, ""));
        figures.putAll(startupCds(jar, folder));
        return figures;
    }

    private static final List<String> CDS_ROWS = List.of("cds-build", "evaluate-cds", "start-cds", "validate-new-cds",
            "validate-kept-cds", "validate-edit-cds");

    /** The same figures started by the launcher {@code cds} writes (docs/operations.md §26), when the jar has that command. */
    /**
     * {@code rules validate} of a copy of the rules with a new cache folder, unchanged, then one rule file edited, started
     * by {@code launch} (the jar, or the cds launcher); the rows' keys end with {@code suffix}.
     */
    private Map<String, Figure> validate(BenchProcesses.Launch launch, Path folder, String suffix) throws IOException, InterruptedException {
        Map<String, Figure> figures = new LinkedHashMap<>();
        Path copy = BenchProcesses.copyRules(rules, folder.resolve("rules-copy" + suffix));
        Path validateCache = folder.resolve("cache-validate" + suffix);
        for (String kind : List.of("new", "kept", "edit")) {
            String key = "validate-" + kind + suffix;
            if (kind.equals("edit")) {
                BenchProcesses.editFirstAwardRules(copy);
            }
            BenchProcesses.Ended ended = BenchProcesses.timed(launch, Files.createTempDirectory(folder, key), cache(validateCache),
                    Map.of(), "rules", "validate", copy.toString());
            figures.put(key, ended.exit() != 0 ? Figure.failed("exit " + ended.exit() + ": " + ended.lastLine())
                    : seconds(ended.seconds(), kind.equals("new") ? 5.0 : 2.0));
        }
        return figures;
    }

    private Map<String, Figure> startupCds(Path jar, Path folder) throws IOException, InterruptedException {
        Map<String, Figure> figures = new LinkedHashMap<>();
        BenchProcesses.Ended help = BenchProcesses.timed(jar, Files.createTempDirectory(folder, "help"), List.of(), Map.of(), "--help");
        if (!hasCds(help.output())) {
            CDS_ROWS.forEach(key -> figures.put(key, Figure.failed("the jar has no cds command")));
            return figures;
        }
        Path cache = folder.resolve("cache-cds");
        Path cds = folder.resolve("cds");
        BenchProcesses.Ended built = BenchProcesses.timed(jar, Files.createTempDirectory(folder, "cds-build"), cache(cache), Map.of(),
                "cds", "--destination", cds.toString(), "--rules", rules.toString());
        if (built.exit() != 0) {
            CDS_ROWS.forEach(key -> figures.put(key, Figure.failed("cds: exit " + built.exit() + ": " + built.lastLine())));
            return figures;
        }
        figures.put("cds-build", seconds(built.seconds(), null));
        BenchProcesses.Launch launch = BenchProcesses.Launch.script(cds.resolve(CdsCommand.SCRIPT));
        // The training run compiled the rules into this cache: what follows has them kept.
        BenchProcesses.Ended evaluated = BenchProcesses.timed(launch, Files.createTempDirectory(folder, "evaluate-cds"), cache(cache),
                Map.of(), "evaluate", sample.toString(), "--rules", rules.toString());
        figures.put("evaluate-cds", evaluated.exit() != 0 ? Figure.failed("exit " + evaluated.exit() + ": " + evaluated.lastLine())
                : seconds(evaluated.seconds(), 4.0));
        BenchProcesses.Served served = BenchProcesses.serve(launch, Files.createTempDirectory(folder, "start-cds"), cache(cache), rules);
        figures.put("start-cds", served.seconds() < 0 ? Figure.failed("no page served (Spring reports " + served.springSeconds() + " s)")
                : seconds(served.seconds(), 5.0));
        figures.putAll(validate(launch, folder, "-cds"));
        return figures;
    }

    /** Whether a jar's {@code --help} lists the {@code cds} command (an earlier jar would start the web application on it). */
    static boolean hasCds(String help) {
        return help.lines().anyMatch(line -> line.strip().startsWith("cds ") || line.strip().equals("cds"));
    }

    private static List<String> cache(Path folder) {
        return List.of("-Dthidua.rules.cache-dir=" + folder);
    }

    private static Figure seconds(double seconds, Double target) {
        return new Figure(String.format(Locale.ROOT, "%.1f s", seconds), target == null ? null : seconds <= target);
    }

    /** {@code bench --store} of 20,000 individuals on H2 and, when THIDUA_DB_URL is set, on that database. */
    private Map<String, Figure> store(Path jar) throws IOException, InterruptedException {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("store-h2", storeOn(jar, Map.of("SPRING_PROFILES_ACTIVE", "default")));
        String url = System.getenv("THIDUA_DB_URL");
        figures.put("store-mysql", url == null || url.isBlank() ? Figure.failed("THIDUA_DB_URL not set")
                : storeOn(jar, Map.of("SPRING_PROFILES_ACTIVE", "mysql")));
        return figures;
    }

    /** The end-to-end decisions per second {@code bench --store} printed for 20,000 individuals. */
    static Figure storeFigure(BenchProcesses.Ended ended) {
        // The line of the size: database and its version, individuals, decisions, …, total s, decisions/s end to end.
        return line(ended, 2, "20000").map(fields -> {
            double rate = Double.parseDouble(fields[fields.length - 1]);
            return new Figure(String.format(Locale.ROOT, "%,.0f decisions/s", rate), rate >= 20_000);
        }).orElseGet(() -> unread(ended));
    }

    private Figure storeOn(Path jar, Map<String, String> env) throws IOException, InterruptedException {
        BenchProcesses.Ended ended = BenchProcesses.timed(jar, Files.createTempDirectory(work, "store-"), List.of("-Xmx4g"), env,
                "bench", "--store", "--individuals", "20000", "--rules", rules.toString());
        return storeFigure(ended);
    }

    /** {@code bench} of 10,000 individuals: the last column is the engine's CPU time against the reference's. */
    private Figure engine(Path jar) throws IOException, InterruptedException {
        BenchProcesses.Ended ended = BenchProcesses.timed(jar, Files.createTempDirectory(work, "engine-"), List.of("-Xmx4g"),
                Map.of(), "bench", "--individuals", "10000", "--rounds", "2", "--rules", rules.toString());
        return engineFigure(ended);
    }

    /** The engine's CPU time against the reference's, the last column {@code bench} printed for 10,000 individuals. */
    static Figure engineFigure(BenchProcesses.Ended ended) {
        return line(ended, 0, "10000").map(fields -> {
            double ratio = Double.parseDouble(fields[fields.length - 1]);
            return new Figure(String.format(Locale.ROOT, "%.1f×", ratio), ratio <= 3.0);
        }).orElseGet(() -> unread(ended));
    }

    /** {@code load --start-server}: requests, requests/s, p50, p90, p99, max, errors. */
    private Figure load(Path jar) throws IOException, InterruptedException {
        BenchProcesses.Ended ended = BenchProcesses.timed(jar, Files.createTempDirectory(work, "load-"),
                List.of("-Dthidua.rules.dir=" + rules), Map.of(), "load", "--start-server", "--clients", "50", "--seconds", String.valueOf(loadSeconds));
        return loadFigure(ended);
    }

    /** p99, requests per second and errors from the line {@code load} printed under its header. */
    static Figure loadFigure(BenchProcesses.Ended ended) {
        for (String text : ended.output().split("\\R")) {
            String[] fields = text.trim().split("\\s+");
            if (fields.length == 7 && fields[0].matches("\\d+") && fields[6].matches("\\d+")) {
                double perSecond = Double.parseDouble(fields[1]);
                double p99 = Double.parseDouble(fields[4]);
                long errors = Long.parseLong(fields[6]);
                return new Figure(String.format(Locale.ROOT, "p99 %.0f ms, %.0f req/s, %d errors", p99, perSecond, errors),
                        p99 <= 250 && perSecond >= 400 && errors == 0);
            }
        }
        return unread(ended);
    }

    // A command that printed no figure: its exit and last line when it failed.
    private static Figure unread(BenchProcesses.Ended ended) {
        return Figure.failed(ended.exit() != 0 ? "exit " + ended.exit() + ": " + ended.lastLine() : "no figure printed");
    }

    /** {@code evaluate FILE} with a 256 MiB heap and no flag: stored when it names its run. */
    private Figure large(Path jar, Path request) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory(work, "large-");
        try {
            BenchProcesses.Ended ended = BenchProcesses.timed(jar, folder, List.of("-Xmx256m"), Map.of(), "evaluate",
                    request.toString(), "--out", folder.resolve("result.json").toString(), "--rules", rules.toString());
            if (ended.exit() == 0 && ended.output().contains("evaluate: run ")) {
                return new Figure(String.format(Locale.ROOT, "%,d individuals stored in %.0f s", largeIndividuals, ended.seconds()), true);
            }
            String why = ended.output().contains("OutOfMemoryError") ? "out of memory" : ended.lastLine();
            return new Figure(String.format(Locale.ROOT, "%,d individuals not stored (exit %d after %.0f s: %s)", largeIndividuals,
                    ended.exit(), ended.seconds(), why), false);
        } finally {
            BenchProcesses.delete(folder);
        }
    }

    /** The whitespace-separated fields of the first output line whose field {@code index} is {@code value}. */
    private static Optional<String[]> line(BenchProcesses.Ended ended, int index, String value) {
        for (String text : ended.output().split("\\R")) {
            String[] fields = text.trim().split("\\s+");
            if (fields.length > index + 2 && fields[index].equals(value)) {
                return Optional.of(fields);
            }
        }
        return Optional.empty();
    }
}

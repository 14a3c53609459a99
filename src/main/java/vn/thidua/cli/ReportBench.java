package vn.thidua.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.audit.ResultRows;
import vn.thidua.dataset.DatasetGenerator;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Outcome;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.register.Register;
import vn.thidua.report.FocusReport;
import vn.thidua.report.FocusReports;
import vn.thidua.report.ReportQuery;

/**
 * {@code bench --report --individuals N --years Y [--conferred P]}: stores a generated district of N people
 * for each of Y years from 2023 (one run a year, the same ids, pupils and dignitaries among them),
 * enters P % (default all) of the candidates proposed in all years but the last in the register (so the last year is counted from its
 * run, as a year not yet decided is), then times the report by focus group over the Y years: the first
 * report, which reads each run's outline (its request, for a run stored before V28), and the next ones (median of three), which find them read.
 * A new H2 file in a temporary folder, deleted afterwards, unless the {@code mysql} profile is active.
 */
final class ReportBench {

    /**
     * The first year: the rules' dated values start on 2024-01-01 (docs/law.md), and a run of year Y is
     * decided on 20 January of Y + 1, so 2023 is the first year the rules can decide.
     */
    private static final int FIRST_YEAR = 2023;
    private static final int IMPORT_BATCH = 5000;

    private final PrintStream out;
    private final PrintStream err;
    private final List<String> springArgs;

    ReportBench(PrintStream out, PrintStream err, List<String> springArgs) {
        this.out = out;
        this.err = err;
        this.springArgs = springArgs;
    }

    int run(Path rules, int people, int years, int conferred) throws IOException {
        List<String> args = new ArrayList<>(springArgs);
        args.add("--thidua.import.max-bytes=" + Integer.MAX_VALUE);
        Path folder = null;
        if (!StoreBench.profileActive(springArgs, "mysql")) {
            folder = Files.createTempDirectory("thidua-bench-");
            args.add("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db").toAbsolutePath()
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;LOCK_TIMEOUT=60000;QUERY_CACHE_SIZE=0");
        }
        try {
            return ApplicationContexts.withContext(rules, args, err, context -> measure(context, people, years, conferred));
        } finally {
            if (folder != null) {
                try (Stream<Path> paths = Files.walk(folder)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
    }

    private int measure(ConfigurableApplicationContext context, int people, int years, int conferred) {
        EvaluationRuns runs = context.getBean(EvaluationRuns.class);
        ResultRows rows = context.getBean(ResultRows.class);
        Register register = context.getBean(Register.class);
        FocusReports reports = context.getBean(FocusReports.class);
        Account admin = new Account("bench", "bench", true, Set.of(Role.ADMIN), Set.of(), null);
        int first = FIRST_YEAR;
        int last = FIRST_YEAR + years - 1;
        java.time.LocalDate today = java.time.LocalDate.now(context.getBean(java.time.Clock.class));
        out.printf("district of %,d people over %d years (%d–%d), one run a year; the register holds %d%% of the proposed"
                + " candidates of %d–%d%n", people, years, first, last, conferred, first, last - 1);
        out.printf("%6s %12s %10s %14s %10s%n", "year", "decisions", "store s", "register rows", "import s");
        for (int year = first; year <= last; year++) {
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            new DatasetGenerator(year).withPupilsAndDignitaries().write(people, 41 + year - first, request);
            long start = System.nanoTime();
            Evaluation stored = runs.evaluateAndStore(request.toByteArray());
            double storeSeconds = (System.nanoTime() - start) / 1e9;
            request = null;
            long imported = 0;
            double importSeconds = 0;
            if (year < last) {
                long started = System.nanoTime();
                imported = conferProposed(rows, register, stored, year, conferred, today);
                importSeconds = (System.nanoTime() - started) / 1e9;
            }
            out.printf("%6d %12d %10.1f %14d %10.1f%n", year, stored.decisions().size(), storeSeconds, imported, importSeconds);
            out.flush();
        }
        ReportQuery range = ReportQuery.of(first, last, null);
        long start = System.nanoTime();
        FocusReport report = reports.report(range, admin);
        double cold = (System.nanoTime() - start) / 1e9;
        double[] warm = new double[3];
        for (int i = 0; i < warm.length; i++) {
            long again = System.nanoTime();
            reports.report(range, admin);
            warm[i] = (System.nanoTime() - again) / 1e9;
        }
        Arrays.sort(warm);
        long one = System.nanoTime();
        reports.report(ReportQuery.of(last, last, null), admin);
        double lastYear = (System.nanoTime() - one) / 1e9;
        out.printf("report %d–%d: %,d awards, %,d eligible decisions; first report %.1f s (reads the runs' outlines), then %.1f s"
                + " (median of 3); the last year alone %.1f s; max heap %d MiB%n", first, last, report.total().awarded(),
                report.total().eligible(), cold, warm[1], lastYear, Runtime.getRuntime().maxMemory() >> 20);
        return ExitCodes.OK;
    }

    /**
     * Enters {@code percent} % of the run's proposed candidates (spread evenly over them) in the register as
     * conferred by a decision of 20 January of the next year, or of today when that is still to come (the
     * register takes no decision dated in the future).
     */
    private static long conferProposed(ResultRows rows, Register register, Evaluation run, int year, int percent,
            java.time.LocalDate today) {
        java.time.LocalDate decided = java.time.LocalDate.of(year + 1, 1, 20);
        String decisionDate = (decided.isAfter(today) ? today : decided).toString();
        Map<String, String> kinds = new HashMap<>();
        for (EligibilityDecision d : run.decisions()) {
            kinds.putIfAbsent(d.subjectId(), d.subjectKind().name());
        }
        List<String> items = new ArrayList<>();
        long[] proposed = {0};
        rows.decided(run.runId(), true, d -> {
            if (d.outcome() == Outcome.ELIGIBLE && !Boolean.FALSE.equals(d.selected()) && proposed[0]++ * percent / 100
                    < proposed[0] * percent / 100) {
                items.add("{\"subjectId\":\"" + d.subjectId() + "\",\"subjectKind\":\"" + kinds.get(d.subjectId()) + "\",\"subjectName\":\""
                        + d.subjectId() + "\",\"unitCode\":\"" + d.unit() + "\",\"award\":\"" + d.award() + "\",\"awardYear\":" + year
                        + ",\"decisionNumber\":\"" + year + "/QĐ-UBND\",\"decisionDate\":\"" + decisionDate + "\",\"authority\":"
                        + "\"Chủ tịch UBND\"}");
            }
        });
        for (int from = 0; from < items.size(); from += IMPORT_BATCH) {
            List<String> batch = items.subList(from, Math.min(items.size(), from + IMPORT_BATCH));
            register.importPast(("{\"awards\":[" + String.join(",", batch) + "]}").getBytes(StandardCharsets.UTF_8), "bench");
        }
        return items.size();
    }
}

package vn.thidua.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

import vn.thidua.audit.ResultRows;
import vn.thidua.dataset.DatasetGenerator;
import vn.thidua.eligibility.Outcome;
import vn.thidua.evaluation.EvaluationRuns;

/**
 * {@code bench --pages}: stores the 300-person sample and generated runs of the given sizes (as the
 * application does, one transaction each), then times what the server reads for the results page of
 * each run: page 1 (header, rows, counts, units), page 1 filtered by outcome, a later page, and the
 * counts alone, as the median of repeated reads after a warm-up. The page's HTML rendering is not
 * included (it is the same 50 rows whatever the run's size). A new H2 file in a temporary folder,
 * deleted afterwards, or one kept in a given folder, unless the {@code mysql} profile is active (then
 * the runs stay in its database); a request already stored in the database is not stored again.
 */
final class PagesBench {

    private static final int REPEATS = 21;

    private final PrintStream out;
    private final PrintStream err;
    private final List<String> springArgs;

    PagesBench(PrintStream out, PrintStream err, List<String> springArgs) {
        this.out = out;
        this.err = err;
        this.springArgs = springArgs;
    }

    /** @param database a folder to keep the H2 database in, or null for a temporary one deleted afterwards */
    int run(Path rules, Path sample, List<Integer> sizes, Path database) throws IOException {
        List<String> args = new ArrayList<>(springArgs);
        args.add("--thidua.import.max-bytes=" + Integer.MAX_VALUE);
        Path folder = null;
        if (!StoreBench.profileActive(springArgs, "mysql")) {
            Path db;
            if (database == null) {
                folder = Files.createTempDirectory("thidua-bench-");
                db = folder.resolve("db");
            } else {
                db = Files.createDirectories(database).resolve("db");
            }
            args.add("--spring.datasource.url=jdbc:h2:file:" + db.toAbsolutePath()
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;LOCK_TIMEOUT=60000"
                    // H2 answers a query repeated on unchanged tables from its last result; without the
                    // statement cache every read is executed, as a server's varied reads are.
                    + ";QUERY_CACHE_SIZE=0");
        }
        byte[] sampleRequest = Files.readAllBytes(sample);
        try {
            return ApplicationContexts.withContext(rules, args, err, context -> measure(context, sampleRequest, sizes));
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

    private int measure(ConfigurableApplicationContext context, byte[] sample, List<Integer> sizes) {
        EvaluationRuns runs = context.getBean(EvaluationRuns.class);
        ResultRows rows = context.getBean(ResultRows.class);
        out.printf("server time of a run's results page (median of %d reads after a warm-up), 50 rows a page%n", REPEATS);
        out.printf("%-12s %10s %9s %10s %11s %12s %13s %11s %9s%n", "run", "decisions", "store s", "page 1 ms",
                "outcome ms", "later page", "later ms", "counts ms", "decision");
        List<byte[]> requests = new ArrayList<>();
        List<String> names = new ArrayList<>();
        requests.add(sample);
        names.add("sample");
        for (int size : sizes) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new DatasetGenerator(2025).write(size, 41, bytes);
            requests.add(bytes.toByteArray());
            names.add(size + " people");
        }
        for (int i = 0; i < requests.size(); i++) {
            byte[] request = requests.set(i, null);
            // A request stored before (a kept database) is measured again as it is: storing it anew would double its subjects.
            Long before = runs.latestOf(request).orElse(null);
            long id;
            String storeSeconds;
            if (before == null) {
                long start = System.nanoTime();
                id = runs.evaluateAndStore(request).runId();
                storeSeconds = String.format("%.1f", (System.nanoTime() - start) / 1e9);
            } else {
                id = before;
                storeSeconds = "-";
            }
            request = null;
            long decisions = rows.count(id);
            ResultRows.Filter none = ResultRows.Filter.NONE;
            ResultRows.Filter notEligible = new ResultRows.Filter(null, null, Outcome.NOT_ELIGIBLE, null);
            int later = (int) Math.max(1, rows.page(id, none, 1, ResultRows.DEFAULT_SIZE).pages() * 9L / 10);
            double first = median(() -> {
                runs.header(id);
                rows.units(id);
                rows.counts(id, none);
                return rows.page(id, none, 1, ResultRows.DEFAULT_SIZE);
            });
            double outcome = median(() -> {
                rows.counts(id, notEligible);
                return rows.page(id, notEligible, 1, ResultRows.DEFAULT_SIZE);
            });
            double laterPage = median(() -> rows.page(id, none, later, ResultRows.DEFAULT_SIZE));
            double counts = median(() -> rows.counts(id, none));
            ResultRows.Row some = rows.page(id, none, later, ResultRows.DEFAULT_SIZE).rows().get(0);
            double decision = median(() -> runs.decisions(id, some.subjectId(), some.award(), null));
            out.printf("%-12s %10d %9s %10.1f %11.1f %12d %13.1f %11.1f %9.1f%n", names.get(i), decisions, storeSeconds, first,
                    outcome, later, laterPage, counts, decision);
            // What page 1 and the outcome filter are made of, so that a slow one says which read it is.
            out.printf("%-12s page 1 = header %.1f + units %.1f + counts %.1f + rows %.1f ms; outcome = counts %.1f + rows %.1f ms%n",
                    "", median(() -> runs.header(id)), median(() -> rows.units(id)), counts,
                    median(() -> rows.page(id, none, 1, ResultRows.DEFAULT_SIZE)), median(() -> rows.counts(id, notEligible)),
                    median(() -> rows.page(id, notEligible, 1, ResultRows.DEFAULT_SIZE)));
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static double median(Supplier<?> read) {
        read.get();
        double[] millis = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            read.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[REPEATS / 2];
    }
}

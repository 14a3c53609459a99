package vn.thidua.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.evaluation.PreparedRun;
import vn.thidua.dataset.DatasetGenerator;
import vn.thidua.eligibility.EligibilityDecision;

/**
 * {@code bench --store}: stores generated runs through {@link EvaluationRuns} as the application
 * does (decisions, criteria, rankings, the audit seal, one transaction per run) and times storing
 * apart from reading, evaluating and ranking. The database is a new H2 file in a temporary folder,
 * deleted afterwards, unless the {@code mysql} profile is active: then the runs are appended to the
 * database it names, and stay there.
 */
final class StoreBench {

    private static final String MYSQL_PROFILE = "mysql";
    private static final int WARM_UP_INDIVIDUALS = 200;

    private final PrintStream out;
    private final PrintStream err;
    private final List<String> springArgs;

    StoreBench(PrintStream out, PrintStream err, List<String> springArgs) {
        this.out = out;
        this.err = err;
        this.springArgs = springArgs;
    }

    int run(Path rules, List<Integer> sizes) throws IOException {
        List<String> args = new ArrayList<>(springArgs);
        // The requests are generated here, not received: 100,000 people make about 110 MB.
        args.add("--thidua.import.max-bytes=" + Integer.MAX_VALUE);
        Path folder = null;
        if (!profileActive(springArgs, MYSQL_PROFILE)) {
            // Never the user's own database (./.thidua-db by default): a fresh one, removed at the end.
            folder = Files.createTempDirectory("thidua-bench-");
            args.add("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db").toAbsolutePath()
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;LOCK_TIMEOUT=60000");
        }
        try {
            return ApplicationContexts.withContext(rules, args, err, context -> measure(context, sizes));
        } finally {
            if (folder != null) {
                delete(folder);
            }
        }
    }

    private int measure(ConfigurableApplicationContext context, List<Integer> sizes) throws SQLException {
        EvaluationRuns runs = context.getBean(EvaluationRuns.class);
        String database = database(context.getBean(DataSource.class));
        // The first run also stores the rule set, and the JIT has not seen the storing code yet.
        runs.store(runs.prepare(request(WARM_UP_INDIVIDUALS)));
        out.printf("runs stored in %s, one transaction each, after a warm-up run of %d individuals%n", database,
                WARM_UP_INDIVIDUALS);
        out.printf("%-16s %12s %10s %12s %11s %9s %14s %12s %11s %14s%n", "database", "individuals", "decisions",
                "criteria", "evaluate s", "store s", "decisions/s", "rows/s", "total s", "decisions/s");
        for (int size : sizes) {
            byte[] request = request(size);
            long start = System.nanoTime();
            PreparedRun prepared = runs.prepare(request);
            long evaluated = System.nanoTime();
            System.gc();
            long storeStart = System.nanoTime();
            runs.store(prepared);
            long stored = System.nanoTime();
            List<EligibilityDecision> decisions = prepared.evaluation().decisions();
            long criteria = decisions.stream().mapToLong(d -> d.criteria().size()).sum();
            double storeSeconds = (stored - storeStart) / 1e9;
            double totalSeconds = (evaluated - start + stored - storeStart) / 1e9;
            out.printf("%-16s %12d %10d %12d %11.2f %9.2f %14.0f %12.0f %11.2f %14.0f%n", database, size,
                    decisions.size(), criteria, (evaluated - start) / 1e9, storeSeconds, decisions.size() / storeSeconds,
                    (decisions.size() + criteria) / storeSeconds, totalSeconds, decisions.size() / totalSeconds);
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static byte[] request(int individuals) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DatasetGenerator(2025).write(individuals, 41, bytes);
        return bytes.toByteArray();
    }

    /** Whether a profile is active for the context about to start (command line, system property or environment). */
    static boolean profileActive(List<String> springArgs, String profile) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(springArgs.toArray(String[]::new)));
        return Arrays.asList(environment.getActiveProfiles()).contains(profile);
    }

    // Connector/J calls MariaDB "MySQL", version "5.5.5-10.11.…-MariaDB…".
    private static String database(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String version = meta.getDatabaseProductVersion().replaceFirst("^5\\.5\\.5-", "");
            String name = version.contains("MariaDB") ? "MariaDB" : meta.getDatabaseProductName();
            return name + " " + version.replaceFirst("[- ].*", "");
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

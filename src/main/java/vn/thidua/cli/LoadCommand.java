package vn.thidua.cli;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.thidua.ThiDuaApplication;
import vn.thidua.dataset.DatasetGenerator;

/**
 * {@code load [--url URL | --start-server] [--clients 50] [--seconds 60] [--user U --password P]}:
 * a bounded load test of the REST evaluation of single dossiers (each a generated request with one
 * individual, stored as a run), reporting throughput, latency percentiles and errors by status.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Posts single-dossier evaluations from concurrent clients for a fixed time and prints throughput, "
                + "p50/p90/p99/max latency and errors.")
final class LoadCommand implements Callable<Integer> {

    private static final int BODIES = 200;

    @ParentCommand
    private Commands parent;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "the running application (default ${DEFAULT-VALUE})")
    private String url;

    @Option(names = "--start-server", description = "start the application in this process on a free port and a new temporary H2 database")
    private boolean startServer;

    @Option(names = "--clients", defaultValue = "50", description = "concurrent clients (default ${DEFAULT-VALUE})")
    private int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "how long to load (default ${DEFAULT-VALUE})")
    private int seconds;

    @Option(names = "--warmup-seconds", defaultValue = "5", description = "load before measuring (default ${DEFAULT-VALUE})")
    private int warmupSeconds;

    @Option(names = "--user", description = "a user allowed to evaluate (HTTP basic)")
    private String user;

    @Option(names = "--password", description = "that user's password", interactive = false)
    private String password;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || seconds < 1 || warmupSeconds < 0) {
            parent.err.println("load: --clients and --seconds must be at least 1, --warmup-seconds at least 0");
            return ExitCodes.INVALID_INPUT;
        }
        List<byte[]> bodies = bodies();
        ConfigurableApplicationContext server = startServer ? start() : null;
        try {
            String target = server == null ? url : "http://localhost:" + server.getEnvironment().getRequiredProperty("local.server.port");
            String auth = user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
            LoadRun run = new LoadRun(URI.create(target + "/api/evaluations"), auth, bodies);
            if (warmupSeconds > 0) {
                run.drive(clients, Duration.ofSeconds(warmupSeconds));
            }
            LoadRun.Result result = run.drive(clients, Duration.ofSeconds(seconds));
            parent.out.println(result.table(target, clients, seconds));
            parent.out.flush();
            return result.errors() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private ConfigurableApplicationContext start() throws Exception {
        Path folder = Files.createTempDirectory("thidua-load-");
        user = "load";
        password = UUID.randomUUID().toString();
        List<String> args = new ArrayList<>(parent.springArgs);
        args.add("--server.port=0");
        args.add("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;LOCK_TIMEOUT=60000");
        args.add("--thidua.admin.username=" + user);
        args.add("--thidua.admin.password=" + password);
        args.add("--logging.level.root=WARN");
        SpringApplication application = new SpringApplication(ThiDuaApplication.class);
        return application.run(args.toArray(String[]::new));
    }

    private static List<byte[]> bodies() {
        List<byte[]> bodies = new ArrayList<>();
        DatasetGenerator generator = new DatasetGenerator(2025);
        for (int seed = 1; seed <= BODIES; seed++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            generator.write(1, seed, out);
            bodies.add(out.toByteArray());
        }
        return bodies;
    }
}

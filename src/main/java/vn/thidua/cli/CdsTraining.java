package vn.thidua.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.thidua.ThiDuaApplication;

/**
 * The training run of {@link CdsCommand}, in the working folder it is given (so a database of its
 * own): what users start most, so that the archive written when it exits holds the classes they load.
 * The web application to its first page, an {@code evaluate} of a small generated request, and a
 * {@code rules validate} of the same folder. Not for users: {@code cds} starts it.
 */
@Command(name = CdsTraining.NAME, hidden = true, description = "The training run of cds (started by cds).")
final class CdsTraining implements Callable<Integer> {

    static final String NAME = "cds-training";

    @ParentCommand
    private Commands parent;

    @Parameters(index = "0", paramLabel = "RULES")
    private Path rules;

    @Override
    public Integer call() throws Exception {
        String[] quiet = {"--logging.level.root=WARN", "--spring.main.log-startup-info=false"};
        try (ConfigurableApplicationContext web = SpringApplication.run(ThiDuaApplication.class, "--server.port=0",
                "--thidua.rules.dir=" + rules, quiet[0], quiet[1])) {
            String port = web.getEnvironment().getProperty("local.server.port");
            HttpResponse<Void> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/login")).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
            if (login.statusCode() != 200) {
                parent.err.println(NAME + ": the login page answered " + login.statusCode());
                return ExitCodes.FAILURE;
            }
        }
        Path request = Files.createTempFile(Path.of(""), "request-", ".json").toAbsolutePath();
        Path result = request.resolveSibling("result.json");
        for (List<String> step : List.of(List.of("generate", "--individuals", "50", "--out", request.toString()),
                List.of("evaluate", request.toString(), "--rules", rules.toString(), "--out", result.toString()),
                List.of("rules", "validate", rules.toString()))) {
            int exit = Commands.run(step.toArray(String[]::new), silent(), parent.err, parent.springArgs);
            if (exit != ExitCodes.OK) {
                parent.err.println(NAME + ": " + String.join(" ", step) + " ended with exit " + exit);
                return exit;
            }
        }
        return ExitCodes.OK;
    }

    private static PrintStream silent() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}

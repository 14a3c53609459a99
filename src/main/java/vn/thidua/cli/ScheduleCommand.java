package vn.thidua.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.FieldError;
import vn.thidua.dossier.ValidationException;
import vn.thidua.scheduling.ScheduleResult;
import vn.thidua.scheduling.ScheduleSolver;
import vn.thidua.scheduling.SchedulingRequest;
import vn.thidua.scheduling.SchedulingRequestReader;
import vn.thidua.system.ThiduaProperties;

/**
 * {@code schedule REQUEST.json [--out RESULT.json] [--seconds N]}: solves a scheduling request. Needs
 * neither the rules nor the database, so it starts no Spring context; nothing is stored.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Schedules the council's review sessions for a scheduling request and writes the result as JSON.")
final class ScheduleCommand implements Callable<Integer> {

    @ParentCommand
    private Commands parent;

    @Parameters(index = "0", paramLabel = "REQUEST.json", description = "the scheduling request")
    private Path request;

    @Option(names = "--out", paramLabel = "RESULT.json", description = "write the result here instead of stdout")
    private Path output;

    @Option(names = "--seconds", defaultValue = "30", description = "time limit for solving (default ${DEFAULT-VALUE})")
    private int seconds;

    @Override
    public Integer call() {
        PrintStream err = parent.err;
        if (seconds < 1) {
            err.println("schedule: --seconds must be at least 1");
            return ExitCodes.INVALID_INPUT;
        }
        SchedulingRequest parsed;
        try (InputStream in = Files.newInputStream(request)) {
            ThiduaProperties.Import limits = ThiduaProperties.defaults().imports();
            parsed = new SchedulingRequestReader(limits.maxBytes(), limits.maxTextLength()).read(in);
        } catch (IOException e) {
            err.println("schedule: cannot read " + request + ": " + Problems.describe(e));
            return ExitCodes.INVALID_INPUT;
        } catch (ValidationException e) {
            err.println("schedule: " + request + " is not a valid scheduling request:");
            for (FieldError error : e.errors()) {
                err.println("  " + error);
            }
            return ExitCodes.INVALID_INPUT;
        }
        Path outputFolder = output == null ? null : output.toAbsolutePath().getParent();
        if (outputFolder != null && !Files.isDirectory(outputFolder)) {
            err.println("schedule: cannot write " + output + ": the folder " + outputFolder + " does not exist");
            return ExitCodes.FAILURE;
        }
        ScheduleResult result = new ScheduleSolver().solve(parsed, Duration.ofSeconds(seconds), best -> { });
        String json = JsonMapper.shared().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result)
                + System.lineSeparator();
        if (output == null) {
            parent.out.print(json);
            parent.out.flush();
        } else {
            try {
                Files.writeString(output, json, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("schedule: cannot write " + output + ": " + Problems.describe(e));
                return ExitCodes.FAILURE;
            }
        }
        err.println("schedule: " + result.assignments().size() + " dossiers placed, " + result.unassigned().size()
                + " unassigned, score " + result.score() + (result.feasible() ? ", feasible" : ", NOT feasible"));
        return ExitCodes.OK;
    }
}

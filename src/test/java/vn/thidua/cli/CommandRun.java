package vn.thidua.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import vn.thidua.testing.DatabaseProfiles;

/** One in-process run of the command line, on the tests' database, with what it printed. */
public record CommandRun(int exitCode, String out, String err) {

    public static CommandRun of(String... args) {
        return on(DatabaseProfiles.springArgs(), args);
    }

    /** A run whose application context takes {@code springArgs} (another database, say) instead of the tests' own. */
    public static CommandRun on(List<String> springArgs, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exitCode = Commands.run(args, stdout, stderr, springArgs);
        }
        return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

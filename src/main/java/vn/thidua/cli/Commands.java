package vn.thidua.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.system.ThiduaProperties;

/**
 * Entry point of the command line. A command never starts the web server; it starts only what it
 * needs, writes its result to stdout and its logs to stderr, and returns an exit code.
 */
@Command(name = "thidua", mixinStandardHelpOptions = true, subcommands = {EvaluateCommand.class, ScheduleCommand.class,
        GenerateCommand.class, BenchCommand.class, ScheduleBenchCommand.class, AuditCommand.class, RulesCommand.class,
        LoadCommand.class, BenchmarksCommand.class, CouncilCommand.class,
        RegisterCommand.class, CdsCommand.class, CdsTraining.class},
        description = "Eligibility evaluator for emulation and commendation work (thi đua, khen thưởng).")
public final class Commands implements Runnable {

    /** The subcommands' names, read from their annotations so that a new command can never start the web server instead. */
    private static final Set<String> NAMES = names();

    private static Set<String> names() {
        Set<String> names = new java.util.HashSet<>(Set.of("help", "--help", "-h", "--version", "-V"));
        for (Class<?> command : Commands.class.getAnnotation(Command.class).subcommands()) {
            names.add(command.getAnnotation(Command.class).name());
        }
        return Set.copyOf(names);
    }

    final PrintStream out;
    final PrintStream err;
    final List<String> springArgs;

    private Commands(PrintStream out, PrintStream err, List<String> springArgs) {
        this.out = out;
        this.err = err;
        this.springArgs = springArgs;
    }

    /** Whether the arguments name a command rather than starting the web application. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }

    /** Runs a command and returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, List.of());
    }

    /** Runs a command with extra Spring properties ({@code --name=value}), as tests do. */
    public static int run(String[] args, PrintStream out, PrintStream err, List<String> springArgs) {
        CommandLine commandLine = new CommandLine(new Commands(out, err, springArgs));
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setExitCodeExceptionMapper(new Failure());
        commandLine.setParameterExceptionHandler(new InvalidInput());
        return commandLine.execute(args);
    }

    // Classes, not lambdas: picocli's interfaces are Java 5 class files, and a lambda implementing one
    // crashes the JDK 17 JVM writing a class-data archive (JDK-8274944, fixed in 18), see CdsCommand.
    private static final class Failure implements CommandLine.IExitCodeExceptionMapper {

        @Override
        public int getExitCode(Throwable exception) {
            return ExitCodes.FAILURE;
        }
    }

    private static final class InvalidInput implements CommandLine.IParameterExceptionHandler {

        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return ExitCodes.INVALID_INPUT;
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(out);
    }

    /**
     * Where the commands that run without the application context keep compiled rule files: the
     * folder of {@code -Dthidua.rules.cache-dir} or {@code THIDUA_RULES_CACHEDIR}, as the application does.
     */
    static CompiledRules compiledRules() {
        return CompiledRules.shared(ThiduaProperties.fromEnvironment().rules().cacheFolder());
    }
}

package vn.thidua.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.thidua.eligibility.engine.RuleValidation;

/**
 * {@code rules validate [DIR]}: exit 0 when the folder loads and every scenario passes, 3 otherwise,
 * each problem on stderr with file and line. Needs no database, so no application context is started.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compiles a rules folder, checks its metadata and met / not-met pairs, and runs its scenario tests.")
final class RulesValidateCommand implements Callable<Integer> {

    @ParentCommand
    private RulesCommand rules;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "the rules folder (default: rules)")
    private Path dir = Path.of("rules");

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "the date instrument notices are computed from (default: today, in Vietnam)")
    private java.time.LocalDate asOf;

    @Override
    public Integer call() {
        Commands parent = rules.parent;
        Clock clock = Clock.systemUTC();
        RuleValidation validation = RuleValidation.standalone(clock);
        RuleValidation.Report report = validation.validate(dir);
        if (report.valid()) {
            parent.out.println("rules validate: " + dir + " is valid: version " + report.version() + ", "
                    + report.scenarios() + " scenarios pass (" + report.millis() + " ms)");
            notices(clock);
            return ExitCodes.OK;
        }
        parent.err.println("rules validate: " + dir + " has " + report.problems().size() + " problems:");
        report.problems().forEach(problem -> parent.err.println("  " + problem));
        return ExitCodes.RULES_BROKEN;
    }

    /** Citations whose instrument has lapsed or lapses within 90 days: notices, never failures. */
    private void notices(Clock clock) {
        java.time.LocalDate on = asOf != null ? asOf : java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        java.util.List<String> notices = new vn.thidua.eligibility.engine.RuleSetLoader(clock).load(dir).instrumentNotices(on, 90);
        if (!notices.isEmpty()) {
            rules.parent.out.println("rules validate: " + notices.size() + " citations name an instrument that has lapsed or lapses"
                    + " within 90 days of " + on + " (notices, not failures):");
            notices.forEach(n -> rules.parent.out.println("  notice: " + n));
        }
    }
}

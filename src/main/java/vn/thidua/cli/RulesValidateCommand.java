package vn.thidua.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
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

    @Override
    public Integer call() {
        Commands parent = rules.parent;
        Clock clock = Clock.systemUTC();
        RuleValidation validation = RuleValidation.standalone(clock);
        RuleValidation.Report report = validation.validate(dir);
        if (report.valid()) {
            parent.out.println("rules validate: " + dir + " is valid: version " + report.version() + ", "
                    + report.scenarios() + " scenarios pass (" + report.millis() + " ms)");
            return ExitCodes.OK;
        }
        parent.err.println("rules validate: " + dir + " has " + report.problems().size() + " problems:");
        report.problems().forEach(problem -> parent.err.println("  " + problem));
        return ExitCodes.RULES_BROKEN;
    }
}

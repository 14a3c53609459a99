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
 * Compiled rule files are kept in the cache folder ({@code -Dthidua.rules.cache-dir} or
 * {@code THIDUA_RULES_CACHEDIR}); a bar on stderr shows compiling and scenarios when it is a terminal.
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
        RuleValidation validation = RuleValidation.standalone(clock, Commands.compiledRules());
        RuleValidation.Checked checked = validation.check(dir, ConsoleProgress.on(parent.err));
        RuleValidation.Report report = checked.report();
        java.util.List<String> problems = new java.util.ArrayList<>(report.problems());
        int votes = councilVotes(checked.ruleSet(), problems);
        int workingDays = workingDays(problems);
        reportTargets(problems);
        if (problems.isEmpty()) {
            parent.out.println("rules validate: " + dir + " is valid: version " + report.version() + ", "
                    + report.scenarios() + " scenarios pass, " + votes + " council vote scenarios and " + workingDays
                    + " working-day scenarios (" + report.millis() + " ms)");
            notices(checked.ruleSet(), clock);
            return ExitCodes.OK;
        }
        parent.err.println("rules validate: " + dir + " has " + problems.size() + " problems:");
        problems.forEach(problem -> parent.err.println("  " + problem));
        return ExitCodes.RULES_BROKEN;
    }

    /** The scenarios of {@value vn.thidua.council.VoteScenarios#FILE}, run on the loaded rule set; how many ran. */
    private int councilVotes(vn.thidua.eligibility.engine.RuleSet ruleSet, java.util.List<String> problems) {
        java.util.List<vn.thidua.council.VoteScenarios.Case> cases;
        try {
            cases = vn.thidua.council.VoteScenarios.read(dir);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return 0;
        }
        if (ruleSet == null) {
            return 0;
        }
        for (vn.thidua.council.VoteScenarios.Case c : cases) {
            vn.thidua.council.VoteScenarios.run(ruleSet, c).forEach(failure -> problems.add(vn.thidua.council.VoteScenarios.FILE
                    + ":" + c.line() + ": \"" + c.name() + "\" fails: " + failure));
        }
        return cases.size();
    }

    /**
     * The holidays file {@value vn.thidua.calendar.Holidays#FILE}, checked, and the scenarios of
     * {@value vn.thidua.calendar.WorkingDayScenarios#FILE} run over it; how many ran.
     */
    private int workingDays(java.util.List<String> problems) {
        vn.thidua.calendar.Holidays holidays;
        java.util.List<vn.thidua.calendar.WorkingDayScenarios.Case> cases;
        try {
            holidays = vn.thidua.calendar.Holidays.read(dir);
            cases = vn.thidua.calendar.WorkingDayScenarios.read(dir);
        } catch (vn.thidua.calendar.HolidaysException e) {
            problems.addAll(e.problems());
            return 0;
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return 0;
        }
        vn.thidua.calendar.WorkingDays days = new vn.thidua.calendar.WorkingDays(holidays);
        for (vn.thidua.calendar.WorkingDayScenarios.Case c : cases) {
            vn.thidua.calendar.WorkingDayScenarios.run(days, c).forEach(failure -> problems.add(
                    vn.thidua.calendar.WorkingDayScenarios.FILE + ":" + c.line() + ": \"" + c.name() + "\" fails: " + failure));
        }
        return cases.size();
    }

    /** The report targets of {@value vn.thidua.report.ReportTargets#FILE}, checked: each problem with its line. */
    private void reportTargets(java.util.List<String> problems) {
        try {
            vn.thidua.report.ReportTargets.read(dir);
        } catch (vn.thidua.report.ReportTargetsException e) {
            problems.addAll(e.problems());
        }
    }

    /** Citations whose instrument has lapsed or lapses within 90 days: notices, never failures. */
    private void notices(vn.thidua.eligibility.engine.RuleSet ruleSet, Clock clock) {
        java.time.LocalDate on = asOf != null ? asOf : java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        java.util.List<String> notices = ruleSet.instrumentNotices(on, 90);
        if (!notices.isEmpty()) {
            rules.parent.out.println("rules validate: " + notices.size() + " citations name an instrument that has lapsed or lapses"
                    + " within 90 days of " + on + " (notices, not failures):");
            notices.forEach(n -> rules.parent.out.println("  notice: " + n));
        }
    }
}

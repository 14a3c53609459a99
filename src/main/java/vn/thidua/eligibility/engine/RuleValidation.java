package vn.thidua.eligibility.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

import vn.thidua.dossier.RequestReader;
import vn.thidua.system.Progress;
import vn.thidua.system.ThiduaProperties;

/**
 * Validates a rules folder as policy staff change it: loads it (compile errors with file and line,
 * metadata, met / not-met pairs, texts), then runs every scenario of its {@code *.tests.yaml} files.
 */
@Component
@NamedInterface("engine")
public final class RuleValidation {

    /** What validation found: problems as {@code file:line: message}, empty when the folder is valid. */
    public record Report(String dir, String version, int scenarios, List<String> problems, long millis) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final RuleSetLoader loader;
    private final RuleEngine engine;
    private final RequestReader reader;

    RuleValidation(RuleSetLoader loader, RuleEngine engine, RequestReader reader) {
        this.loader = loader;
        this.engine = engine;
        this.reader = reader;
    }

    /**
     * A validation outside the application context (the command line), with the engine's default
     * limits, keeping compiled rules in {@code compiled}.
     */
    public static RuleValidation standalone(Clock clock, CompiledRules compiled) {
        return new RuleValidation(new RuleSetLoader(clock, compiled), RuleEngine.withDefaults(),
                new RequestReader(Long.MAX_VALUE, ThiduaProperties.defaults().imports().maxTextLength(), clock));
    }

    /** A validation report with the rule set it loaded (null when the folder does not load). */
    public record Checked(Report report, RuleSet ruleSet) {
    }

    /** Validates a folder; a missing folder is a problem, not an exception. */
    public Report validate(Path dir) {
        return check(dir).report();
    }

    /** Validates a folder and keeps the rule set it loaded, so a valid draft is compiled once. */
    public Checked check(Path dir) {
        return check(dir, Progress.NONE);
    }

    /**
     * Validates a folder and keeps the rule set it loaded, telling {@code progress} how far it is:
     * {@code compile} (rule files compiled or taken from the cache), then {@code scenarios} (scenarios
     * run, all on the one rule base, in parallel).
     */
    public Checked check(Path dir, Progress progress) {
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        RuleSet ruleSet = null;
        ScenarioSuite suite = null;
        try {
            ruleSet = loader.load(dir, progress);
        } catch (RuleSetException e) {
            e.problems().forEach(problem -> problems.add(problem.toString()));
        }
        try {
            suite = ScenarioSuite.read(dir);
        } catch (RuleSetException e) {
            e.problems().forEach(problem -> problems.add(problem.toString()));
        }
        if (ruleSet != null) {
            missingScenarioFiles(dir, ruleSet, problems);
        }
        int scenarios = suite == null ? 0 : suite.scenarios().size();
        if (ruleSet != null && suite != null) {
            ScenarioRunner runner = new ScenarioRunner(ruleSet, engine, reader);
            List<Scenario> scenarioList = suite.scenarios();
            List<List<String>> failures;
            try (Progress.Task task = progress.start("scenarios", scenarioList.size())) {
                // Scenarios are independent evaluations on one shared rule base; their failures are listed in file order.
                failures = Parallel.map(scenarioList, scenario -> {
                    List<String> failed;
                    try {
                        failed = runner.run(scenario);
                    } catch (EvaluationLimitException e) {
                        failed = List.of(e.getMessage());
                    }
                    task.stepBy(1);
                    return failed;
                });
            }
            for (int i = 0; i < scenarioList.size(); i++) {
                Scenario scenario = scenarioList.get(i);
                String where = new RuleProblem(scenario.file(), scenario.line(), "\"" + scenario.name() + "\" fails: ").toString();
                failures.get(i).forEach(failure -> problems.add(where + failure));
            }
        }
        return new Checked(new Report(dir.toString(), ruleSet == null ? null : ruleSet.version(), scenarios,
                List.copyOf(problems), (System.nanoTime() - started) / 1_000_000), ruleSet);
    }

    /**
     * Every rule file has its scenarios beside it ({@code x.drl} and {@code x.tests.yaml}): a rule
     * set whose criteria nobody described in scenarios would pass validation untested.
     */
    private static void missingScenarioFiles(Path dir, RuleSet ruleSet, List<String> problems) {
        for (String file : ruleSet.files().keySet().stream().filter(f -> f.endsWith(".drl")).sorted().toList()) {
            String tests = file.substring(0, file.length() - ".drl".length()) + ".tests.yaml";
            if (!java.nio.file.Files.isRegularFile(dir.resolve(tests))) {
                problems.add(new RuleProblem(file, 1, "no scenario file " + tests + " beside it: every rule file needs "
                        + "scenarios for its criteria, met and not met").toString());
            }
        }
    }
}

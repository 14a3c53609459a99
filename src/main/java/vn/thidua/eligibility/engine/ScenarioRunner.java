package vn.thidua.eligibility.engine;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.ValidationException;
import vn.thidua.eligibility.EligibilityDecision;

/**
 * Runs scenarios as the application would run a request: the scenario's request goes through the
 * real {@link RequestReader} (so the test data are validated too) and the real {@link RuleEngine}
 * on a loaded rule set. A scenario's fixed parameters give a copy of the rule set, made once per
 * distinct set of values.
 */
public final class ScenarioRunner {

    private final RuleSet ruleSet;
    private final RuleEngine engine;
    private final RequestReader reader;
    private final Map<Map<String, Object>, RuleSet> withParameters = new HashMap<>();

    public ScenarioRunner(RuleSet ruleSet, RuleEngine engine, RequestReader reader) {
        this.ruleSet = ruleSet;
        this.engine = engine;
        this.reader = reader;
    }

    /**
     * Runs one scenario.
     *
     * @return its failures as sentences naming subject, award and criterion, expected and actual; empty when it passes
     */
    public List<String> run(Scenario scenario) {
        EvaluationRequest request;
        try {
            request = reader.read(new ByteArrayInputStream(scenario.request().getBytes(StandardCharsets.UTF_8)));
        } catch (ValidationException e) {
            return e.errors().stream().map(error -> "The scenario's request is invalid: " + error + ".").toList();
        }
        RuleSet rules;
        try {
            rules = rulesFor(scenario.parameters());
        } catch (IllegalArgumentException e) {
            return List.of("The scenario's parameters cannot be applied: " + e.getMessage() + ".");
        }
        List<EligibilityDecision> decisions = engine.evaluate(rules, request).decisions();
        String onlySubject = request.individuals().size() == 1 ? request.individuals().get(0).id() : null;
        List<String> failures = new ArrayList<>();
        for (Scenario.Expectation expected : scenario.expectations()) {
            String subject = expected.subject() != null ? expected.subject() : onlySubject;
            EligibilityDecision decision = decisions.stream()
                    .filter(d -> d.subjectId().equals(subject) && d.award() == expected.award())
                    .findFirst().orElse(null);
            new DecisionCheck(subject, expected, decision, decisions, failures).run();
        }
        return failures;
    }

    private synchronized RuleSet rulesFor(Map<String, Object> parameters) {
        RuleSet rules = withParameters.get(parameters);
        if (rules == null) {
            rules = ruleSet.withParameters(parameters);
            withParameters.put(parameters, rules);
        }
        return rules;
    }
}

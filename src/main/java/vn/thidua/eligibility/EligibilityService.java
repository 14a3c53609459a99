package vn.thidua.eligibility;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetRegistry;

/** Evaluates validated requests under the active rule set. */
@Service
public class EligibilityService {

    private final RuleSetRegistry registry;
    private final RuleEngine engine;

    public EligibilityService(RuleSetRegistry registry, RuleEngine engine) {
        this.registry = registry;
        this.engine = engine;
    }

    /**
     * Evaluates every (subject, award) pair of a request on the rule set active at the call. An
     * empty request gives an empty list of decisions. Nothing is stored here.
     */
    public Evaluation evaluate(EvaluationRequest request) {
        return evaluate(request, registry.active());
    }

    /** Evaluates a request under a given rule set (a draft, or a stored version being replayed). */
    public Evaluation evaluate(EvaluationRequest request, RuleSet ruleSet) {
        RuleEngine.Output output = engine.evaluate(ruleSet, request);
        return new Evaluation(1, null, new RuleSetInfo(ruleSet.version(), ruleSet.activatedAt()), request.period(),
                output.decisions(), List.of(), output.warnings());
    }

    /** The version of the active rule set. */
    public RuleSetInfo activeRuleSet() {
        RuleSet active = registry.active();
        return new RuleSetInfo(active.version(), active.activatedAt());
    }
}

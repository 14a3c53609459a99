package vn.thidua.eligibility;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Period;
import vn.thidua.dossier.Unit;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.system.Progress;

/** Evaluates validated requests under the active rule set, or under a given one. */
@Service
public class EligibilityService {

    private final RuleSetRegistry registry;
    private final RuleEngine engine;

    EligibilityService(RuleSetRegistry registry, RuleEngine engine) {
        this.registry = registry;
        this.engine = engine;
    }

    /**
     * A service over one rule set with the engine's default limits, outside the application context
     * (the benchmark, the command line's offline checks).
     */
    public static EligibilityService standalone(RuleSet ruleSet) {
        return new EligibilityService(new RuleSetRegistry(ruleSet), RuleEngine.withDefaults());
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
        return evaluate(request, ruleSet, Progress.NONE);
    }

    /** Evaluates a request under a given rule set, telling {@code progress} of the subjects evaluated. */
    public Evaluation evaluate(EvaluationRequest request, RuleSet ruleSet, Progress progress) {
        RuleEngine.Output output = engine.evaluate(ruleSet, request, progress);
        return new Evaluation(1, null, new RuleSetInfo(ruleSet.version(), ruleSet.activatedAt()), request.period(),
                output.decisions(), List.of(), output.warnings());
    }

    /**
     * Starts an evaluation of a request too large to hold in memory, fed its subjects in parts. The
     * collectives are needed from the start (an individual's work counts for its unit's collective);
     * {@code subjects} is how many subjects will come in all, which sets the run's time limit.
     */
    public EvaluationInParts start(RuleSet ruleSet, Period period, List<Unit> units, List<Collective> collectives, long subjects) {
        return engine.forSubjects(subjects).start(ruleSet, period, units, collectives);
    }

    /** The version of the active rule set. */
    public RuleSetInfo activeRuleSet() {
        RuleSet active = registry.active();
        return new RuleSetInfo(active.version(), active.activatedAt());
    }
}

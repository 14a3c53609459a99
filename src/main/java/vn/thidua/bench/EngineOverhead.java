package vn.thidua.bench;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleSet;

/**
 * Times the rule engine and the {@link ReferenceEvaluator} on the same {@link PairRequest}, rounds
 * alternating so both see the same heap and machine load, after warming each up. Reports figures;
 * whether they meet a target is for the reader of the bench table.
 */
public final class EngineOverhead {

    /** Warm-up runs of the reference until it has run this long: one run of 10⁴ people is too short to compile it. */
    private static final long REFERENCE_WARM_UP_NANOS = 500_000_000L;

    private final RuleSet ruleSet;
    private final RuleEngine engine;
    private final ReferenceEvaluator reference;

    public EngineOverhead(RuleSet ruleSet, RuleEngine engine) {
        this.ruleSet = ruleSet;
        this.engine = engine;
        this.reference = new ReferenceEvaluator(ruleSet);
    }

    /**
     * Decisions per round and decisions per second of each, over {@code rounds} measured rounds.
     *
     * @param ratio the engine's time per decision over the reference's (3 means three times slower)
     */
    public record Figures(long decisions, double engineRate, double referenceRate, double ratio) {
    }

    /** Measures on the individuals of {@code request}, restricted to the two awards; rounds must be positive. */
    public Figures measure(EvaluationRequest request, int rounds) {
        EvaluationRequest pair = PairRequest.of(request);
        engine.evaluate(ruleSet, pair);
        long warmUpEnd = System.nanoTime() + REFERENCE_WARM_UP_NANOS;
        do {
            reference.evaluate(pair);
        } while (System.nanoTime() < warmUpEnd);
        long engineNanos = 0;
        long referenceNanos = 0;
        long engineDecisions = 0;
        long referenceDecisions = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            engineDecisions += engine.evaluate(ruleSet, pair).decisions().size();
            long between = System.nanoTime();
            referenceDecisions += reference.evaluate(pair).size();
            referenceNanos += System.nanoTime() - between;
            engineNanos += between - start;
        }
        double engineRate = engineDecisions / (engineNanos / 1e9);
        double referenceRate = referenceDecisions / (referenceNanos / 1e9);
        return new Figures(engineDecisions / rounds, engineRate, referenceRate, referenceRate / engineRate);
    }
}

package vn.thidua.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.eligibility.EligibilityService;
import vn.thidua.eligibility.engine.RuleSet;

/**
 * Times the rule engine and the {@link ReferenceEvaluator} on the same {@link PairRequest}, rounds
 * alternating so both see the same heap and machine load, after warming each up. Reports figures;
 * whether they meet a target is for the reader of the bench table.
 */
public final class EngineOverhead {

    /**
     * The least time the reference runs for, in warm-up and in each measured round: one run on 10⁴
     * people takes some 30 ms, too short to compile it or to average out other processes' load.
     */
    private static final long REFERENCE_MIN_NANOS = 1_000_000_000L;

    private final RuleSet ruleSet;
    private final EligibilityService engine;
    private final ReferenceEvaluator reference;

    public EngineOverhead(RuleSet ruleSet, EligibilityService engine) {
        this.ruleSet = ruleSet;
        this.engine = engine;
        this.reference = new ReferenceEvaluator(ruleSet);
    }

    /**
     * Decisions per round and decisions per second of each, over {@code rounds} measured rounds.
     *
     * @param ratio the engine's time per decision over the reference's (3 means three times slower)
     * @param cpuRatio the same by the measuring thread's CPU time, which other processes on a shared
     *        machine do not inflate (garbage collection threads are not counted)
     */
    public record Figures(long decisions, double engineRate, double referenceRate, double ratio, double cpuRatio) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Measures on the individuals of {@code request}, restricted to the two awards; rounds must be positive. */
    public Figures measure(EvaluationRequest request, int rounds) {
        EvaluationRequest pair = PairRequest.of(request);
        engine.evaluate(pair, ruleSet);
        runReference(pair);
        long engineNanos = 0;
        long referenceNanos = 0;
        long engineCpu = 0;
        long referenceCpu = 0;
        long engineDecisions = 0;
        long referenceDecisions = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            engineDecisions += engine.evaluate(pair, ruleSet).decisions().size();
            long between = System.nanoTime();
            long betweenCpu = THREADS.getCurrentThreadCpuTime();
            referenceDecisions += runReference(pair);
            referenceNanos += System.nanoTime() - between;
            referenceCpu += THREADS.getCurrentThreadCpuTime() - betweenCpu;
            engineNanos += between - start;
            engineCpu += betweenCpu - startCpu;
        }
        double engineRate = engineDecisions / (engineNanos / 1e9);
        double referenceRate = referenceDecisions / (referenceNanos / 1e9);
        double cpuRatio = (referenceDecisions / (referenceCpu / 1e9)) / (engineDecisions / (engineCpu / 1e9));
        return new Figures(engineDecisions / rounds, engineRate, referenceRate, referenceRate / engineRate, cpuRatio);
    }

    /** Runs the reference on the request as many times as fit in the minimum time, at least once; returns its decisions. */
    private long runReference(EvaluationRequest pair) {
        long end = System.nanoTime() + REFERENCE_MIN_NANOS;
        long decisions = 0;
        do {
            decisions += reference.evaluate(pair).size();
        } while (System.nanoTime() < end);
        return decisions;
    }
}

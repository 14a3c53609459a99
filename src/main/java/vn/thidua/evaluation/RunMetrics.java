package vn.thidua.evaluation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

import vn.thidua.eligibility.Evaluation;

/**
 * What operators count about runs (docs/operations.md, "Health and metrics"): how long evaluating
 * and storing take, how many runs were stored or failed, and the decisions by award and outcome.
 * The names are Micrometer's; Prometheus shows them as {@code thidua_evaluation_seconds},
 * {@code thidua_runs_total}, {@code thidua_decisions_total}.
 */
@Component
class RunMetrics {

    private final MeterRegistry registry;
    private final Timer evaluating;
    private final Timer storing;

    RunMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.evaluating = Timer.builder("thidua.evaluation").tag("stage", "evaluate")
                .description("Reading, evaluating and ranking a request").register(registry);
        this.storing = Timer.builder("thidua.evaluation").tag("stage", "store")
                .description("Storing a run and sealing it in the audit chain").register(registry);
    }

    void evaluated(Duration took) {
        evaluating.record(took);
    }

    void stored(Evaluation evaluation, Duration took) {
        storing.record(took);
        run("stored");
        // One registry lookup per award and outcome, not per decision: a province's run holds 100,000 of them.
        Map<List<String>, Long> counts = evaluation.decisions().stream().collect(Collectors.groupingBy(
                d -> List.of(d.award().name(), d.outcome().name()), Collectors.counting()));
        counts.forEach((key, n) -> Counter.builder("thidua.decisions").description("Decisions of stored runs")
                .tag("award", key.get(0)).tag("outcome", key.get(1)).register(registry).increment(n));
    }

    void notStored() {
        run("failed");
    }

    private void run(String result) {
        Counter.builder("thidua.runs").description("Runs stored, or failed while being stored").tag("result", result)
                .register(registry).increment();
    }
}

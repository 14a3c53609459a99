package vn.thidua.web.runs;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.ranking.Ranking;

/**
 * A whole stored run, for the documents made of all of it (the Excel results, the printed list):
 * its evaluation with every decision and criterion, its request, its rankings.
 * The pages read a run a page at a time through {@link vn.thidua.audit.ResultRows} instead.
 */
@Component
class RunResults {

    record Run(Evaluation evaluation, EvaluationRequest request, List<Ranking> rankings) {
    }

    private final EvaluationRuns runs;

    RunResults(EvaluationRuns runs) {
        this.runs = runs;
    }

    Optional<Run> find(long runId) {
        return runs.find(runId).map(evaluation -> {
            EvaluationRequest request = runs.request(runId).orElseThrow();
            return new Run(evaluation, request, runs.rankings(runId).orElse(List.of()));
        });
    }
}

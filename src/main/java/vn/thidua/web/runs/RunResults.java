package vn.thidua.web.runs;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.ranking.Ranking;
import vn.thidua.ranking.RankingEntry;

/** A stored run as the pages show it: its evaluation, its request's names and units, and table rows. */
@Component
class RunResults {

    record Run(Evaluation evaluation, EvaluationRequest request, Subjects subjects, List<Ranking> rankings, List<ResultRow> rows) {
    }

    private final EvaluationRuns runs;

    RunResults(EvaluationRuns runs) {
        this.runs = runs;
    }

    Optional<Run> find(long runId) {
        return runs.find(runId).map(evaluation -> {
            EvaluationRequest request = runs.request(runId).orElseThrow();
            Subjects subjects = Subjects.of(request);
            List<Ranking> rankings = runs.rankings(runId).orElse(List.of());
            Map<String, Set<PriorityGroup>> groups = new HashMap<>();
            Map<String, Boolean> selected = new HashMap<>();
            for (Ranking ranking : rankings) {
                for (RankingEntry entry : ranking.entries()) {
                    groups.computeIfAbsent(entry.subjectId(), k -> EnumSet.noneOf(PriorityGroup.class))
                            .addAll(entry.priorityGroups() == null ? List.of() : entry.priorityGroups());
                    selected.merge(entry.subjectId() + "|" + ranking.award(), entry.selected(), Boolean::logicalOr);
                }
            }
            List<ResultRow> rows = evaluation.decisions().stream().map(d -> row(d, subjects, groups, selected)).toList();
            return new Run(evaluation, request, subjects, rankings, rows);
        });
    }

    private static ResultRow row(EligibilityDecision d, Subjects subjects, Map<String, Set<PriorityGroup>> groups,
            Map<String, Boolean> selected) {
        String unit = subjects.unit(d.subjectId());
        return new ResultRow(d.subjectId(), subjects.name(d.subjectId()), unit, subjects.unitName(unit), d.award(),
                d.outcome(), d.requiresCouncilJudgement(), groups.getOrDefault(d.subjectId(), Set.of()),
                selected.get(d.subjectId() + "|" + d.award()));
    }
}

package vn.thidua.history;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Warning;

/**
 * A request whose titles and commendations were completed from the register, what was read from the
 * register ({@code read}, empty when it holds nothing for the request's subjects) and the warnings of
 * each subject for the differences (request-and-result.md §6.6).
 */
public record CompletedRequest(EvaluationRequest request, List<RegisteredAward> read, Map<Subject, List<Warning>> warnings) {

    /** A subject of the request by kind and id. */
    public record Subject(SubjectKind kind, String id) {
    }

    public CompletedRequest {
        read = List.copyOf(read);
        warnings = new LinkedHashMap<>(warnings);
    }

    /** The request unchanged, when the register held nothing for it. */
    public static CompletedRequest unchanged(EvaluationRequest request) {
        return new CompletedRequest(request, List.of(), Map.of());
    }

    /** Whether anything was read from the register for this request. */
    public boolean readRegister() {
        return !read.isEmpty();
    }

    /**
     * The evaluation of {@link #request()} with each subject's register warnings after the warnings of
     * every decision of that subject; a subject without decisions has them among the run's warnings.
     * The same evaluation when there are none.
     */
    public Evaluation annotate(Evaluation evaluation) {
        if (warnings.isEmpty()) {
            return evaluation;
        }
        Set<Subject> decided = new HashSet<>();
        List<EligibilityDecision> decisions = new ArrayList<>(evaluation.decisions().size());
        for (EligibilityDecision d : evaluation.decisions()) {
            Subject subject = new Subject(d.subjectKind(), d.subjectId());
            List<Warning> more = warnings.get(subject);
            if (more == null) {
                decisions.add(d);
                continue;
            }
            decided.add(subject);
            List<Warning> all = new ArrayList<>(d.warnings());
            all.addAll(more);
            decisions.add(new EligibilityDecision(d.subjectId(), d.subjectKind(), d.award(), d.outcome(),
                    d.requiresCouncilJudgement(), d.criteria(), d.missing(), all, d.authority()));
        }
        List<Warning> run = new ArrayList<>(evaluation.warnings());
        warnings.forEach((subject, list) -> {
            if (!decided.contains(subject)) {
                run.addAll(list);
            }
        });
        return new Evaluation(evaluation.schemaVersion(), evaluation.runId(), evaluation.ruleSet(), evaluation.period(), decisions,
                evaluation.rankings(), run);
    }
}

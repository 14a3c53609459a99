package vn.thidua.scheduling;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Outcome;
import vn.thidua.system.ThiduaProperties;

/**
 * Builds a scheduling request from a stored evaluation run, so that the secretariat retypes
 * nothing: every ELIGIBLE decision, and every INCOMPLETE decision that needs the council's judgement,
 * becomes a dossier of the subject's unit, with minutes and a deadline from the review parameters.
 */
@Component
public class EvaluationDossiers {

    private final EvaluationRuns runs;
    private final Path rulesDir;

    EvaluationDossiers(EvaluationRuns runs, ThiduaProperties properties) {
        this.runs = runs;
        this.rulesDir = properties.rules().dir();
    }

    /** The request for a run's dossiers and the given council; empty when no run has this id. */
    Optional<SchedulingRequest> request(long runId, EvaluationScheduling council) {
        Optional<Evaluation> evaluation = runs.find(runId);
        Optional<EvaluationRequest> evaluated = runs.request(runId);
        if (evaluation.isEmpty() || evaluated.isEmpty()) {
            return Optional.empty();
        }
        ReviewParameters parameters = ReviewParameters.read(rulesDir);
        Map<String, String> units = units(evaluated.get());
        LocalDate decisionDate = evaluation.get().period().decisionDate();
        List<ReviewDossier> dossiers = evaluation.get().decisions().stream()
                .filter(EvaluationDossiers::forTheCouncil)
                .map(decision -> dossier(decision, units.get(decision.subjectId()), parameters,
                        council.deadline() != null ? council.deadline()
                                : decisionDate.minusDays(parameters.daysBeforeDecision(decision.award()))))
                .toList();
        return Optional.of(new SchedulingRequest(1, council.council(), council.members(), council.sessions(), dossiers));
    }

    /**
     * Every ELIGIBLE decision, and an INCOMPLETE one that needs the council's judgement (its file may be
     * completed before the session). A decision refused on a criterion, or deferred (chưa xét khen
     * thưởng), is not the council's to review even when another of its criteria is a judgement.
     */
    public static boolean forTheCouncil(EligibilityDecision decision) {
        return decision.outcome() == Outcome.ELIGIBLE
                || decision.outcome() == Outcome.INCOMPLETE && decision.requiresCouncilJudgement();
    }

    private static ReviewDossier dossier(EligibilityDecision decision, String unit, ReviewParameters parameters, LocalDate deadline) {
        return new ReviewDossier(decision.subjectId() + "/" + decision.award().name(), decision.subjectId(), unit,
                decision.award(), parameters.minutesFor(decision.award(), decision.requiresCouncilJudgement()), deadline);
    }

    private static Map<String, String> units(EvaluationRequest request) {
        Map<String, String> units = new HashMap<>();
        request.individuals().forEach(person -> units.put(person.id(), person.unit()));
        request.collectives().forEach(collective -> units.put(collective.id(), collective.unit()));
        request.households().forEach(household -> units.put(household.id(), household.unit()));
        return units;
    }
}

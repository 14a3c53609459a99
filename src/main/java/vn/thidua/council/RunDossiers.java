package vn.thidua.council;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.ranking.Ranking;
import vn.thidua.ranking.RankingEntry;
import vn.thidua.scheduling.EvaluationDossiers;

/**
 * What a session needs to know of its run: each decision by subject and award, who the subject is
 * (name, unit, from the stored request), and who the run's rankings selected under a quota.
 */
final class RunDossiers {

    /** A subject of the request: name as printed and unit code. */
    record Subject(String name, String unit) {
    }

    private final Evaluation evaluation;
    private final Map<String, EligibilityDecision> decisions = new LinkedHashMap<>();
    private final Map<String, Subject> subjects = new HashMap<>();
    private final Map<AwardCode, Set<String>> selected = new HashMap<>();

    RunDossiers(Evaluation evaluation, EvaluationRequest request, List<Ranking> rankings) {
        this.evaluation = evaluation;
        evaluation.decisions().forEach(d -> decisions.put(key(d.subjectId(), d.award()), d));
        request.individuals().forEach(p -> subjects.put(p.id(), new Subject(p.fullName(), p.unit())));
        request.collectives().forEach(c -> subjects.put(c.id(), new Subject(c.name(), c.unit())));
        request.households().forEach(h -> subjects.put(h.id(),
                new Subject(h.headName() == null ? h.id() : "Hộ " + h.headName(), h.unit())));
        for (Ranking ranking : rankings) {
            Set<String> chosen = selected.computeIfAbsent(ranking.award(), a -> new HashSet<>());
            ranking.entries().stream().filter(RankingEntry::selected).forEach(e -> chosen.add(e.subjectId()));
        }
    }

    Evaluation evaluation() {
        return evaluation;
    }

    /** The run's decision on a dossier, or null when the run did not decide it. */
    EligibilityDecision decision(String subjectId, AwardCode award) {
        return decisions.get(key(subjectId, award));
    }

    /** The decisions the council may vote on, as the scheduling selects them, in the run's order. */
    List<EligibilityDecision> forTheCouncil() {
        return decisions.values().stream().filter(EvaluationDossiers::forTheCouncil).toList();
    }

    Subject subject(String subjectId) {
        return subjects.getOrDefault(subjectId, new Subject(subjectId, null));
    }

    /** Whether a quota ranked the award and left the subject out of the selection. */
    boolean leftOutUnderQuota(String subjectId, AwardCode award) {
        Set<String> chosen = selected.get(award);
        return chosen != null && !chosen.contains(subjectId);
    }

    private static String key(String subjectId, AwardCode award) {
        return subjectId + "/" + award.name();
    }
}

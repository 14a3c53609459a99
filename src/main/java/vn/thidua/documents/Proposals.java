package vn.thidua.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.dossier.Unit;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Outcome;
import vn.thidua.ranking.Ranking;
import vn.thidua.ranking.RankingEntry;

/**
 * Who is proposed: the ELIGIBLE decisions, and where a quota ranked an award, only those selected
 * under it. Each with the subject's name and unit from the request.
 */
public final class Proposals {

    /** One proposed (subject, award), with what the council should know about it. */
    public record Proposal(SubjectKind kind, String subjectId, String name, String unitCode, String unitName, AwardCode award,
            boolean selectedUnderQuota, boolean requiresCouncilJudgement) {
    }

    private Proposals() {
    }

    public static List<Proposal> of(EvaluationRequest request, Evaluation evaluation, AwardCode only) {
        Map<AwardCode, Set<String>> selected = new HashMap<>();
        for (Object ranking : evaluation.rankings()) {
            if (ranking instanceof Ranking r) {
                Set<String> chosen = selected.computeIfAbsent(r.award(), a -> new HashSet<>());
                r.entries().stream().filter(RankingEntry::selected).forEach(e -> chosen.add(e.subjectId()));
            }
        }
        Map<String, String[]> subjects = subjects(request);
        Map<String, String> units = new HashMap<>();
        request.units().forEach(u -> units.put(u.code(), u.name()));
        List<Proposal> proposals = new ArrayList<>();
        for (EligibilityDecision d : evaluation.decisions()) {
            if (d.outcome() != Outcome.ELIGIBLE || only != null && d.award() != only) {
                continue;
            }
            boolean ranked = selected.containsKey(d.award());
            if (ranked && !selected.get(d.award()).contains(d.subjectId())) {
                continue;
            }
            String[] who = subjects.getOrDefault(d.subjectId(), new String[] {d.subjectId(), null});
            proposals.add(new Proposal(d.subjectKind(), d.subjectId(), who[0], who[1], units.getOrDefault(who[1], who[1]), d.award(),
                    ranked, d.requiresCouncilJudgement()));
        }
        return proposals;
    }

    private static Map<String, String[]> subjects(EvaluationRequest request) {
        Map<String, String[]> subjects = new HashMap<>();
        for (Individual p : request.individuals()) {
            subjects.put(p.id(), new String[] {p.fullName(), p.unit()});
        }
        for (Collective c : request.collectives()) {
            subjects.put(c.id(), new String[] {c.name(), c.unit()});
        }
        for (Household h : request.households()) {
            subjects.put(h.id(), new String[] {h.headName() == null ? h.id() : "Hộ " + h.headName(), h.unit()});
        }
        return subjects;
    }

    static String unitName(EvaluationRequest request, String code) {
        return request.units().stream().filter(u -> u.code().equals(code)).map(Unit::name).findFirst().orElse(code);
    }
}

package vn.thidua.ranking;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.eligibility.EligibilityDecision;

/**
 * Priority-group shares per award over a whole evaluation, with or without quotas: candidates are
 * the subjects with a decision for the award, eligible those found ELIGIBLE, selected those chosen
 * under any of the award's quotas (each subject counted once). Used to show how a rule change
 * moves the shares.
 */
public final class AwardShares {

    private AwardShares() {
    }

    /** The share table of each award that has a decision, in the order of {@link AwardCode}. */
    public static Map<AwardCode, List<GroupShare>> of(EvaluationRequest request, List<EligibilityDecision> decisions,
            List<Ranking> rankings) {
        Map<String, Subject> subjects = Subjects.index(request, new UnitTree(request.units()));
        Map<AwardCode, Set<String>> selected = new EnumMap<>(AwardCode.class);
        for (Ranking ranking : rankings) {
            for (RankingEntry entry : ranking.entries()) {
                if (entry.selected()) {
                    selected.computeIfAbsent(ranking.award(), a -> new HashSet<>()).add(entry.subjectId());
                }
            }
        }
        Map<AwardCode, List<RankingEntry>> entries = new EnumMap<>(AwardCode.class);
        for (EligibilityDecision decision : decisions) {
            Subject subject = subjects.get(decision.subjectId());
            List<PriorityGroup> groups = subject == null ? List.of() : subject.groups().stream().sorted().toList();
            boolean chosen = selected.getOrDefault(decision.award(), Set.of()).contains(decision.subjectId());
            entries.computeIfAbsent(decision.award(), a -> new ArrayList<>()).add(new RankingEntry(decision.subjectId(), null, 0,
                    chosen, groups, null, decision.subjectKind(), decision.outcome(), null, null));
        }
        Map<AwardCode, List<GroupShare>> shares = new EnumMap<>(AwardCode.class);
        entries.forEach((award, list) -> shares.put(award, Shares.of(list, List.of())));
        return shares;
    }
}

package vn.thidua.governance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.eligibility.CriterionOutcome;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Outcome;
import vn.thidua.governance.AwardImpact.CriterionChange;
import vn.thidua.governance.AwardImpact.ShareMove;
import vn.thidua.governance.AwardImpact.SubjectChange;
import vn.thidua.ranking.AwardShares;
import vn.thidua.ranking.GroupShare;
import vn.thidua.ranking.Ranking;

/**
 * Compares two evaluations of the same request, one under the active rule set and one under a
 * draft, award by award. A pure function: nothing is read or stored.
 */
final class ImpactAnalysis {

    /** An evaluation's decisions and the rankings made from them. */
    record Side(List<EligibilityDecision> decisions, List<Ranking> rankings) {
    }

    private record Key(String subjectId, AwardCode award) {
    }

    private record Names(String name, String unit) {
    }

    private ImpactAnalysis() {
    }

    static List<AwardImpact> compare(EvaluationRequest request, Side before, Side after) {
        Map<Key, EligibilityDecision> was = index(before.decisions());
        Map<Key, EligibilityDecision> now = index(after.decisions());
        Set<Key> keys = new LinkedHashSet<>(was.keySet());
        keys.addAll(now.keySet());
        Map<String, Names> names = names(request);
        Map<AwardCode, List<GroupShare>> sharesBefore = AwardShares.of(request, before.decisions(), before.rankings());
        Map<AwardCode, List<GroupShare>> sharesAfter = AwardShares.of(request, after.decisions(), after.rankings());
        Map<AwardCode, Builder> awards = new EnumMap<>(AwardCode.class);
        for (Key key : keys) {
            EligibilityDecision old = was.get(key);
            EligibilityDecision young = now.get(key);
            Builder award = awards.computeIfAbsent(key.award(), Builder::new);
            award.count(old, young);
            Outcome from = old == null ? null : old.outcome();
            Outcome to = young == null ? null : young.outcome();
            if (from == to) {
                continue;
            }
            EligibilityDecision any = young != null ? young : old;
            Names who = names.getOrDefault(key.subjectId(), new Names(null, null));
            SubjectChange change = new SubjectChange(key.subjectId(), any.subjectKind(), who.name(), who.unit(), from, to,
                    criteria(old, young));
            if (to == Outcome.ELIGIBLE) {
                award.gained.add(change);
            } else if (from == Outcome.ELIGIBLE) {
                award.lost.add(change);
            } else {
                award.changed.add(change);
            }
        }
        List<AwardImpact> impacts = new ArrayList<>();
        awards.forEach((code, builder) -> impacts.add(builder.build(
                shares(sharesBefore.getOrDefault(code, List.of()), sharesAfter.getOrDefault(code, List.of())))));
        return impacts;
    }

    private static List<CriterionChange> criteria(EligibilityDecision old, EligibilityDecision young) {
        Map<String, CriterionOutcome> was = criteria(old);
        Map<String, CriterionOutcome> now = criteria(young);
        Set<String> ids = new LinkedHashSet<>(now.keySet());
        ids.addAll(was.keySet());
        List<CriterionChange> changes = new ArrayList<>();
        for (String id : ids) {
            CriterionOutcome a = was.get(id);
            CriterionOutcome b = now.get(id);
            if (a != null && b != null && a.result() == b.result()) {
                continue;
            }
            CriterionOutcome shown = b != null ? b : a;
            changes.add(new CriterionChange(id, a == null ? null : a.result(), b == null ? null : b.result(),
                    shown.explanation(), shown.citation()));
        }
        return changes;
    }

    private static Map<String, CriterionOutcome> criteria(EligibilityDecision decision) {
        Map<String, CriterionOutcome> byId = new LinkedHashMap<>();
        if (decision != null) {
            decision.criteria().forEach(c -> byId.put(c.id(), c));
        }
        return byId;
    }

    private static List<ShareMove> shares(List<GroupShare> before, List<GroupShare> after) {
        List<ShareMove> moves = new ArrayList<>();
        for (PriorityGroup group : PriorityGroup.values()) {
            GroupShare a = find(before, group);
            GroupShare b = find(after, group);
            if (a == null && b == null) {
                continue;
            }
            moves.add(new ShareMove(group, a == null ? 0 : a.candidates(), b == null ? 0 : b.candidates(),
                    a == null ? 0 : a.eligible(), b == null ? 0 : b.eligible(), a == null ? null : a.eligiblePercent(),
                    b == null ? null : b.eligiblePercent(), a == null ? 0 : a.selected(), b == null ? 0 : b.selected(),
                    a == null ? null : a.selectedPercent(), b == null ? null : b.selectedPercent()));
        }
        return moves;
    }

    private static GroupShare find(List<GroupShare> shares, PriorityGroup group) {
        return shares.stream().filter(s -> s.group() == group).findFirst().orElse(null);
    }

    private static Map<Key, EligibilityDecision> index(List<EligibilityDecision> decisions) {
        Map<Key, EligibilityDecision> byKey = new LinkedHashMap<>();
        decisions.forEach(d -> byKey.put(new Key(d.subjectId(), d.award()), d));
        return byKey;
    }

    private static Map<String, Names> names(EvaluationRequest request) {
        Map<String, Names> names = new HashMap<>();
        for (Individual person : request.individuals()) {
            names.put(person.id(), new Names(person.fullName(), person.unit()));
        }
        for (Collective collective : request.collectives()) {
            names.put(collective.id(), new Names(collective.name(), collective.unit()));
        }
        for (Household household : request.households()) {
            names.put(household.id(), new Names(household.headName(), household.unit()));
        }
        return names;
    }

    /** Collects one award's counts and changes. */
    private static final class Builder {

        private final AwardCode award;
        private final Map<Outcome, Integer> before = new EnumMap<>(Outcome.class);
        private final Map<Outcome, Integer> after = new EnumMap<>(Outcome.class);
        private final List<SubjectChange> gained = new ArrayList<>();
        private final List<SubjectChange> lost = new ArrayList<>();
        private final List<SubjectChange> changed = new ArrayList<>();

        Builder(AwardCode award) {
            this.award = award;
        }

        void count(EligibilityDecision old, EligibilityDecision young) {
            if (old != null) {
                before.merge(old.outcome(), 1, Integer::sum);
            }
            if (young != null) {
                after.merge(young.outcome(), 1, Integer::sum);
            }
        }

        AwardImpact build(List<ShareMove> shares) {
            return new AwardImpact(Objects.requireNonNull(award), before, after, List.copyOf(gained), List.copyOf(lost),
                    List.copyOf(changed), shares);
        }
    }
}

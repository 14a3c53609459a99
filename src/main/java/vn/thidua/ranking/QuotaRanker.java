package vn.thidua.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.Quota;
import vn.thidua.eligibility.Text;

/** Ranks one quota: its places, the order of its eligible candidates, the selection, the explained entries and the share table. */
final class QuotaRanker {

    private static final List<PriorityGroup> GROUPS = List.of(PriorityGroup.values());
    private static final Comparator<Candidate> NOT_RANKED = Comparator.comparing((Candidate c) -> c.decision().outcome())
            .reversed().thenComparing(Candidate::subjectId);

    private final RankingPolicy policy;
    private final Ordering ordering;
    private final Pool pool;
    private final MeritScores merit;

    QuotaRanker(RankingPolicy policy, Pool pool, int year) {
        this.policy = policy;
        this.ordering = new Ordering(policy.order());
        this.pool = pool;
        this.merit = new MeritScores(policy, year);
    }

    Ranking rank(PlannedQuota planned) {
        Quota quota = planned.quota();
        List<Candidate> all = pool.under(quota.award(), quota.unit()).stream().map(merit::of).toList();
        List<Candidate> ranked = all.stream().filter(Candidate::eligible).sorted(ordering).toList();
        Integer base = quota.maxPercent() == null ? null : pool.eligibleUnder(quota.ofAward(), quota.unit());
        int places = quota.maxCount() != null ? quota.maxCount()
                : (int) policy.rounding().mode().divide((long) quota.maxPercent() * base, 100);
        Selection selection = Selection.of(ranked, places, quota.reserved());
        Explanations explanations = new Explanations(ranked, selection, places, ordering);
        List<RankingEntry> entries = new ArrayList<>(all.size());
        for (int i = 0; i < ranked.size(); i++) {
            entries.add(entry(ranked.get(i), i + 1, selection.selected(i), explanations.reason(i), selection.promotedFor(i)));
        }
        // Many candidates who cannot be ranked have the same reason: one copy of each (a commune of a province has tens of
        // thousands of them).
        Map<Text, Text> reasons = new HashMap<>();
        all.stream().filter(c -> !c.eligible()).sorted(NOT_RANKED).forEach(c -> entries.add(entry(c, null, false,
                reasons.computeIfAbsent(RankingTexts.notRanked(c.decision()), reason -> reason), null)));
        List<ReservedOutcome> reserved = selection.results().stream().map(QuotaRanker::outcome).toList();
        return new Ranking(quota.award(), quota.unit(), places, entries, Shares.of(entries, reserved), planned.source(),
                planned.reference(), quota.maxCount(), quota.maxPercent(), quota.ofAward(), base,
                base == null ? null : policy.rounding().mode(), selection.taken(), places - selection.taken(), policy.mode(),
                policy.order(), reserved);
    }

    private static RankingEntry entry(Candidate candidate, Integer rank, boolean selected, Text reason, PriorityGroup under) {
        List<PriorityGroup> groups = GROUPS.stream().filter(candidate::in).toList();
        return new RankingEntry(candidate.subjectId(), rank, candidate.score(), selected, groups, reason, candidate.kind(),
                candidate.decision().outcome(), under, candidate.scoreParts());
    }

    private static ReservedOutcome outcome(Selection.ReservedResult result) {
        PriorityGroup group = result.reserved().group();
        Text reason = switch (result.shortfall()) {
            case NONE -> RankingTexts.honoured(group, result.required(), result.selected());
            case TOO_FEW_ELIGIBLE -> RankingTexts.tooFewEligible(group, result.eligible(), result.required());
            case NO_PLACE_TO_GIVE -> RankingTexts.noPlaceToGive(group, result.selected(), result.required());
        };
        return new ReservedOutcome(group, result.reserved().minShare(), result.required(), result.eligible(), result.selected(),
                result.promoted(), result.shortfall() == Selection.Shortfall.NONE, reason);
    }
}

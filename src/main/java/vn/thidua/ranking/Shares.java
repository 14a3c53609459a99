package vn.thidua.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.dossier.PriorityGroup;
import vn.thidua.eligibility.Outcome;

/** The share table of a list of entries: one row per priority group, against any reserved share. */
final class Shares {

    private Shares() {
    }

    static List<GroupShare> of(List<RankingEntry> entries, List<ReservedOutcome> reserved) {
        int eligibleAll = (int) entries.stream().filter(e -> e.outcome() == Outcome.ELIGIBLE).count();
        int selectedAll = (int) entries.stream().filter(RankingEntry::selected).count();
        List<GroupShare> shares = new ArrayList<>();
        for (PriorityGroup group : PriorityGroup.values()) {
            List<RankingEntry> members = entries.stream().filter(e -> e.priorityGroups().contains(group)).toList();
            int eligible = (int) members.stream().filter(e -> e.outcome() == Outcome.ELIGIBLE).count();
            int selected = (int) members.stream().filter(RankingEntry::selected).count();
            ReservedOutcome target = reserved.stream().filter(r -> r.group() == group).findFirst().orElse(null);
            shares.add(new GroupShare(group, members.size(), eligible, selected, percent(members.size(), entries.size()),
                    percent(eligible, eligibleAll), percent(selected, selectedAll),
                    target == null ? null : target.minShare(), target == null ? null : target.required(),
                    target == null ? null : target.honoured()));
        }
        return shares;
    }

    // For display only; thresholds never use it.
    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}

package vn.thidua.ranking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Group shares summed over rankings: per quota unit (all its awards together) and for the whole
 * run. Counts are candidacies: a subject ranked for two awards, or under two nested quotas, counts
 * in each.
 */
public record ShareTotals(List<UnitShares> units, List<GroupShare> run) {

    /** The shares of the rankings of one unit. */
    public record UnitShares(String unit, int rankings, List<GroupShare> shares) {
    }

    /** Totals of the given rankings; empty lists of units and zero counts when there are none. */
    public static ShareTotals of(List<Ranking> rankings) {
        Map<String, List<Ranking>> byUnit = new LinkedHashMap<>();
        for (Ranking ranking : rankings) {
            byUnit.computeIfAbsent(ranking.unit(), u -> new ArrayList<>()).add(ranking);
        }
        List<UnitShares> units = new ArrayList<>();
        byUnit.forEach((unit, list) -> units.add(new UnitShares(unit, list.size(), Shares.of(entries(list), List.of()))));
        return new ShareTotals(units, Shares.of(entries(rankings), List.of()));
    }

    private static List<RankingEntry> entries(List<Ranking> rankings) {
        return rankings.stream().flatMap(r -> r.entries().stream()).toList();
    }
}

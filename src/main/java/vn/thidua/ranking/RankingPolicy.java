package vn.thidua.ranking;

import java.util.List;
import java.util.Map;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.RatingLevel;
import vn.thidua.dossier.Reserved;
import vn.thidua.dossier.Scope;
import vn.thidua.dossier.UnitLevel;

/** The ranking policy of {@code rules/ranking/policy.yaml}, as {@link PolicyReader} checked it. */
record RankingPolicy(Mode mode, RoundingRule rounding, List<StepLabel> lexicographic, Merit merit, Weighted weighted,
        List<DefaultQuota> defaults) {

    record RoundingRule(Rounding mode, String reference) {
    }

    /** Points per key; a key not listed gives none. */
    record Points<K>(Map<K, Integer> points, String reference) {

        int of(K key) {
            return points.getOrDefault(key, 0);
        }
    }

    record Value(Integer points, String reference) {
    }

    record Merit(Points<RatingLevel> rating, Points<Scope> initiative, Value consecutiveYear, Points<AwardCode> priorTitle) {
    }

    /** WEIGHTED mode: points per priority group, plus the merit score times {@code merit.points}. */
    record Weighted(Points<PriorityGroup> groups, Value merit) {
    }

    /** A quota for every unit of a level that the request gives no quota for the same award. */
    record DefaultQuota(AwardCode award, UnitLevel unitLevel, Integer maxCount, Integer maxPercent, AwardCode ofAward,
            List<Reserved> reserved, String reference) {
    }

    /** The steps in force: the lexicographic ones, or the weighted score and then the final tie-break. */
    List<StepLabel> order() {
        if (mode == Mode.LEXICOGRAPHIC) {
            return lexicographic;
        }
        return List.of(new StepLabel(Step.WEIGHTED_SCORE, weighted.groups().reference()),
                lexicographic.get(lexicographic.size() - 1));
    }
}

package vn.thidua.ranking;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Initiative;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.Rating;
import vn.thidua.dossier.Title;

/**
 * Scores candidates under the policy for the evaluated year: the year's rating, its applied and
 * recognised initiatives by scope, the unbroken chain of the ranked title ending the year before, and titles
 * held before the year. In WEIGHTED mode the score adds the points of the candidate's priority
 * groups to the merit score times its multiplier; every part is kept for auditors.
 */
final class MeritScores {

    private final RankingPolicy policy;
    private final int year;

    /**
     * One unmodifiable copy of each distinct list of score parts, in their order: most candidates of a large quota share
     * theirs with many others.
     */
    private final Map<List<Map.Entry<String, Integer>>, Map<String, Integer>> distinct = new HashMap<>();

    MeritScores(RankingPolicy policy, int year) {
        this.policy = policy;
        this.year = year;
    }

    Candidate of(Pool.Decided decided) {
        Subject subject = decided.subject();
        Map<String, Integer> parts = merit(subject, decided.decision().award());
        int points = parts.values().stream().mapToInt(Integer::intValue).sum();
        if (policy.mode() == Mode.LEXICOGRAPHIC) {
            return new Candidate(subject.id(), subject.kind(), subject.groups(), points, points, parts, decided.decision());
        }
        int multiplier = policy.weighted().merit().points();
        Map<String, Integer> weighted = new LinkedHashMap<>();
        for (PriorityGroup group : subject.groups()) {
            weighted.put(group.name(), policy.weighted().groups().of(group));
        }
        parts.forEach((name, value) -> weighted.put(name, value * multiplier));
        int score = weighted.values().stream().mapToInt(Integer::intValue).sum();
        return new Candidate(subject.id(), subject.kind(), subject.groups(), points, score, shared(weighted), decided.decision());
    }

    private Map<String, Integer> shared(Map<String, Integer> parts) {
        return distinct.computeIfAbsent(List.copyOf(parts.entrySet()), list -> Collections.unmodifiableMap(parts));
    }

    private Map<String, Integer> merit(Subject subject, AwardCode award) {
        RankingPolicy.Merit merit = policy.merit();
        int rating = 0;
        for (Rating r : subject.ratings()) {
            if (r.year() == year) {
                rating = merit.rating().of(r.level());
                break;
            }
        }
        int initiatives = 0;
        for (Initiative initiative : subject.initiatives()) {
            // An initiative counts only with its recognition recorded (docs/request-and-result.md §6.1.4).
            initiatives += initiative.year() == year && initiative.isApplied() && initiative.isRecognized()
                    ? merit.initiative().of(initiative.scope()) : 0;
        }
        int titles = 0;
        for (Title title : subject.titles()) {
            titles += title.year() < year ? merit.priorTitle().of(title.code()) : 0;
        }
        Map<String, Integer> parts = new LinkedHashMap<>();
        parts.put("rating", rating);
        parts.put("initiatives", initiatives);
        parts.put("consecutiveYears", chain(subject, award) * merit.consecutiveYear().points());
        parts.put("priorTitles", titles);
        return shared(parts);
    }

    // Years before the evaluated one, back from the year before, in which the subject holds the ranked title.
    private int chain(Subject subject, AwardCode award) {
        int years = 0;
        while (holds(subject, award, year - 1 - years)) {
            years++;
        }
        return years;
    }

    private static boolean holds(Subject subject, AwardCode award, int year) {
        return subject.titles().stream().anyMatch(t -> t.code() == award && t.year() == year);
    }
}

package vn.thidua.ranking;

import java.util.Map;
import java.util.Set;

import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Outcome;

/**
 * A subject's decision for the ranked award, with what ranking looks at: priority groups, merit
 * score, the displayed score (merit, or the weighted score in WEIGHTED mode) and its parts.
 */
record Candidate(String subjectId, SubjectKind kind, Set<PriorityGroup> groups, int merit, int score,
        Map<String, Integer> scoreParts, EligibilityDecision decision) {

    boolean in(PriorityGroup group) {
        return groups.contains(group);
    }

    /** Luật TĐKT Điều 5 khoản 2: a direct producer, or in an especially difficult, border or island area. */
    boolean statutory() {
        return in(PriorityGroup.DIRECT_PRODUCER) || in(PriorityGroup.DIFFICULT_AREA);
    }

    boolean eligible() {
        return decision.outcome() == Outcome.ELIGIBLE;
    }
}

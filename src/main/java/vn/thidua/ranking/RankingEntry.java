package vn.thidua.ranking;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.Text;

/**
 * One candidate of a ranking. {@code rank} is the place among the ELIGIBLE candidates, 1 first, and
 * null for the others (DEFERRED, INCOMPLETE, NOT_ELIGIBLE), which are listed after them, never
 * selected. {@code score} is for display: the merit score, or the weighted score in WEIGHTED mode,
 * with its parts in {@code scoreParts}. {@code selectedUnder} names the reserved share that brought
 * the candidate in.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"subjectId", "rank", "score", "selected", "priorityGroups", "reason", "subjectKind", "outcome",
        "selectedUnder", "scoreParts"})
public record RankingEntry(
        String subjectId,
        @JsonInclude(JsonInclude.Include.ALWAYS) Integer rank,
        int score,
        boolean selected,
        List<PriorityGroup> priorityGroups,
        Text reason,
        SubjectKind subjectKind,
        Outcome outcome,
        PriorityGroup selectedUnder,
        Map<String, Integer> scoreParts) {
}

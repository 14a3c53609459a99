package vn.thidua.eligibility;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.thidua.dossier.Period;

/**
 * An evaluation result (docs/request-and-result.md §3). {@code warnings} are about the run as a
 * whole, such as a proposed award that the loaded rule set does not contain. {@code rankings} holds
 * the rankings under the request's quotas, added by the caller that ranks ({@code vn.thidua.ranking}
 * depends on eligibility, not the other way round); empty when there are none.
 */
@JsonPropertyOrder({"schemaVersion", "runId", "ruleSet", "period", "decisions", "rankings", "warnings"})
public record Evaluation(
        int schemaVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long runId,
        RuleSetInfo ruleSet,
        Period period,
        List<EligibilityDecision> decisions,
        List<Object> rankings,
        List<Warning> warnings) {

    public Evaluation withRankings(List<?> rankings) {
        return new Evaluation(schemaVersion, runId, ruleSet, period, decisions, List.copyOf(rankings), warnings);
    }

    public Evaluation withRunId(long id) {
        return new Evaluation(schemaVersion, id, ruleSet, period, decisions, rankings, warnings);
    }
}

package vn.thidua.ranking;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.thidua.dossier.AwardCode;

/**
 * The ranking of one quota (docs/request-and-result.md §3, {@code rankings}): the format's
 * {@code award}, {@code unit}, {@code quota} (the places), {@code entries} and {@code shares}, and
 * optional fields: where the quota comes from, how its places were counted, how many were filled,
 * the headroom left, the order applied with its legal anchors, and what became of reserved shares.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"award", "unit", "quota", "entries", "shares", "quotaSource", "quotaReference", "maxCount", "maxPercent",
        "ofAward", "ofAwardEligible", "rounding", "selected", "headroom", "mode", "order", "reserved"})
public record Ranking(
        AwardCode award,
        String unit,
        int quota,
        List<RankingEntry> entries,
        List<GroupShare> shares,
        QuotaSource quotaSource,
        String quotaReference,
        Integer maxCount,
        Integer maxPercent,
        AwardCode ofAward,
        Integer ofAwardEligible,
        Rounding rounding,
        int selected,
        int headroom,
        Mode mode,
        List<StepLabel> order,
        List<ReservedOutcome> reserved) {
}

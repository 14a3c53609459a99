package vn.thidua.ranking;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.thidua.dossier.PriorityGroup;

/**
 * How far a priority group is reached: candidates, eligible and selected of the group, and each as
 * a percentage (one decimal) of all candidates, all eligible and all selected (absent when there
 * are none). With a reserved share: the target percentage, the places it asks for, and whether it
 * was met.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"group", "candidates", "eligible", "selected", "candidatesPercent", "eligiblePercent", "selectedPercent",
        "targetPercent", "targetPlaces", "targetMet"})
public record GroupShare(
        PriorityGroup group,
        int candidates,
        int eligible,
        int selected,
        BigDecimal candidatesPercent,
        BigDecimal eligiblePercent,
        BigDecimal selectedPercent,
        Integer targetPercent,
        Integer targetPlaces,
        Boolean targetMet) {
}

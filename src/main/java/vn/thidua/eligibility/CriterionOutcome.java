package vn.thidua.eligibility;

import java.util.List;
import java.util.Map;

/**
 * One criterion's result for a decision, with its explanation, citation, the facts it used, and
 * the names of the rules that decided it (the technical trace; empty when no rule answered).
 */
public record CriterionOutcome(String id, CriterionStatus result, Text explanation, Citation citation,
        Map<String, Object> facts, List<String> rules) {
}

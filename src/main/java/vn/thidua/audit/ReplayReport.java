package vn.thidua.audit;

import java.util.List;

/**
 * A stored run evaluated again on its stored rule set: {@code identical} when every stored decision
 * and criterion column equals the replayed one; otherwise {@code differences} say where, stored value
 * first. {@code decisions} counts the stored decisions.
 */
public record ReplayReport(long runId, String ruleSetVersion, boolean identical, int decisions, List<String> differences) {
}

package vn.thidua.governance;

import java.util.List;

/** The active version, every activation and rollback newest first, and the impact reports (without details). */
public record RuleSetHistory(String active, List<Activation> activations, List<ImpactReport> reports) {

    public static RuleSetHistory of(RuleSetActivations activations, ImpactReports reports) {
        return new RuleSetHistory(activations.activeVersion(), activations.history(), reports.list());
    }
}

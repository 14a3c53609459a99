package vn.thidua.eligibility.engine;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.modulith.NamedInterface;

/**
 * Holds the active rule set. An evaluation takes the reference once at its start, so it runs on
 * exactly one version even while another is activated.
 */
@NamedInterface("engine")
public final class RuleSetRegistry {

    private final AtomicReference<RuleSet> active;

    public RuleSetRegistry(RuleSet initial) {
        this.active = new AtomicReference<>(initial);
    }

    public RuleSet active() {
        return active.get();
    }

    /** Makes {@code next} the active rule set and returns the one it replaced. */
    public RuleSet activate(RuleSet next) {
        return active.getAndSet(next);
    }
}

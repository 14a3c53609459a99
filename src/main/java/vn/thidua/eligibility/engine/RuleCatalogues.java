package vn.thidua.eligibility.engine;

import java.time.Clock;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/** The catalogue of the active rule set, as of today: built on each call, so it follows every activation. */
@Component
@NamedInterface("engine")
public final class RuleCatalogues {

    private final RuleSetRegistry registry;
    private final Clock clock;

    RuleCatalogues(RuleSetRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public RuleCatalogue active() {
        return RuleCatalogue.of(registry.active(), clock);
    }
}

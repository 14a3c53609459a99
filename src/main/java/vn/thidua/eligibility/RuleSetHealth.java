package vn.thidua.eligibility;

import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetRegistry;

/**
 * The active rule set as operators see it: the {@code ruleSet} component of {@code /actuator/health}
 * (part of readiness: an instance with no rule set must not receive requests) and the {@code ruleSet}
 * entry of {@code /actuator/info}.
 */
@Component("ruleSet")
class RuleSetHealth implements HealthIndicator, InfoContributor {

    private final RuleSetRegistry registry;

    RuleSetHealth(RuleSetRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        // Never waits: while the first rule set is loading, the instance is not ready.
        RuleSet active = registry.loaded();
        if (active == null || active.files().isEmpty()) {
            return Health.down().withDetail("reason", "no rule set is loaded").build();
        }
        return Health.up().withDetails(details(active)).build();
    }

    @Override
    public void contribute(Info.Builder builder) {
        RuleSet active = registry.loaded();
        if (active != null) {
            builder.withDetail("ruleSet", details(active));
        }
    }

    private static Map<String, Object> details(RuleSet ruleSet) {
        return Map.of("version", ruleSet.version(), "activatedAt", ruleSet.activatedAt().toString(),
                "files", ruleSet.files().size());
    }
}

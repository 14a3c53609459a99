package vn.thidua.governance;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.system.ThiduaProperties;

/**
 * Which rules a process evaluates with. {@code thidua.rules.source=active} (the default): the version
 * recorded as active in the database, whatever the rules folder holds now; an empty database records
 * the folder as the first active version. Every few seconds the process follows an activation or
 * rollback made by another process on the same database. {@code folder}: the rules folder as it is,
 * for trying rules out ({@code evaluate --rules DIR}); nothing is recorded and nothing followed.
 */
@Component
class ActiveRuleSetSync implements SmartInitializingSingleton, SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveRuleSetSync.class);

    /** Where the rules come from. */
    enum Source {
        ACTIVE, FOLDER
    }

    private final RuleSetActivations activations;
    private final RuleSetRegistry registry;
    private final Source source;
    private final String folder;
    private final Duration followInterval;

    ActiveRuleSetSync(RuleSetActivations activations, RuleSetRegistry registry,
            ThiduaProperties properties) {
        this.activations = activations;
        this.registry = registry;
        this.source = parse(properties.rules().source());
        this.folder = properties.rules().dir().toString();
        this.followInterval = properties.rules().followInterval();
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (source == Source.FOLDER) {
            LOG.info("evaluating with the rules folder {} as it is ({}): thidua.rules.source=folder, no activation is recorded",
                    folder, registry.active().version());
            return;
        }
        String inFolder = registry.active().version();
        activations.recordStart("the rules folder " + folder + " at the first start");
        try {
            activations.follow();
        } catch (RuntimeException e) {
            throw new IllegalStateException("the recorded active rule set cannot be loaded: " + e.getMessage()
                    + "; roll back to another version, or start with thidua.rules.source=folder", e);
        }
        if (!inFolder.equals(registry.active().version())) {
            LOG.warn("the rules folder {} ({}) is not the active version ({}): it is a draft until it is validated, its impact "
                    + "reported and acknowledged, and activated (see README, Rule changes)", folder, inFolder,
                    registry.active().version());
        }
    }

    /** Every {@code thidua.rules.follow-interval}, starting one interval after the start: {@link #followOthers}. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::followOthers, followInterval, followInterval));
    }

    /** Follows activations made by other processes on the same database. */
    void followOthers() {
        if (source == Source.FOLDER) {
            return;
        }
        try {
            activations.follow();
        } catch (RuntimeException e) {
            LOG.error("could not follow the recorded active rule set; still evaluating with {}: {}", registry.active().version(),
                    e.getMessage());
        }
    }

    private static Source parse(String value) {
        try {
            return Source.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("thidua.rules.source must be active or folder, not " + value, e);
        }
    }
}

package vn.thidua.council;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.thidua.audit.RuleSetArchive;
import vn.thidua.eligibility.RuleSetInfo;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetRegistry;

/**
 * The rule set whose vote parameters a session of a run is counted under: the version the run was
 * evaluated on, so that the result is reproduced from what the run recorded; the active one only when
 * the run's version is not stored, or holds no vote parameters (a version from before they existed).
 * Versions read from the archive are compiled once and kept, the last few.
 */
@Component
class RunRuleSets {

    private static final int KEPT = 4;

    private final RuleSetRegistry registry;
    private final RuleSetArchive archive;
    private final Map<String, RuleSet> loaded = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleSet> eldest) {
            return size() > KEPT;
        }
    };

    RunRuleSets(RuleSetRegistry registry, RuleSetArchive archive) {
        this.registry = registry;
        this.archive = archive;
    }

    /** The run's rule set, or the active one when the run's is not stored; never null. */
    RuleSet of(RuleSetInfo run) {
        RuleSet active = registry.active();
        if (run == null || run.version() == null || run.version().equals(active.version())) {
            return active;
        }
        synchronized (loaded) {
            RuleSet known = loaded.get(run.version());
            if (known != null) {
                return known;
            }
        }
        RuleSet stored = archive.load(run.version(), run.activatedAt() == null ? Instant.EPOCH : run.activatedAt()).orElse(active);
        synchronized (loaded) {
            loaded.put(run.version(), stored);
        }
        return stored;
    }

    /** The active rule set, for a run whose version has no vote parameters. */
    RuleSet active() {
        return registry.active();
    }
}

package vn.thidua.governance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.audit.RuleSetArchive;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.governance.RuleChangeException.Reason;

/**
 * Activation and rollback. A draft becomes active only through an acknowledged impact report made
 * against the version active now; a rollback returns to a version that was active before. Each
 * change is recorded under a lock (who, when, why, which report) and then swapped in at once: an
 * evaluation takes the active rule set once at its start, so it runs on exactly one version.
 */
@Service
public class RuleSetActivations {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetActivations.class);

    private final ImpactReports reports;
    private final RuleSetDrafts drafts;
    private final RuleSetArchive archive;
    private final RuleSetRegistry registry;
    private final ActivationStore store;
    private final TransactionTemplate transactions;
    private final MeterRegistry metrics;
    /** Held while the recorded active version and the one in memory are brought together. */
    private final Object swap = new Object();

    RuleSetActivations(ImpactReports reports, RuleSetDrafts drafts, RuleSetArchive archive, RuleSetRegistry registry,
            ActivationStore store, PlatformTransactionManager transactionManager, MeterRegistry metrics) {
        this.reports = reports;
        this.drafts = drafts;
        this.archive = archive;
        this.registry = registry;
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
        this.metrics = metrics;
    }

    /**
     * Activates the draft of an acknowledged impact report.
     *
     * @throws RuleChangeException NOT_FOUND for an unknown report; CONFLICT when it is not acknowledged, or another
     *         version is active than the one the report compared with; INVALID without a name or reason
     */
    public Activation activate(long reportId, String by, String reason) {
        String who = WhoAndWhy.require(by, "by");
        String why = WhoAndWhy.require(reason, "reason");
        ImpactReport report = reports.find(reportId)
                .orElseThrow(() -> new RuleChangeException(Reason.NOT_FOUND, "no impact report " + reportId));
        if (report.acknowledgement() == null) {
            throw new RuleChangeException(Reason.CONFLICT, "impact report " + reportId + " is not acknowledged: read it and "
                    + "acknowledge it (rules acknowledge " + reportId + ") before activating " + report.draftVersion());
        }
        Instant at = drafts.now().truncatedTo(ChronoUnit.SECONDS);
        RuleSet draft = drafts.compiled(report.draftVersion(), at).orElseThrow(() -> new RuleChangeException(Reason.NOT_FOUND,
                "the draft " + report.draftVersion() + " of impact report " + reportId + " is not stored"));
        return change(Activation.Kind.ACTIVATE, draft, report.baseVersion(), reportId, at, who, why);
    }

    /**
     * Makes a version that was active before the active one again; without {@code toVersion}, the
     * version the current one replaced. No impact report is needed: that version was in force.
     *
     * @throws RuleChangeException CONFLICT when there is nothing to go back to or the version was never active
     */
    public Activation rollback(String toVersion, String by, String reason) {
        String who = WhoAndWhy.require(by, "by");
        String why = WhoAndWhy.require(reason, "reason");
        Activation current = current().orElseThrow(() -> new RuleChangeException(Reason.CONFLICT,
                "no version was ever activated: there is nothing to roll back"));
        String target = toVersion == null || toVersion.isBlank() ? current.previousVersion() : toVersion.strip();
        if (target == null) {
            throw new RuleChangeException(Reason.CONFLICT, "the active version " + current.version()
                    + " replaced none: there is nothing to roll back to");
        }
        if (target.equals(current.version())) {
            throw new RuleChangeException(Reason.CONFLICT, target + " is the active version already");
        }
        if (!store.wasActive(target)) {
            throw new RuleChangeException(Reason.CONFLICT, target + " was never active: a rollback only returns to a version "
                    + "that was in force; a new version is activated through an acknowledged impact report");
        }
        Instant at = drafts.now().truncatedTo(ChronoUnit.SECONDS);
        RuleSet ruleSet = drafts.compiled(target, at)
                .orElseThrow(() -> new RuleChangeException(Reason.NOT_FOUND, "the version " + target + " is not stored"));
        return change(Activation.Kind.ROLLBACK, ruleSet, current.version(), null, at, who, why);
    }

    /** The newest activation, or empty when none was recorded (rules taken from the folder only). */
    public Optional<Activation> current() {
        return store.current();
    }

    /** Every activation, newest first. */
    public List<Activation> history() {
        return store.history();
    }

    /** The rule set this process evaluates with now. */
    public String activeVersion() {
        return registry.active().version();
    }

    private Activation change(Activation.Kind kind, RuleSet next, String expected, Long reportId, Instant at, String by,
            String reason) {
        synchronized (swap) {
            String running = registry.active().version();
            if (!running.equals(expected)) {
                throw new RuleChangeException(Reason.CONFLICT, "the active version is " + running + ", not " + expected
                        + (reportId == null ? "" : ", which impact report " + reportId + " compared with: make a new report"));
            }
            Activation activation = transactions.execute(status -> {
                store.lockHead();
                String recorded = store.current().map(Activation::version).orElse(null);
                if (recorded != null && !recorded.equals(expected)) {
                    throw new RuleChangeException(Reason.CONFLICT, "the recorded active version is " + recorded + ", not "
                            + expected + ": another process changed it; this one follows within seconds, then try again");
                }
                archive.storeIfNew(next, reason, by);
                return store.append(kind, next.version(), expected, reportId, at, by, reason);
            });
            registry.activate(next);
            changed(kind.name());
            LOG.info("{} {} by {} ({}); it replaces {}", kind, next.version(), by, reason, expected);
            return activation;
        }
    }

    /**
     * Brings the rule set in memory to the recorded active version, when another process changed
     * it; returns whether anything changed. Called at start and every few seconds.
     */
    public boolean follow() {
        synchronized (swap) {
            Optional<Activation> recorded = store.current();
            if (recorded.isEmpty() || recorded.get().version().equals(registry.active().version())) {
                return false;
            }
            Activation activation = recorded.get();
            RuleSet ruleSet = drafts.compiled(activation.version(), activation.activatedAt())
                    .orElseThrow(() -> new IllegalStateException("the active rule set " + activation.version()
                            + " (activation " + activation.id() + ") is not stored"));
            registry.activate(ruleSet);
            changed("FOLLOW");
            LOG.info("rule set {} is active (activation {}, {} by {})", activation.version(), activation.id(),
                    activation.kind(), activation.activatedBy());
            return true;
        }
    }

    // thidua_ruleset_changes_total{kind="activate|rollback|follow"}: follow counts a change another instance made.
    private void changed(String kind) {
        Counter.builder("thidua.ruleset.changes").description("Rule-set activations, rollbacks, and changes followed from another instance")
                .tag("kind", kind.toLowerCase(Locale.ROOT)).register(metrics).increment();
    }

    /** Records the rules folder loaded at start as the first active version, when none is recorded. */
    void recordStart(String reason) {
        synchronized (swap) {
            RuleSet loaded = registry.active();
            transactions.executeWithoutResult(status -> {
                store.lockHead();
                if (store.current().isEmpty()) {
                    archive.storeIfNew(loaded, reason, "system");
                    store.append(Activation.Kind.START, loaded.version(), null, null,
                            drafts.now().truncatedTo(ChronoUnit.SECONDS), "system", reason);
                }
            });
        }
    }
}

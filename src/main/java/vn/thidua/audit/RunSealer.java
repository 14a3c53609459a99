package vn.thidua.audit;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links stored runs into the audit chain. A run's own transaction writes its seal's content hashes
 * ({@link RunLedger}) and never waits for the chain head; the sealer then, in a short transaction of
 * its own, locks the head ({@link ChainHead}), takes the runs waiting for their link in run id order (up
 * to {@value #GROUP} at a time), gives each its chain seq, the previous run's hash and its run hash,
 * seals its rankings into the record chain, and moves the head.
 *
 * It runs when a run commits ({@link #nudge}), every {@code thidua.audit.seal-sweep} (5 s), at start
 * and once more at a normal stop, so a run committed by a process killed before its link is linked by
 * the next instance that runs. Two instances on one database are serialised by the head's row lock,
 * and each link is a conditional update of a row still without one, so no run is linked twice and the
 * chain never forks.
 */
@Component
public class RunSealer implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RunSealer.class);

    static final int GROUP = 100;

    private final JdbcTemplate jdbc;
    private final ChainHead head;
    private final RecordSeals records;
    private final TransactionTemplate transactions;
    private final Duration sweep;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    RunSealer(JdbcTemplate jdbc, ChainHead head, RecordSeals records, PlatformTransactionManager transactionManager,
            @Value("${thidua.audit.seal-sweep:PT5S}") Duration sweep) {
        if (sweep == null || sweep.isNegative() || sweep.isZero()) {
            throw new IllegalArgumentException("thidua.audit.seal-sweep must be a positive duration (e.g. 5s), is " + sweep);
        }
        this.jdbc = jdbc;
        this.head = head;
        this.records = records;
        this.sweep = sweep;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Links every run waiting for its seal, in the calling thread, and returns how many this call linked
     * (runs linked meanwhile by another thread or instance are not counted). Used by the {@code evaluate}
     * command so that it ends with its run in the chain.
     */
    public int sealWaiting() {
        // Looked for before the head is locked: the sweep of every instance runs every few seconds, and most
        // find nothing; a run committed after this look nudges the sealer again.
        if (jdbc.queryForList("SELECT run_id FROM evaluation_run_seal WHERE chain_seq IS NULL LIMIT 1", Long.class).isEmpty()) {
            return 0;
        }
        int total = 0;
        while (true) {
            Integer linked = transactions.execute(status -> sealGroup());
            total += linked == null ? 0 : linked;
            if (linked == null || linked < GROUP) {
                return total;
            }
        }
    }

    /** Asks the sealer's thread to link what is waiting, soon; called after a run commits. Several nudges make one pass. */
    void nudge() {
        ScheduledExecutorService running = executor;
        if (running != null && nudged.compareAndSet(false, true)) {
            try {
                running.execute(() -> {
                    nudged.set(false);
                    sealQuietly();
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                nudged.set(false);
            }
        }
    }

    private int sealGroup() {
        ChainHead.Link last = head.lock();
        // Read after the lock is held: what another instance linked before is no longer waiting.
        List<RunSeal> waiting = jdbc.query("SELECT run_id, header_sha256, decisions_sha256, criteria_sha256, content_sha256"
                + " FROM evaluation_run_seal WHERE chain_seq IS NULL ORDER BY run_id LIMIT " + GROUP, (rs, n) -> new RunSeal(
                        rs.getLong("run_id"), null, null, rs.getString("header_sha256"), rs.getString("decisions_sha256"),
                        rs.getString("criteria_sha256"), rs.getString("content_sha256"), null));
        if (waiting.isEmpty()) {
            return 0;
        }
        Set<Long> ranked = new HashSet<>(jdbc.queryForList("SELECT DISTINCT run_id FROM evaluation_ranking WHERE run_id BETWEEN ? AND ?",
                Long.class, waiting.get(0).runId(), waiting.get(waiting.size() - 1).runId()));
        for (RunSeal seal : waiting) {
            long seq = last.seq() + 1;
            // The link covers the content hashes as the run's transaction wrote them, as it did when runs were linked there.
            String hash = RunDigest.link(seq, last.hash(), seal.contentSha256());
            int updated = jdbc.update("UPDATE evaluation_run_seal SET chain_seq = ?, prev_hash = ?, run_hash = ?"
                    + " WHERE run_id = ? AND chain_seq IS NULL", seq, last.hash(), hash, seal.runId());
            if (updated != 1) {
                throw new IllegalStateException("run " + seal.runId() + " was linked by someone else while this sealer held the chain head");
            }
            if (ranked.contains(seal.runId()) && !records.isSealed(RecordKind.RANKING, Long.toString(seal.runId()))) {
                // After the run's link: this transaction holds the runs' head, then takes the records' head.
                records.seal(RecordKind.RANKING, seal.runId());
            }
            last = new ChainHead.Link(seq, hash);
        }
        head.advance(last);
        LOG.debug("run sealer: linked runs {} to {}, chain seq {}", waiting.get(0).runId(), waiting.get(waiting.size() - 1).runId(),
                last.seq());
        return waiting.size();
    }

    private void sealQuietly() {
        try {
            int linked = sealWaiting();
            if (linked > 0) {
                LOG.debug("run sealer: {} runs linked into the audit chain", linked);
            }
        } catch (RuntimeException e) {
            LOG.warn("run sealer: the runs waiting for their seal could not be linked ({}); trying again within {}",
                    e.getMessage(), sweep, e);
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "run-sealer");
            thread.setDaemon(true);
            return thread;
        });
        executor = started;
        // The first pass at once: runs stored by a process stopped before linking them are linked now.
        started.scheduleWithFixedDelay(this::sealQuietly, 0, sweep.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(30, TimeUnit.SECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
        // A normal stop leaves nothing waiting that this process stored.
        sealQuietly();
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    @Override
    public int getPhase() {
        // Started before, and stopped after, the web server and the jobs (default phase), so the last runs they store are linked.
        return Integer.MIN_VALUE + 1000;
    }
}

package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.ThiDuaApplication;
import vn.thidua.dataset.DatasetGenerator;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.testing.DatabaseProfiles;

/**
 * The sealer: a run is stored and answered without the chain head, and linked afterwards. A run waiting
 * for its link is named by {@code audit verify} and linked by the next pass or the next start (a process
 * killed between storing and linking loses nothing); one waiting too long, or a link removed from the
 * middle of the chain, is reported; fifty concurrent evaluations, with a second instance's sealer
 * racing this one's, leave one unforked chain with every run linked once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class RunSealerIntegrationTests {

    @Autowired
    private EvaluationRuns runs;
    @Autowired
    private RunSealer sealer;
    @Autowired
    private AuditChain chain;
    @Autowired
    private ChainHead head;
    @Autowired
    private RunRows rows;
    @Autowired
    private RecordChain recordChain;
    @Autowired
    private RecordSeals recordSeals;
    @Autowired
    private Clock clock;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void aRunWaitingForItsSealIsNamedByVerifyAndLinkedByTheNextPass() throws Exception {
        long run = holdingTheHead(() -> {
            long stored = runs.evaluateAndStore(singleDossier(7)).runId();
            assertThat(rankingRows(stored)).as("the request has a quota, so the run has rankings").isPositive();

            ChainReport waiting = chain.verify();

            assertThat(chainSeq(stored)).isNull();
            assertThat(waiting.intact()).as(waiting.differences() + " " + waiting.records().differences()).isTrue();
            assertThat(waiting.waitingRunIds()).contains(stored);
            assertThat(waiting.records().unsealedRecords()).as("its rankings are not yet due for a seal").isZero();
            assertThat(recordSeals.isSealed(RecordKind.RANKING, Long.toString(stored))).isFalse();

            // The same run seen eleven minutes later is overdue: longer than thidua.audit.seal-grace (10 min).
            AuditChain later = new AuditChain(jdbc, head, rows, recordChain, Clock.offset(clock, Duration.ofMinutes(11)),
                    Duration.ofMinutes(10));
            ChainReport overdue = later.verify();
            assertThat(overdue.runsIntact()).isFalse();
            assertThat(overdue.firstAlteredRunId()).isEqualTo(stored);
            assertThat(overdue.differences()).anySatisfy(d -> assertThat(d).contains("run " + stored + " waits for its seal since"));
            return stored;
        });

        awaitLinked(run);
        ChainReport sealed = chain.verify();
        assertThat(sealed.intact()).as(sealed.differences() + " " + sealed.records().differences()).isTrue();
        assertThat(sealed.waitingRunIds()).doesNotContain(run);
        assertThat(recordSeals.isSealed(RecordKind.RANKING, Long.toString(run))).isTrue();
    }

    @Test
    void aRunStoredByAProcessKilledBeforeItsLinkIsLinkedWhenAnInstanceStarts() throws Exception {
        // This context's sealer stopped and the head held: the run is committed and nothing links it, as when the
        // process is killed. The new instance's first pass, at its start, waits for the head and links it once the
        // head is free (another instance still running could link it as well: any pass links every waiting run).
        sealer.stop();
        ConfigurableApplicationContext next = null;
        long run;
        try {
            ConfigurableApplicationContext[] started = new ConfigurableApplicationContext[1];
            run = holdingTheHead(() -> {
                long stored = runs.evaluateAndStore(singleDossier(8)).runId();
                assertThat(chainSeq(stored)).isNull();
                started[0] = new SpringApplicationBuilder(ThiDuaApplication.class).web(WebApplicationType.NONE)
                        .run("--spring.profiles.active=" + DatabaseProfiles.active(), "--thidua.audit.seal-sweep=PT1H");
                return stored;
            });
            next = started[0];
            awaitLinked(run);
        } finally {
            if (next != null) {
                next.close();
            }
            sealer.start();
        }
        ChainReport report = chain.verify();
        assertThat(report.intact()).as(report.differences() + " " + report.records().differences()).isTrue();
        assertThat(report.waitingRunIds()).doesNotContain(run);
    }

    @Test
    void fiftyConcurrentEvaluationsWithTwoSealersLeaveOneUnforkedChainWithEveryRunLinkedOnce() throws Exception {
        // A second instance's sealer on the same database, racing this one's.
        RunSealer other = new RunSealer(jdbc, new ChainHead(jdbc), recordSeals, transactionManager, Duration.ofSeconds(1));
        AtomicBoolean evaluating = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(51);
        try {
            Future<Integer> racing = pool.submit(() -> {
                int linked = 0;
                while (evaluating.get()) {
                    linked += other.sealWaiting();
                    Thread.sleep(5);
                }
                return linked;
            });
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> stored = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                byte[] request = singleDossier(100 + i);
                stored.add(pool.submit(() -> {
                    start.await();
                    return runs.evaluateAndStore(request).runId();
                }));
            }
            start.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<Long> run : stored) {
                ids.add(run.get(5, TimeUnit.MINUTES));
            }
            evaluating.set(false);
            racing.get(1, TimeUnit.MINUTES);
            sealer.sealWaiting();

            for (long id : ids) {
                assertThat(chainSeq(id)).as("run " + id + " linked").isNotNull();
            }
            Map<String, Object> seals = jdbc.queryForMap("SELECT COUNT(*) AS n, COUNT(DISTINCT chain_seq) AS seqs,"
                    + " MAX(chain_seq) AS last FROM evaluation_run_seal WHERE chain_seq IS NOT NULL");
            long linked = ((Number) seals.get("n")).longValue();
            assertThat(((Number) seals.get("seqs")).longValue()).as("no two runs at one place").isEqualTo(linked);
            assertThat(((Number) seals.get("last")).longValue()).as("no gap, no fork").isEqualTo(linked);
            assertThat(head.read().last().seq()).isEqualTo(linked);
            ChainReport report = chain.verify();
            assertThat(report.intact()).as(report.differences() + " " + report.records().differences()).isTrue();
            assertThat(report.waitingRunIds()).doesNotContainAnyElementsOf(ids);
        } finally {
            evaluating.set(false);
            pool.shutdown();
        }
    }

    @Test
    void aLinkRemovedFromTheMiddleOfTheChainIsReportedAsABrokenLink() throws Exception {
        long first = runs.evaluateAndStore(singleDossier(201)).runId();
        long middle = runs.evaluateAndStore(singleDossier(202)).runId();
        long last = runs.evaluateAndStore(singleDossier(203)).runId();
        sealer.sealWaiting();
        Map<String, Object> link = jdbc.queryForMap("SELECT chain_seq, prev_hash, run_hash FROM evaluation_run_seal WHERE run_id = ?",
                middle);
        // The head held, so that no sealer (of this or another context) links the middle run again at the chain's end.
        holdingTheHead(() -> {
            jdbc.update("UPDATE evaluation_run_seal SET chain_seq = NULL, prev_hash = NULL, run_hash = NULL WHERE run_id = ?", middle);
            try {
                ChainReport report = chain.verify();

                assertThat(report.runsIntact()).isFalse();
                assertThat(report.firstAlteredRunId()).isEqualTo(last);
                assertThat(report.differences()).anySatisfy(d -> assertThat(d).startsWith("link broken: run " + last));
            } finally {
                jdbc.update("UPDATE evaluation_run_seal SET chain_seq = ?, prev_hash = ?, run_hash = ? WHERE run_id = ?",
                        link.get("chain_seq"), link.get("prev_hash"), link.get("run_hash"), middle);
            }
            return null;
        });
        assertThat(chainSeq(first)).isLessThan(chainSeq(last));
        assertThat(chain.verify().intact()).isTrue();
    }

    /**
     * Runs {@code work} while another transaction holds the chain head's lock, as a sealer does, so that no
     * sealer links anything meanwhile; runs are stored without the head, so they are stored and wait.
     */
    private <T> T holdingTheHead(Callable<T> work) throws Exception {
        runs.evaluateAndStore(singleDossier(6));
        sealer.sealWaiting(); // the rule set is stored (a first run on it would take the head) and nothing waits
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = holder.submit(() -> transactions.executeWithoutResult(status -> {
                head.lock();
                held.countDown();
                try {
                    release.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(held.await(1, TimeUnit.MINUTES)).isTrue();
            try {
                return work.call();
            } finally {
                release.countDown();
                holding.get(1, TimeUnit.MINUTES);
            }
        } finally {
            release.countDown();
            holder.shutdown();
        }
    }

    private void awaitLinked(long run) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (chainSeq(run) == null && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(chainSeq(run)).as("run " + run + " linked by the sealer").isNotNull();
    }

    private Long chainSeq(long run) {
        return jdbc.queryForObject("SELECT chain_seq FROM evaluation_run_seal WHERE run_id = ?", Long.class, run);
    }

    private long rankingRows(long run) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_ranking WHERE run_id = ?", Long.class, run);
        return n == null ? 0 : n;
    }

    // A single-dossier request as the load command posts: one generated individual, with the commune's quotas.
    private static byte[] singleDossier(long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DatasetGenerator(2025).write(1, seed, out);
        return out.toByteArray();
    }
}

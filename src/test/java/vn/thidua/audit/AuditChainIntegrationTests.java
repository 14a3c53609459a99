package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.dossier.SampleRequests;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.StoredRows;

/**
 * The audit chain over stored runs: intact after evaluations, and the first altered run named
 * when a row is changed with SQL. Each test puts back what it altered, since the database is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class AuditChainIntegrationTests {

    @Autowired
    private EvaluationRuns runs;

    @Autowired
    private AuditChain chain;

    @Autowired
    private RunSealer sealer;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void findsChainIntactAfterEvaluations() {
        runs.evaluateAndStore(SampleRequests.commune());
        runs.evaluateAndStore(SampleRequests.commune());

        ChainReport report = chain.verify();

        assertThat(report.intact()).as(report.differences().toString()).isTrue();
        assertThat(report.runsChecked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void namesRunWhoseCriterionWasAlteredWithSql() {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        runs.evaluateAndStore(SampleRequests.commune());
        sealer.sealWaiting(); // linked before any row is altered
        StoredRows rows = new StoredRows(jdbc);

        ChainReport report = rows.withCriterionMarkedMet(run, chain::verify);

        assertThat(report.intact()).isFalse();
        assertThat(report.firstAlteredRunId()).isEqualTo(run);
        // Stored since V31 with its criteria as documents: the document's decision is named too.
        assertThat(report.differences()).anySatisfy(d -> assertThat(d).contains("criteria documents").contains("run " + run));
        assertThat(report.differences()).anySatisfy(d -> assertThat(d).contains("of run " + run).contains("criteria_json"));
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void namesRunWhoseContentHashWasAlteredAsBrokenLink() {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        runs.evaluateAndStore(SampleRequests.commune());
        sealer.sealWaiting(); // linked before any row is altered
        StoredRows rows = new StoredRows(jdbc);

        ChainReport report = rows.withSealColumn(run, "content_sha256", "f".repeat(64), chain::verify);

        assertThat(report.intact()).isFalse();
        assertThat(report.firstAlteredRunId()).isEqualTo(run);
        assertThat(report.differences()).anySatisfy(d -> assertThat(d).contains("content hash").contains("f".repeat(64)));
    }

    @Test
    void namesNextRunWhenRunHashWasAlteredToMatchAlteredContent() {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        long next = runs.evaluateAndStore(SampleRequests.commune()).runId();
        sealer.sealWaiting(); // linked before any row is altered
        StoredRows rows = new StoredRows(jdbc);
        String alteredContent = alteredHex(rows.seal(run, "content_sha256"));
        String forged = RunDigest.link(rows.chainSeq(run), rows.seal(run, "prev_hash"), alteredContent);

        ChainReport report = rows.withSealColumns(run, Map.of("content_sha256", alteredContent, "run_hash", forged),
                chain::verify);

        assertThat(report.intact()).isFalse();
        assertThat(report.firstAlteredRunId()).isIn(run, next);
        assertThat(report.differences()).isNotEmpty();
    }

    @Test
    void appendsConcurrentEvaluationsToOneUnforkedChain() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Callable<Long> evaluate = () -> {
            start.await();
            return runs.evaluateAndStore(SampleRequests.commune()).runId();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> both = List.of(pool.submit(evaluate), pool.submit(evaluate));
            start.countDown();
            long first = both.get(0).get();
            long second = both.get(1).get();
            sealer.sealWaiting();
            StoredRows rows = new StoredRows(jdbc);
            long earlier = rows.chainSeq(first) < rows.chainSeq(second) ? first : second;
            long later = earlier == first ? second : first;

            assertThat(rows.chainSeq(later)).isEqualTo(rows.chainSeq(earlier) + 1);
            assertThat(rows.seal(later, "prev_hash")).isEqualTo(rows.seal(earlier, "run_hash"));
            assertThat(chain.verify().intact()).isTrue();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void storesRuleSetOfRunWholeOnce() {
        Evaluation evaluation = runs.evaluateAndStore(SampleRequests.commune());
        runs.evaluateAndStore(SampleRequests.commune());

        Integer versions = jdbc.queryForObject("SELECT COUNT(*) FROM rule_set_version WHERE version = ?", Integer.class,
                evaluation.ruleSet().version());
        Integer files = jdbc.queryForObject("SELECT COUNT(*) FROM rule_set_file WHERE version = ?", Integer.class,
                evaluation.ruleSet().version());

        assertThat(versions).isEqualTo(1);
        assertThat(files).isGreaterThan(10);
    }

    /** The hash with its first digit changed: always a different value (a hash need not contain any given digit). */
    private static String alteredHex(String hash) {
        char first = hash.charAt(0);
        return (first == 'a' ? 'b' : 'a') + hash.substring(1);
    }
}

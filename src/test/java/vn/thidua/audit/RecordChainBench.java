package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import vn.thidua.dossier.SampleRequests;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.testing.DatabaseProfiles;

/**
 * Figures, not a test (its name keeps it out of the test runs): the cost of writing and sealing
 * council sessions (3 tables, 5 members, 3 ballots) and register entries (one row), and the time
 * {@code audit verify} takes over the records then sealed. Run on its own, on H2 or under -Pmysql:
 * {@code ./mvnw -o verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=RecordChainBench
 * -Dthidua.bench.records=1000}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class RecordChainBench {

    @Autowired
    private AuditChain chain;
    @Autowired
    private RecordSeals seals;
    @Autowired
    private EvaluationRuns runs;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void measuresSealingAndVerifying() {
        int n = Integer.getInteger("thidua.bench.records", 1000);
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        SealedRecords records = new SealedRecords(jdbc, seals, transactionManager);
        // Warm-up, not counted: the same work on a fifth as many records of each kind.
        long warmDecision = records.awardDecision(run, records.councilSession(run));
        for (int i = 0; i < n / 5; i++) {
            records.councilSession(run);
            records.registerEntry(warmDecision, "CN-W" + i);
        }
        long started = System.nanoTime();
        long sealedBefore = records.sealNanos();
        long decision = 0;
        for (int i = 0; i < n / 2; i++) {
            long session = records.councilSession(run);
            if (i == 0) {
                decision = records.awardDecision(run, session);
            }
        }
        double sessionMs = (System.nanoTime() - started) / 1e6 / (n / 2);
        double sessionSealMs = (records.sealNanos() - sealedBefore) / 1e6 / (n / 2 + 1.0);
        sealedBefore = records.sealNanos();
        started = System.nanoTime();
        for (int i = 0; i < n - n / 2; i++) {
            records.registerEntry(decision, "CN-B" + i);
        }
        double entryMs = (System.nanoTime() - started) / 1e6 / (n - n / 2);
        double entrySealMs = (records.sealNanos() - sealedBefore) / 1e6 / (n - n / 2);
        RecordChainReport warm = chain.verify().records();
        started = System.nanoTime();
        ChainReport report = chain.verify();
        long verifyMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(report.intact()).isTrue();
        System.out.printf("%nrecord chain bench: %d records measured (%d in the chain): council session written and sealed"
                + " %.2f ms each (seal %.2f ms), register entry %.2f ms each (seal %.2f ms); verify %d ms (records part %d ms,"
                + " first verify %d ms)%n", n, report.records().recordsChecked(), sessionMs, sessionSealMs, entryMs, entrySealMs,
                verifyMs, report.records().millis(), warm.millis());
    }
}

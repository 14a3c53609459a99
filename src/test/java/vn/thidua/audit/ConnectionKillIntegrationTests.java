package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.dataset.DatasetGenerator;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.evaluation.RunNotStoredException;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.RunTables;

/**
 * MariaDB kills the connection that is storing a large run (KILL from a second connection, as an
 * operator or a failover would): the run fails with a clear message, none of it is visible, earlier
 * runs and the audit chain are intact, and the same request then stores normally.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class ConnectionKillIntegrationTests {

    @Autowired
    private EvaluationRuns runs;
    @Autowired
    private AuditChain chain;
    @Autowired
    private JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    private String url;
    @Value("${spring.datasource.username}")
    private String user;
    @Value("${spring.datasource.password}")
    private String password;

    @Test
    void aRunWhoseConnectionIsKilledWhileStoringLeavesNothingAndRunsAgain() throws Exception {
        assumeThat(DatabaseProfiles.active()).as("KILL is a MySQL/MariaDB statement: this test runs under -Pmysql (.ci/run)")
                .contains("mysql");
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        new DatasetGenerator(2025).write(2000, 41, request);
        runs.evaluateAndStore(SampleRequests.commune());
        RunTables tables = new RunTables(jdbc);
        RunTables.Counts before = tables.counts();

        CompletableFuture<Long> killed = CompletableFuture.supplyAsync(this::killTheStoringConnection);
        Throwable failure = null;
        try {
            runs.evaluateAndStore(request.toByteArray());
        } catch (RuntimeException e) {
            failure = e;
        }
        long killedId = killed.get(5, TimeUnit.MINUTES);

        assertThat(killedId).as("a connection inserting decisions was found and killed").isPositive();
        assertThat(failure).isInstanceOf(RunNotStoredException.class)
                .hasMessageStartingWith("the run was not stored: the database failed while it was being written")
                .hasMessageContaining("earlier runs are unchanged");
        assertThat(tables.counts()).isEqualTo(before);
        assertThat(chain.verify().intact()).isTrue();

        Evaluation again = runs.evaluateAndStore(request.toByteArray());
        assertThat(again.runId()).isNotNull();
        assertThat(tables.counts().runs()).isEqualTo(before.runs() + 1);
        assertThat(chain.verify().intact()).isTrue();
    }

    /** Polls the process list from its own connection and kills the first connection inserting decisions. */
    private long killTheStoringConnection() {
        try (Connection admin = DriverManager.getConnection(url, user, password); Statement statement = admin.createStatement()) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = statement.executeQuery("SELECT ID FROM information_schema.PROCESSLIST"
                        + " WHERE INFO LIKE 'INSERT INTO evaluation_decision%' OR INFO LIKE 'INSERT INTO evaluation_criterion%'")) {
                    if (rows.next()) {
                        long id = rows.getLong(1);
                        statement.execute("KILL " + id);
                        return id;
                    }
                }
                Thread.sleep(5);
            }
            return -1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}

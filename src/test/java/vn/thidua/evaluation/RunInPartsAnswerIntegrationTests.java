package vn.thidua.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.RequestFile;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.system.Progress;
import vn.thidua.testing.DatabaseProfiles;

/**
 * A run read in parts answers as it goes (POST /api/evaluations over thidua.import.in-parts-above): the answer must not
 * be a whole JSON document unless the run was committed, or a client holds a 201 and a run id that does not exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class RunInPartsAnswerIntegrationTests {

    @Autowired
    private EvaluationRuns runs;

    @Autowired
    private RequestReader reader;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aRunWhoseCommitFailsHasNotAnsweredAWholeDocument() {
        RequestFile file = reader.file(SampleRequests.COMMUNE);
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        long[] run = {0};

        assertThatThrownBy(() -> runs.evaluateAndStoreStreamed(file, file.check(), runId -> answer, phase -> { }, Progress.NONE,
                runId -> {
                    run[0] = runId;
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void beforeCommit(boolean readOnly) {
                            throw new DataAccessResourceFailureException("the commit failed");
                        }
                    });
                })).isInstanceOf(RunNotStoredException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_run WHERE id = ?", Long.class, run[0])).isZero();
        assertThat(answer.size()).isPositive();
        assertThatThrownBy(() -> JsonMapper.shared().readTree(answer.toByteArray())).as("a run not stored answered whole")
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void aStoredRunAnswersAWholeDocument() {
        RequestFile file = reader.file(SampleRequests.COMMUNE);
        ByteArrayOutputStream answer = new ByteArrayOutputStream();

        BulkEvaluation.Summary summary = runs.evaluateAndStoreStreamed(file, file.check(), runId -> answer, phase -> { },
                Progress.NONE, runId -> { });

        assertThat(JsonMapper.shared().readTree(answer.toByteArray()).path("runId").asLong()).isEqualTo(summary.runId());
    }
}

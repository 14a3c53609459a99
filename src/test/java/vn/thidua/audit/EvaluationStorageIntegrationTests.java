package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.SampleRequests;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.evaluation.RunNotStoredException;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.RecordingProgress;
import vn.thidua.testing.RunTables;

/** Runs are stored append-only, whole or not at all, and read back as they were returned. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class EvaluationStorageIntegrationTests {

    @Autowired
    private EvaluationRuns runs;

    @Autowired
    private JsonMapper json;

    @Autowired
    private JdbcTemplate jdbc;

    @MockitoSpyBean
    private DecisionStore decisionStore;

    private RunTables tables;

    @BeforeEach
    void openTables() {
        tables = new RunTables(jdbc);
    }

    @Test
    void storesEachEvaluationAsNewRunLeavingEarlierOnesUnchanged() {
        Evaluation first = runs.evaluateAndStore(SampleRequests.commune());
        Map<String, Object> firstRow = tables.run(first.runId());
        List<Map<String, Object>> firstDecisions = tables.decisions(first.runId());
        JsonNode firstRead = tree(runs.find(first.runId()).orElseThrow());
        RunTables.Counts before = tables.counts();

        Evaluation second = runs.evaluateAndStore(SampleRequests.commune());

        assertThat(second.runId()).isGreaterThan(first.runId());
        // One row per decision, its criteria in it as a document; no criterion rows.
        assertThat(tables.counts()).isEqualTo(new RunTables.Counts(before.runs() + 1,
                before.decisions() + second.decisions().size(), before.criterionRows(),
                before.criteriaDocuments() + second.decisions().size()));
        assertThat(tables.run(first.runId())).isEqualTo(firstRow);
        assertThat(tables.decisions(first.runId())).isEqualTo(firstDecisions);
        assertThat(tree(runs.find(first.runId()).orElseThrow())).isEqualTo(firstRead);
    }

    @Test
    void tellsTheSubjectsEvaluatedAndTheDecisionsStored() {
        RecordingProgress progress = new RecordingProgress();

        Evaluation stored = runs.evaluateAndStore(SampleRequests.commune(), progress);

        assertThat(progress.phases()).extracting(RecordingProgress.Phase::name).containsExactly("evaluate", "store");
        RecordingProgress.Phase store = progress.phase("store");
        assertThat(store.total()).isEqualTo(stored.decisions().size());
        assertThat(store.done()).isEqualTo(stored.decisions().size());
        assertThat(progress.phases()).allSatisfy(phase -> assertThat(phase.closed()).isTrue());
        assertThat(progress.phase("evaluate").done()).isEqualTo(progress.phase("evaluate").total()).isPositive();
    }

    @Test
    void readsBackStoredRunEqualToReturnedEvaluation() {
        byte[] request = SampleRequests.commune();

        Evaluation returned = runs.evaluateAndStore(request);

        Evaluation stored = runs.find(returned.runId()).orElseThrow();
        assertThat(stored.decisions()).hasSize(returned.decisions().size());
        assertThat(tree(stored)).isEqualTo(tree(returned));
        Map<String, Object> row = tables.run(returned.runId());
        assertThat(row.get("request_json")).isEqualTo(new String(request, StandardCharsets.UTF_8));
        assertThat(row.get("request_sha256")).isEqualTo(RunDigest.of(request));
        assertThat(row.get("rule_set_version")).isEqualTo(returned.ruleSet().version());
    }

    @Test
    void leavesNoPartialRunWhenStoringFailsHalfWay() {
        RunTables.Counts before = tables.counts();
        // The second write of the same decisions collides with the first on (run_id, seq): a real
        // database failure after the run header and every decision row were written.
        doAnswer(call -> {
            call.callRealMethod();
            call.callRealMethod();
            return null;
        }).when(decisionStore).insert(anyLong(), anyList(), any(), any(), any());

        assertThatThrownBy(() -> runs.evaluateAndStore(SampleRequests.commune())).isInstanceOf(RunNotStoredException.class)
                .hasCauseInstanceOf(DuplicateKeyException.class).hasMessageContaining("nothing of it was kept");

        assertThat(tables.counts()).isEqualTo(before);
    }

    private JsonNode tree(Evaluation evaluation) {
        return json.valueToTree(evaluation);
    }
}

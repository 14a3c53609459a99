package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.SampleRequests;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.StoredRows;

/** {@code audit verify} and {@code audit replay} run in process as the jar runs them, with their exit codes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class AuditCommandIntegrationTests {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void verifiesIntactChainWithExitZeroAndNamesAlteredRunWithExitOne() {
        long run = evaluateSample();
        Long linked = jdbc.queryForObject("SELECT chain_seq FROM evaluation_run_seal WHERE run_id = ?", Long.class, run);

        CommandRun intact = CommandRun.of("audit", "verify");
        CommandRun altered = new StoredRows(jdbc).withCriterionMarkedMet(run, () -> CommandRun.of("audit", "verify"));

        assertThat(linked).as("evaluate exits with its run linked into the chain").isNotNull();
        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(JsonMapper.shared().readTree(intact.out()).path("intact").asBoolean()).isTrue();
        assertThat(altered.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(altered.err()).contains("ALTERED: run " + run);
        assertThat(JsonMapper.shared().readTree(altered.out()).path("firstAlteredRunId").asLong()).isEqualTo(run);
    }

    @Test
    void namesAlteredRecordOfTheRecordChainWithExitOne() {
        StoredRows rows = new StoredRows(jdbc);
        long activation = rows.activeActivation();

        CommandRun altered = rows.withActivationReason(activation, "another reason", () -> CommandRun.of("audit", "verify"));

        assertThat(altered.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(altered.err()).contains("record chain ALTERED: ACTIVATION record " + activation)
                .contains("table rule_set_activation");
        assertThat(JsonMapper.shared().readTree(altered.out()).path("records").path("firstAlteredKey").asString())
                .isEqualTo(Long.toString(activation));
        assertThat(JsonMapper.shared().readTree(altered.out()).path("runsIntact").asBoolean()).isTrue();
    }

    @Test
    void replaysStoredRunWithExitZero() {
        long run = evaluateSample();

        CommandRun replay = CommandRun.of("audit", "replay", Long.toString(run));

        assertThat(replay.exitCode()).as(replay.err()).isZero();
        assertThat(replay.err()).contains("replays identically");
    }

    @Test
    void reportsUnknownRunWithExitOne() {
        CommandRun replay = CommandRun.of("audit", "replay", "999999999");

        assertThat(replay.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(replay.err()).contains("no evaluation run 999999999");
    }

    private static long evaluateSample() {
        CommandRun evaluate = CommandRun.of("evaluate", SampleRequests.COMMUNE.toString());
        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        return JsonMapper.shared().readTree(evaluate.out()).path("runId").asLong();
    }
}

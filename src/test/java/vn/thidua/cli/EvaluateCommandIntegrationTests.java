package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.SampleRequests;
import vn.thidua.eligibility.EvaluationResults;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.RunTables;

/**
 * {@code evaluate} run in process as the jar runs it (docs/request-and-result.md §5). The test's
 * own context only reads the database the command writes to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class EvaluateCommandIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    private JdbcTemplate jdbc;

    private RunTables tables;

    @BeforeEach
    void openTables() {
        tables = new RunTables(jdbc);
    }

    @Test
    void evaluatesSampleCommuneToStdout() {
        RunTables.Counts before = tables.counts();

        CommandRun run = CommandRun.of("evaluate", SampleRequests.COMMUNE.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        EvaluationResults.assertSampleCommune(result);
        long runId = result.path("runId").asLong();
        assertThat(run.err()).contains("run " + runId);
        assertThat(tables.counts().runs()).isEqualTo(before.runs() + 1);
        assertThat(tables.run(runId).get("decision_count")).isEqualTo(result.path("decisions").size());
    }

    @Test
    void writesResultToOutFileAndNothingToStdout(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("result.json");

        CommandRun run = CommandRun.of("evaluate", SampleRequests.COMMUNE.toString(), "--out", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        EvaluationResults.assertSampleCommune(JSON.readTree(Files.readString(file)));
    }

    @Test
    void readsTheSampleCommuneInPartsToTheSameResultAndStoresTheRun(@TempDir Path dir) throws IOException {
        RunTables.Counts before = tables.counts();
        Path file = dir.resolve("result.json");

        CommandRun streamed = CommandRun.of("evaluate", SampleRequests.COMMUNE.toString(), "--stream", "--out", file.toString());

        assertThat(streamed.exitCode()).as(streamed.err()).isZero();
        assertThat(streamed.out()).isEmpty();
        assertThat(streamed.err()).contains("read in parts").containsPattern("largest live \\d+ MiB \\((checked|decided|ranking)\\)");
        JsonNode result = JSON.readTree(Files.readString(file));
        EvaluationResults.assertSampleCommune(result);
        long runId = result.path("runId").asLong();
        assertThat(streamed.err()).contains("evaluate: run " + runId + ",");
        assertThat(tables.counts().runs()).isEqualTo(before.runs() + 1);
        assertThat(tables.run(runId).get("decision_count")).isEqualTo(result.path("decisions").size());
        // Linked into the audit chain before the command ended.
        assertThat(jdbc.queryForObject("SELECT chain_seq FROM evaluation_run_seal WHERE run_id = ?", Long.class, runId)).isNotNull();
        assertThat(dir.resolve("result.json.partial")).doesNotExist();

        JsonNode stored = JSON.readTree(CommandRun.of("evaluate", SampleRequests.COMMUNE.toString()).out());
        assertThat(result.path("decisions")).isEqualTo(stored.path("decisions"));
        assertThat(result.path("rankings")).isEqualTo(stored.path("rankings"));
        assertThat(result.path("warnings")).isEqualTo(stored.path("warnings"));
    }

    @Test
    void streamingRefusesAnInvalidRequestWithEveryPathAndWritesNothing(@TempDir Path dir) {
        Path file = dir.resolve("result.json");

        CommandRun run = CommandRun.of("evaluate", SampleRequests.INVALID.toString(), "--stream", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("nothing was evaluated");
        for (String path : SampleRequests.invalidPaths()) {
            assertThat(run.err()).contains("  " + path + ": ");
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void rejectsInvalidRequestWithEveryPathAndStoresNothing() {
        RunTables.Counts before = tables.counts();

        CommandRun run = CommandRun.of("evaluate", SampleRequests.INVALID.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("nothing was stored");
        for (String path : SampleRequests.invalidPaths()) {
            assertThat(run.err()).contains("  " + path + ": ");
        }
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void rejectsMissingRequestFile(@TempDir Path dir) {
        Path missing = dir.resolve("khong-co.json");

        CommandRun run = CommandRun.of("evaluate", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(missing.toString()).contains("no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void refusesRulesWithSyntaxErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
        RuleFolders.Broken rules = RuleFolders.withSyntaxError(dir);

        CommandRun run = CommandRun.of("evaluate", SampleRequests.COMMUNE.toString(), "--rules", rules.dir().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_BROKEN);
        assertThat(run.err()).contains(rules.file() + ":" + rules.line() + ":");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void refusesEmptyRulesFolder(@TempDir Path dir) {
        CommandRun run = CommandRun.of("evaluate", SampleRequests.COMMUNE.toString(), "--rules", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_BROKEN);
        assertThat(run.err()).contains("no rule files");
        assertThat(run.out()).isEmpty();
    }
}

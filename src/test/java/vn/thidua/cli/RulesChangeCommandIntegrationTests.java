package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.SampleRequests;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.governance.RuleSetActivations;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.DraftRules;

/**
 * The rule-change commands as policy staff run them, each in its own process context on the shared
 * database; this test's own context stands for a running server that follows the recorded changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class RulesChangeCommandIntegrationTests {

    @Autowired
    private RuleSetRegistry registry;
    @Autowired
    private RuleSetActivations activations;

    private String base;

    @TempDir
    private Path temp;

    @BeforeEach
    void remember() {
        base = registry.active().version();
    }

    @AfterEach
    void restore() {
        if (!registry.active().version().equals(base)) {
            activations.rollback(base, "policy.test", "restore");
        }
    }

    @Test
    void draftsReportsAcknowledgesActivatesAndRollsBackFromTheCommandLine() throws Exception {
        Path dir = DraftRules.strictGrassrootsFighter(temp.resolve("draft"));
        CommandRun evaluate = CommandRun.of("evaluate", SampleRequests.COMMUNE.toString());
        long run = JsonMapper.shared().readTree(evaluate.out()).path("runId").asLong();

        CommandRun impact = CommandRun.of("rules", "impact", "--dir", dir.toString(), "--run", Long.toString(run), "--by", "policy.test");
        assertThat(impact.exitCode()).as(impact.err()).isZero();
        JsonNode report = JsonMapper.shared().readTree(impact.out());
        long reportId = report.path("id").asLong();
        String version = report.path("draftVersion").asString();
        assertThat(impact.err()).contains("CHIEN_SI_THI_DUA_CO_SO: +0 eligible, -");

        CommandRun early = CommandRun.of("rules", "activate", "--report", Long.toString(reportId), "--by", "policy.test",
                "--reason", "draft law");
        assertThat(early.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(early.err()).contains("refused").contains("not acknowledged");

        CommandRun ack = CommandRun.of("rules", "acknowledge", Long.toString(reportId), "--by", "head.of.policy");
        assertThat(ack.exitCode()).as(ack.err()).isZero();
        CommandRun activate = CommandRun.of("rules", "activate", "--report", Long.toString(reportId), "--by", "policy.test",
                "--reason", "Dự thảo Luật sửa đổi, bổ sung");
        assertThat(activate.exitCode()).as(activate.err()).isZero();
        assertThat(JsonMapper.shared().readTree(activate.out()).path("version").asString()).isEqualTo(version);

        // A running process follows the change recorded by another one.
        assertThat(registry.active().version()).isEqualTo(base);
        assertThat(activations.follow()).isTrue();
        assertThat(registry.active().version()).isEqualTo(version);
        CommandRun underDraft = CommandRun.of("evaluate", SampleRequests.COMMUNE.toString());
        assertThat(JsonMapper.shared().readTree(underDraft.out()).path("ruleSet").path("version").asString()).isEqualTo(version);

        CommandRun versions = CommandRun.of("rules", "versions");
        assertThat(JsonMapper.shared().readTree(versions.out()).path("active").asString()).isEqualTo(version);

        CommandRun rollback = CommandRun.of("rules", "rollback", "--by", "policy.test", "--reason", "not passed");
        assertThat(rollback.exitCode()).as(rollback.err()).isZero();
        assertThat(activations.follow()).isTrue();
        assertThat(registry.active().version()).isEqualTo(base);

        CommandRun noReason = CommandRun.of("rules", "rollback", "--by", "policy.test", "--reason", " ");
        assertThat(noReason.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void refusesAnInvalidDraftWithExitThreeNamingFileAndLine() throws Exception {
        RuleFolders.Broken broken = RuleFolders.withSyntaxError(temp.resolve("broken"));

        CommandRun draft = CommandRun.of("rules", "draft", broken.dir().toString(), "--by", "policy.test");

        assertThat(draft.exitCode()).isEqualTo(ExitCodes.RULES_BROKEN);
        assertThat(draft.err()).contains(broken.file() + ":" + broken.line()).contains("nothing is stored");
    }
}

package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules validate [DIR]} as the jar runs it: exit 0 on the real rules, 3 naming file and line otherwise. */
class RulesValidateCommandIntegrationTests {

    @Test
    void validatesRealRulesWithExitZero() {
        CommandRun run = CommandRun.of("rules", "validate", "rules");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("is valid").contains("scenarios pass");
    }

    @Test
    void rejectsFolderThatDoesNotCompileWithExitThreeNamingFileAndLine(@TempDir Path dir) throws IOException {
        RuleFolders.Broken broken = RuleFolders.withSyntaxError(dir);

        CommandRun run = CommandRun.of("rules", "validate", broken.dir().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_BROKEN);
        assertThat(run.err()).contains(broken.file() + ":" + broken.line());
    }

    @Test
    void rejectsFailingScenarioWithExitThreeNamingItsLine(@TempDir Path dir) throws IOException {
        RuleFolders.Broken failing = RuleFolders.withFailingScenario(dir);

        CommandRun run = CommandRun.of("rules", "validate", failing.dir().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_BROKEN);
        assertThat(run.err()).contains(failing.file() + ":").contains("fails");
    }
}

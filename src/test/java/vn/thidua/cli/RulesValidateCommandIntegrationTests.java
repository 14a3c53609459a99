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

    @Test
    void rejectsABrokenHolidaysFileWithExitThreeNamingFileAndLine(@TempDir Path dir) throws IOException {
        RuleFolders.Broken broken = RuleFolders.withSyntaxError(dir);
        Path holidays = dir.resolve("calendar/holidays.yaml");
        String text = java.nio.file.Files.readString(holidays);
        java.nio.file.Files.writeString(holidays, text.replace("{ date: 2026-04-30, reason:", "{ date: 2025-04-30, reason:"));
        int line = 1 + (int) text.lines().takeWhile(l -> !l.contains("date: 2026-04-30")).count();

        CommandRun run = CommandRun.of("rules", "validate", broken.dir().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_BROKEN);
        assertThat(run.err()).contains("calendar/holidays.yaml:" + line + ": 2025-04-30 is not in year 2026");
    }

    @Test
    void rejectsABrokenReportTargetsFileNamingFileAndLine(@TempDir Path dir) throws IOException {
        RuleFolders.Broken broken = RuleFolders.withSyntaxError(dir);
        Path targets = dir.resolve("report/targets.yaml");
        String text = java.nio.file.Files.readString(targets);
        java.nio.file.Files.writeString(targets, text.replace("  FEMALE:\n    values: {}\n    reference: {}",
                "  FEMALE:\n    values: { 2026-01-01: 130 }\n    reference: { 2026-01-01: \"Kế hoạch của tỉnh\" }"));
        int line = 1 + (int) text.lines().takeWhile(l -> !l.equals("  FEMALE:")).count() + 1;

        CommandRun run = CommandRun.of("rules", "validate", broken.dir().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_BROKEN);
        assertThat(run.err()).contains("report/targets.yaml:" + line + ": FEMALE from 2026-01-01: \"130\" is not a share in percent from 0 to 100");
    }
}

package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cds} refuses what it cannot use before it extracts anything, naming the option, and writes a
 * launcher that runs the extracted jar with its archive (the archive itself: {@link CdsCommandIntegrationTests}).
 */
class CdsCommandTests {

    @Test
    void refusesADestinationThatIsAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

        CommandRun run = CommandRun.of("cds", "--destination", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("--destination " + file).contains("is a file, not a folder");
        assertThat(file).hasContent("x");
    }

    @Test
    void refusesARulesFolderThatDoesNotExist(@TempDir Path dir) {
        Path missing = dir.resolve("no-rules");

        CommandRun run = CommandRun.of("cds", "--destination", dir.resolve("cds").toString(), "--rules", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("--rules " + missing).contains("no such folder");
        assertThat(dir.resolve("cds")).doesNotExist();
    }

    @Test
    void asksForThePackagedJarWhenRunFromClasses(@TempDir Path dir) {
        CommandRun run = CommandRun.of("cds", "--destination", dir.resolve("cds").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("run it from the packaged jar");
        assertThat(dir.resolve("cds")).doesNotExist();
    }

    @Test
    void writesALauncherThatUsesTheArchiveAndTheQuickCompilerForShortCommands(@TempDir Path dir) throws IOException {
        Path script = CdsCommand.writeScript(dir);

        assertThat(script).isExecutable();
        String text = Files.readString(script);
        assertThat(text).startsWith("#!/bin/sh").contains("-XX:SharedArchiveFile=\"$here/thidua.jsa\"")
                .contains("-jar \"$here/thidua.jar\" \"$@\"").contains("rules) quick=-XX:TieredStopAtLevel=1")
                .contains("-lt " + CdsCommand.QUICK_EVALUATE_BYTES);
    }

    @Test
    void rejectsAnUnknownOptionWithExitTwoNamingItAndTheUsage() {
        CommandRun run = CommandRun.of("cds", "--destinaton", "x");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("Unknown option").contains("'--destinaton'").contains("Usage: thidua cds");
    }

    @Test
    void isACommandSoTheWebApplicationDoesNotStartOnIt() {
        assertThat(Commands.isCommand(new String[] {"cds"})).isTrue();
    }
}

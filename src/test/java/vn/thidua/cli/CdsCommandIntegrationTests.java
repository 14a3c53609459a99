package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/thidua.jar cds} as a user runs it (the jar the build packaged before the
 * integration tests): it extracts the jar, writes the archive of the training run, and its launcher
 * runs the jar with that archive, whose classes the JVM then takes from it.
 */
class CdsCommandIntegrationTests {

    private static final Path JAR = Path.of("target", "thidua.jar").toAbsolutePath();

    @Test
    void buildsAnArchiveThatItsLauncherUses(@TempDir Path dir) throws IOException, InterruptedException {
        assertThat(JAR).as("the packaged jar (mvn package runs before the integration tests)").isRegularFile();
        Path cds = dir.resolve("cds");
        List<String> cache = List.of("-Dthidua.rules.cache-dir=" + Path.of("target", "compiled-rules").toAbsolutePath());

        BenchProcesses.Ended built = BenchProcesses.timed(JAR, Files.createDirectories(dir.resolve("build")), cache, Map.of(),
                "cds", "--destination", cds.toString(), "--rules", Path.of("rules").toAbsolutePath().toString());

        assertThat(built.exit()).as(() -> built.output() + training(cds)).isZero();
        assertThat(cds.resolve(CdsCommand.ARCHIVE)).isRegularFile().isNotEmptyFile();
        assertThat(cds.resolve(CdsCommand.APPLICATION)).isRegularFile();
        assertThat(built.output()).contains("cds: archive " + cds.resolve(CdsCommand.ARCHIVE));

        // -Xshare:on: the JVM stops instead of running without an archive it cannot map.
        BenchProcesses.Ended help = BenchProcesses.timed(BenchProcesses.Launch.script(cds.resolve(CdsCommand.SCRIPT)),
                Files.createDirectories(dir.resolve("run")), List.of("-Xshare:on", "-Xlog:class+load=info"), Map.of(), "--help");

        assertThat(help.exit()).as(help.output()).isZero();
        assertThat(help.output()).contains("Usage: thidua").contains("vn.thidua.cli.Launcher source: shared objects file (top)");
    }

    private static String training(Path cds) {
        try (var files = Files.list(cds)) {
            StringBuilder logs = new StringBuilder();
            for (Path log : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                String text = Files.readString(log);
                logs.append("\n--- ").append(log).append('\n').append(text, Math.max(0, text.length() - 6000), text.length());
            }
            return logs.toString();
        } catch (IOException e) {
            return "\n(no logs: " + e + ")";
        }
    }
}

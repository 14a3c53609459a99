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

        assertThat(built.exit()).as(built.output()).isZero();
        assertThat(cds.resolve(CdsCommand.ARCHIVE)).isRegularFile().isNotEmptyFile();
        assertThat(cds.resolve(CdsCommand.APPLICATION)).isRegularFile();
        assertThat(built.output()).contains("cds: archive " + cds.resolve(CdsCommand.ARCHIVE));

        // -Xshare:on: the JVM stops instead of running without an archive it cannot map.
        BenchProcesses.Ended help = BenchProcesses.timed(BenchProcesses.Launch.script(cds.resolve(CdsCommand.SCRIPT)),
                Files.createDirectories(dir.resolve("run")), List.of("-Xshare:on", "-Xlog:class+load=info"), Map.of(), "--help");

        assertThat(help.exit()).as(help.output()).isZero();
        assertThat(help.output()).contains("Usage: thidua").containsPattern("picocli\\.CommandLine .*shared objects file \\(top\\)");
    }
}

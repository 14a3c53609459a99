package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table of targets reads its figures from what the measured commands print: the load's own table
 * (made here by {@link LoadRun.Result}), and the lines of {@code bench --store} and {@code bench} in the
 * layout those commands print them; a command that printed no figure is shown with its reason.
 */
class TargetsBenchTests {

    @TempDir
    Path folder;

    @Test
    void copiesARulesFolderReachedThroughASymbolicLinkAndEditsItsFirstAwardFile() throws Exception {
        Path rules = Files.createDirectories(folder.resolve("real/rules/awards"));
        Files.writeString(rules.resolve("b.drl"), "rule b\n");
        Files.writeString(rules.resolve("a.drl"), "rule a\n");
        Path link = Files.createSymbolicLink(folder.resolve("rules"), rules.getParent());

        Path copy = BenchProcesses.copyRules(link, folder.resolve("copy"));
        BenchProcesses.editFirstAwardRules(copy);

        assertThat(Files.readString(copy.resolve("awards/b.drl"))).isEqualTo("rule b\n");
        assertThat(Files.readString(copy.resolve("awards/a.drl"))).startsWith("rule a\n").isNotEqualTo("rule a\n");
        assertThat(Files.readString(rules.resolve("a.drl"))).as("the original is not edited").isEqualTo("rule a\n");
    }

    @Test
    void readsTheLoadTableAsTheLoadCommandPrintsIt() {
        long[] latencies = new long[100];
        for (int i = 0; i < latencies.length; i++) {
            latencies[i] = (i + 1) * 3_000_000L; // 3 ms … 300 ms: p99 is 297 ms
        }
        String table = new LoadRun.Result(100, 0.2, latencies, Map.of()).table("http://localhost:8080", 50, 60);
        TargetsBench.Figure figure = TargetsBench.loadFigure(new BenchProcesses.Ended(61.0, 0, "log line\n" + table + "\n"));
        assertThat(figure.text()).isEqualTo("p99 297 ms, 500 req/s, 0 errors");
        assertThat(figure.met()).as("p99 above 250 ms").isFalse();

        long[] fast = new long[1000];
        java.util.Arrays.fill(fast, 20_000_000L);
        TargetsBench.Figure met = TargetsBench.loadFigure(new BenchProcesses.Ended(61.0, 0,
                new LoadRun.Result(1000, 2.0, fast, Map.of()).table("http://localhost:8080", 50, 60)));
        assertThat(met.text()).isEqualTo("p99 20 ms, 500 req/s, 0 errors");
        assertThat(met.met()).isTrue();

        TargetsBench.Figure errors = TargetsBench.loadFigure(new BenchProcesses.Ended(61.0, 0,
                new LoadRun.Result(1000, 2.0, fast, Map.of("HTTP 503", 3)).table("http://localhost:8080", 50, 60)));
        assertThat(errors.text()).endsWith("3 errors");
        assertThat(errors.met()).as("errors").isFalse();
    }

    @Test
    void readsTheStoredDecisionsPerSecondAfterTheDatabaseAndItsVersion() {
        String output = String.join("\n",
                "runs stored in H2 2.4.240, one transaction each, after a warm-up run of 200 individuals",
                String.format("%-16s %12s %10s %12s %11s %9s %14s %12s %11s %14s", "database", "individuals", "decisions",
                        "criteria", "evaluate s", "store s", "decisions/s", "rows/s", "total s", "decisions/s"),
                String.format("%-16s %12d %10d %12d %11.2f %9.2f %14.0f %12.0f %11.2f %14.0f", "H2 2.4.240", 20000, 172004,
                        600000, 10.5, 23.1, 7446.0, 33420.0, 33.6, 5119.2));
        TargetsBench.Figure figure = TargetsBench.storeFigure(new BenchProcesses.Ended(40.0, 0, output));
        assertThat(figure.text()).isEqualTo("5,119 decisions/s");
        assertThat(figure.met()).isFalse();
    }

    @Test
    void readsTheEngineAgainstTheReferenceByCpu() {
        String output = String.join("\n",
                "rule set 2026.1 loaded and compiled in 3.20 s; 2 cores, max heap 4096 MiB",
                String.format("%12d %12d %10.2f %14.2f %14.0f %8d %10.3f %12d %14.0f %14.0f %11.2f %11.2f", 10000, 86002, 0.4,
                        5.1, 16863.0, 12, 0.120, 900, 17000.0, 380000.0, 22.35, 21.94));
        TargetsBench.Figure figure = TargetsBench.engineFigure(new BenchProcesses.Ended(30.0, 0, output));
        assertThat(figure.text()).isEqualTo("21.9×");
        assertThat(figure.met()).isFalse();
    }

    @Test
    void aCommandWithoutItsFigureIsShownWithItsReason() {
        String trace = String.join("\n", "thidua could not start: Java heap space", "java.lang.OutOfMemoryError: Java heap space",
                "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)", "\t... 12 more");
        TargetsBench.Figure failed = TargetsBench.storeFigure(new BenchProcesses.Ended(25.0, 1, trace));
        assertThat(failed.text()).isEqualTo("— exit 1: java.lang.OutOfMemoryError: Java heap space");
        assertThat(failed.met()).isNull();

        assertThat(TargetsBench.engineFigure(new BenchProcesses.Ended(5.0, 0, "Usage: thidua bench …")).text())
                .isEqualTo("— no figure printed");
    }

    @Test
    void measuresTheCdsLauncherOnlyForAJarWhoseHelpListsTheCommand() {
        assertThat(TargetsBench.hasCds("Commands:\n  rules           Rule files\n  cds             Extracts the jar and builds\n")).isTrue();
        assertThat(TargetsBench.hasCds("Commands:\n  rules           Rule files\n  register        The register\n"))
                .as("an earlier jar would start the web application on `cds`").isFalse();
    }
}

package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code bench --store} run in process on a tiny request; figures are printed, never asserted. */
class BenchCommandIntegrationTests {

    @Test
    void storesGeneratedRunAndPrintsTable() {
        CommandRun run = CommandRun.of("bench", "--store", "--individuals", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("individuals", "decisions", "criteria", "store s", "rows/s")
                .containsPattern("(?m)^(H2|MariaDB|MySQL) \\S+ +3 +[1-9]\\d* +[1-9]\\d* ");
    }
}

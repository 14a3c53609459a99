package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code bench --store} run in process on a tiny request; figures are printed, never asserted. */
class BenchCommandIntegrationTests {

    @Test
    void aFileThatCannotBeReadIsNamedWithoutAStackTrace() {
        CommandRun pages = CommandRun.of("bench", "--pages", "data/no-such-commune.json", "--individuals", "3");
        CommandRun register = CommandRun.of("bench", "--register", "data/no-such-commune.json");

        assertThat(pages.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(pages.err()).isEqualTo("bench: cannot read data/no-such-commune.json: no such file, or not readable" + System.lineSeparator());
        assertThat(register.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(register.err()).contains("bench: cannot read data/no-such-commune.json").doesNotContain("Exception");
    }

    @Test
    void storesGeneratedRunAndPrintsTable() {
        CommandRun run = CommandRun.of("bench", "--store", "--individuals", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("individuals", "decisions", "criteria", "store s", "rows/s")
                .containsPattern("(?m)^(H2|MariaDB|MySQL) \\S+ +3 +[1-9]\\d* +[1-9]\\d* ");
    }
}

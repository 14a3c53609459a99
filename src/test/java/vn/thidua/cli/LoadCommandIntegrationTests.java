package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.testing.DatabaseProfiles;

/**
 * A short load run against the test server, as the test administrator (src/test/resources/application-admin.properties):
 * every request answered 201, and the report's table printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class LoadCommandIntegrationTests {

    @LocalServerPort
    private int port;

    @Test
    void reportsThroughputLatencyAndNoErrors() {
        CommandRun load = CommandRun.of("load", "--url", "http://localhost:" + port, "--clients", "4", "--seconds", "3",
                "--warmup-seconds", "0", "--user", "test-admin", "--password", "admin-passphrase-2026");

        assertThat(load.exitCode()).as(load.out() + load.err()).isZero();
        String[] lines = load.out().strip().split("\n");
        assertThat(lines[1].trim().split("\\s+")).containsExactly("requests", "requests/s", "p50", "ms", "p90", "ms", "p99", "ms",
                "max", "ms", "errors");
        String[] figures = lines[2].trim().split("\\s+");
        assertThat(Integer.parseInt(figures[0])).isPositive();
        assertThat(figures[figures.length - 1]).isEqualTo("0");
    }
}

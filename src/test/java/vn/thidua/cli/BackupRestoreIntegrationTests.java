package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.SampleRequests;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.testing.DatabaseProfiles;

/**
 * The backup of docs/deployment.md §2 done as an operator does it, with MariaDB's own tools: dump the
 * tests' database with {@code mariadb-dump}, load the dump into a fresh database with {@code mariadb},
 * start the application on the copy, and find every table whole, the audit chain and the record chain
 * intact, and a stored run replayed identically. MariaDB only (-Pmysql, .ci/run): the restore database is
 * {@code THIDUA_RESTORE_DB} (default: the tests' database name with {@code _restore}), which .ci/run creates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class BackupRestoreIntegrationTests {

    private static final Pattern MYSQL_URL = Pattern.compile("jdbc:mysql://([^:/?]+)(?::(\\d+))?/([^?]+)(\\?.*)?");

    @Autowired
    private EvaluationRuns runs;
    @Autowired
    private JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    private String url;
    @Value("${spring.datasource.username}")
    private String user;
    @Value("${spring.datasource.password}")
    private String password;

    @Test
    void aDumpRestoredIntoAFreshDatabaseVerifiesIntactAndReplaysIdentically(@TempDir Path folder) throws Exception {
        assumeThat(DatabaseProfiles.active()).as("the dump and restore tools are MariaDB's: this test runs under -Pmysql (.ci/run)")
                .contains("mysql");
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        CommandRun original = CommandRun.of("audit", "verify");
        assertThat(original.exitCode()).as(original.err()).isZero();

        Matcher source = MYSQL_URL.matcher(url);
        assertThat(source.matches()).as("a jdbc:mysql:// URL: " + url).isTrue();
        String host = source.group(1);
        String port = source.group(2) == null ? "3306" : source.group(2);
        String database = source.group(3);
        String restored = System.getenv().getOrDefault("THIDUA_RESTORE_DB", database + "_restore");
        String restoredUrl = "jdbc:mysql://" + host + ":" + port + "/" + restored + (source.group(4) == null ? "" : source.group(4));

        Path dump = folder.resolve("thidua.sql");
        // The command of docs/deployment.md §2, with the connection spelled out.
        tool(List.of("mariadb-dump", "--single-transaction", "--routines", "--host=" + host, "--port=" + port,
                "--user=" + user, database), null, dump);
        assertThat(Files.size(dump)).isPositive();
        emptied(restoredUrl);
        tool(List.of("mariadb", "--host=" + host, "--port=" + port, "--user=" + user, restored), dump, null);

        JdbcTemplate copy = new JdbcTemplate(new DriverManagerDataSource(restoredUrl, user, password));
        assertThat(rowCounts(copy)).as("every table of the copy holds as many rows as the original")
                .isEqualTo(rowCounts(jdbc)).isNotEmpty();

        // The application started on the copy: both chains intact, as many runs and records as the original.
        List<String> onCopy = new ArrayList<>(DatabaseProfiles.springArgs());
        onCopy.add("--spring.datasource.url=" + restoredUrl);
        CommandRun verified = CommandRun.on(onCopy, "audit", "verify");
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        JsonNode before = JsonMapper.shared().readTree(original.out());
        JsonNode after = JsonMapper.shared().readTree(verified.out());
        assertThat(after.path("intact").asBoolean()).isTrue();
        assertThat(after.path("runsChecked").asLong()).isEqualTo(before.path("runsChecked").asLong()).isPositive();
        assertThat(after.path("records").path("recordsChecked").asLong())
                .isEqualTo(before.path("records").path("recordsChecked").asLong()).isPositive();
        assertThat(after.path("records").path("sealedByKind")).isEqualTo(before.path("records").path("sealedByKind"));

        CommandRun replay = CommandRun.on(onCopy, "audit", "replay", Long.toString(run));
        assertThat(replay.exitCode()).as(replay.err()).isZero();
        assertThat(JsonMapper.shared().readTree(replay.out()).path("identical").asBoolean()).isTrue();
    }

    /** Drops whatever an earlier try left in the restore database, so the copy holds the dump alone. */
    private void emptied(String restoredUrl) {
        JdbcTemplate copy = new JdbcTemplate(new DriverManagerDataSource(restoredUrl, user, password));
        List<String> tables = copy.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()",
                String.class);
        copy.execute("SET FOREIGN_KEY_CHECKS = 0");
        tables.forEach(table -> copy.execute("DROP TABLE `" + table + "`"));
        copy.execute("SET FOREIGN_KEY_CHECKS = 1");
    }

    private static Map<String, Long> rowCounts(JdbcTemplate database) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : database.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " ORDER BY table_name", String.class)) {
            counts.put(table.toLowerCase(), database.queryForObject("SELECT COUNT(*) FROM `" + table + "`", Long.class));
        }
        return counts;
    }

    /** Runs one of MariaDB's client tools with the password in its environment (never on its command line). */
    private void tool(List<String> command, Path input, Path output) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MYSQL_PWD", password);
        Path err = Files.createTempFile("thidua-tool-", ".err");
        builder.redirectError(err.toFile());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        if (output != null) {
            builder.redirectOutput(output.toFile());
        } else {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(command.get(0) + " finished").isTrue();
        assertThat(process.exitValue()).as(command.get(0) + ": " + Files.readString(err, StandardCharsets.UTF_8)).isZero();
        Files.delete(err);
    }
}

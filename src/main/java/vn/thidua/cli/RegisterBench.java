package vn.thidua.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.evaluation.PreparedRun;
import vn.thidua.history.RegisterReading;

/**
 * {@code bench --register FILE}: evaluates a request (data/commune-300.json by default) as the
 * application does before storing it, first with its history (titles) in the request, then with the
 * history removed from the request and held in the register, on a new H2 database in a temporary
 * folder, deleted afterwards. Prints the time per evaluation of each and whether both give the same
 * outcomes and criteria; nothing is asserted or stored as a run.
 * <p>
 * The register rows are written here with plain JDBC as an import of past decisions would write them
 * (source IMPORTED): the register's own import belongs to the register module.
 */
final class RegisterBench {

    private final PrintStream out;
    private final List<String> springArgs;
    private final PrintStream err;

    RegisterBench(PrintStream out, PrintStream err, List<String> springArgs) {
        this.out = out;
        this.err = err;
        this.springArgs = springArgs;
    }

    int run(Path rules, Path file, int rounds) throws IOException {
        Path folder = Files.createTempDirectory("thidua-register-bench-");
        List<String> args = new ArrayList<>(springArgs);
        args.add("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;LOCK_TIMEOUT=60000");
        byte[] withHistory = Files.readAllBytes(file);
        try {
            return ApplicationContexts.withContext(rules, args, err, context -> measure(context, file, withHistory, rounds));
        } finally {
            delete(folder);
        }
    }

    private int measure(ConfigurableApplicationContext context, Path file, byte[] withHistory, int rounds) throws SQLException {
        EvaluationRuns runs = context.getBean(EvaluationRuns.class);
        JsonMapper json = context.getBean(JsonMapper.class);
        ObjectNode request = (ObjectNode) json.readTree(withHistory);
        int moved = register(context.getBean(DataSource.class), request);
        byte[] withoutHistory = json.writeValueAsBytes(request);
        // Warm-up of both paths, then alternating rounds so that neither profits from the other's JIT alone.
        PreparedRun listed = runs.prepare(withHistory);
        PreparedRun read = runs.prepare(withoutHistory);
        long inRequest = 0;
        long fromRegister = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            listed = runs.prepare(withHistory);
            long middle = System.nanoTime();
            read = runs.prepare(withoutHistory);
            fromRegister += System.nanoTime() - middle;
            inRequest += middle - start;
        }
        // Reading the register and completing the request alone, without the rules.
        RegisterReading history = context.getBean(RegisterReading.class);
        EvaluationRequest stripped = context.getBean(RequestReader.class).read(new ByteArrayInputStream(withoutHistory));
        long completing = System.nanoTime();
        int added = 0;
        for (int round = 0; round < rounds; round++) {
            added = history.complete(stripped).read().size();
        }
        double completeMs = (System.nanoTime() - completing) / 1e6 / rounds;
        int decisions = listed.evaluation().decisions().size();
        out.printf("%s: %d titles and commendations moved from the request to the register; %d rounds after a warm-up%n", file,
                moved, rounds);
        out.printf("%-34s %10s %14s %14s%n", "history", "decisions", "evaluate ms", "decisions/s");
        line("in the request", decisions, inRequest / (double) rounds);
        line("in the register (read, completed)", read.evaluation().decisions().size(), fromRegister / (double) rounds);
        out.printf("of which reading the register and completing the request: %.1f ms (%d entries)%n", completeMs, added);
        out.printf("same outcomes and criteria: %s%n", same(listed.evaluation().decisions(), read.evaluation().decisions()));
        return ExitCodes.OK;
    }

    private void line(String label, int decisions, double nanos) {
        out.printf("%-34s %10d %14.1f %14.0f%n", label, decisions, nanos / 1e6, decisions / (nanos / 1e9));
    }

    private static boolean same(List<EligibilityDecision> a, List<EligibilityDecision> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).outcome() != b.get(i).outcome() || !a.get(i).criteria().equals(b.get(i).criteria())) {
                return false;
            }
        }
        return true;
    }

    /** Moves every title and commendation of the request's subjects into the register; answers how many. */
    private static int register(DataSource dataSource, ObjectNode request) throws SQLException {
        int moved = 0;
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO register_entry (subject_id, subject_kind, subject_name, award, award_year, decision_number,"
                        + " decision_date, authority, source, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'IMPORTED',"
                        + " 'bench', ?)")) {
            for (String[] list : new String[][] {{"individuals", "INDIVIDUAL"}, {"collectives", "COLLECTIVE"},
                    {"households", "HOUSEHOLD"}}) {
                for (JsonNode subject : request.path(list[0])) {
                    moved += move(insert, (ObjectNode) subject, list[1], "titles")
                            + move(insert, (ObjectNode) subject, list[1], "commendations");
                }
            }
            insert.executeBatch();
        }
        return moved;
    }

    private static int move(PreparedStatement insert, ObjectNode subject, String kind, String list) throws SQLException {
        int moved = 0;
        for (JsonNode award : subject.path(list)) {
            int year = award.has("year") ? award.path("year").asInt() : Integer.parseInt(award.path("achievementPeriod").asString());
            String reference = award.path("decisionRef").isMissingNode() || award.path("decisionRef").isNull()
                    ? "bench-" + subject.path("id").asString() + "-" + year : award.path("decisionRef").asString();
            insert.setString(1, subject.path("id").asString());
            insert.setString(2, kind);
            insert.setString(3, subject.path("fullName").asString(subject.path("name").asString("-")));
            insert.setString(4, award.path("code").asString());
            insert.setInt(5, year);
            insert.setString(6, reference);
            insert.setObject(7, award.has("date") ? LocalDate.parse(award.path("date").asString()) : LocalDate.of(year + 1, 1, 20));
            insert.setString(8, "bench");
            insert.setTimestamp(9, Timestamp.from(Instant.now()));
            insert.addBatch();
            moved++;
        }
        if (subject.has(list)) {
            subject.putArray(list);
        }
        return moved;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dataset.DatasetGenerator;
import vn.thidua.dossier.RequestFile;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.evaluation.BulkEvaluation;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.system.Progress;
import vn.thidua.testing.DatabaseProfiles;

/**
 * A request evaluated as it is read (too large to hold whole) is stored as it goes: its request in parts,
 * its decisions, result rows, outline and rankings a batch at a time, in one transaction. It must be the same
 * run, row for row, as the same request read whole and stored, and verify and replay like one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class RunInPartsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    private EvaluationRuns runs;

    @Autowired
    private StoredRuns stored;

    @Autowired
    private RequestReader reader;

    @Autowired
    private AuditReplay replay;

    @Autowired
    private AuditChain chain;

    @Autowired
    private RunSealer sealer;

    @Autowired
    private JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @Test
    void storesTheSameRunRowForRowAsTheRequestReadWholeAndItVerifiesAndReplays() throws Exception {
        // A generated district of 1,100 people: several batches of individuals, collectives with members, households.
        Path district = folder.resolve("district.json");
        try (OutputStream out = Files.newOutputStream(district)) {
            new DatasetGenerator(2025).write(1_100, 3, out);
        }
        for (Path request : List.of(SampleRequests.COMMUNE, Path.of("data/commune-300.json"), district)) {
            Evaluation whole = runs.evaluateAndStore(Files.readAllBytes(request));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BulkEvaluation.Summary summary = inParts(request, out);
            long a = whole.runId();
            long b = summary.runId();
            sealer.sealWaiting();

            JsonNode result = JSON.readTree(out.toByteArray());
            JsonNode expected = JSON.readTree(JSON.writeValueAsString(whole));
            assertThat(result.path("runId").asLong()).isEqualTo(b);
            for (int i = 0; i < Math.max(result.path("decisions").size(), expected.path("decisions").size()); i++) {
                assertThat(result.path("decisions").path(i)).as(request + " decision " + i).isEqualTo(expected.path("decisions").path(i));
            }
            for (String field : List.of("schemaVersion", "ruleSet", "period", "decisions", "rankings", "warnings")) {
                assertThat(result.path(field)).as(request + " " + field).isEqualTo(expected.path(field));
            }
            assertThat(summary.decisions()).isEqualTo(whole.decisions().size());

            // The request kept as received, in parts, and read back whole.
            assertThat(jdbc.queryForObject("SELECT request_json FROM evaluation_run WHERE id = ?", String.class, b)).isNull();
            assertThat(stored.request(b).orElseThrow()).isEqualTo(Files.readAllBytes(request));

            // Row for row what the run read whole stored, in every table a run writes.
            assertThat(rows("SELECT created_at, rule_set_version, rule_set_activated_at, period_year, cutoff_date, decision_date,"
                    + " request_sha256, decision_count, warnings_json, register_json, criteria_layout FROM evaluation_run WHERE id = ?", b))
                    .as("header")
                    .isEqualTo(withCreatedAt(rows("SELECT created_at, rule_set_version, rule_set_activated_at, period_year,"
                            + " cutoff_date, decision_date, request_sha256, decision_count, warnings_json, register_json, criteria_layout"
                            + " FROM evaluation_run WHERE id = ?", a), b));
            assertSameRows("SELECT " + RunColumns.names(RunColumns.DECISION) + ", criteria_json FROM evaluation_decision"
                    + " WHERE run_id = ? ORDER BY seq", a, b);
            assertSameRows("SELECT seq, award, unit_code, ranking_json FROM evaluation_ranking WHERE run_id = ? ORDER BY seq", a, b);
            assertSameRows("SELECT seq, part, content FROM evaluation_ranking_part WHERE run_id = ? ORDER BY seq, part", a, b);
            assertSameRows("SELECT seq, subject_id, subject_name, unit_code, unit_name, award, outcome, requires_judgement, priority_groups,"
                    + " selected FROM run_result_row WHERE run_id = ? ORDER BY seq", a, b);
            assertSameRows("SELECT unit_code, unit_name, award, outcome, priority_groups, selection, decisions FROM run_result_summary"
                    + " WHERE run_id = ? ORDER BY unit_code, award, outcome, priority_groups, selection", a, b);
            assertSameRows("SELECT award, outcome, priority_groups, selection, decisions FROM run_result_total WHERE run_id = ?"
                    + " ORDER BY award, outcome, priority_groups, selection", a, b);
            assertSameRows("SELECT unit_code, unit_name, decisions FROM run_result_unit WHERE run_id = ? ORDER BY unit_code", a, b);
            assertSameRows("SELECT unit_code, unit_name, parent_code FROM run_unit WHERE run_id = ? ORDER BY unit_code", a, b);
            assertSameRows("SELECT subject_id, subject_kind, unit_code, occupation, leader, priority_groups FROM run_subject"
                    + " WHERE run_id = ? ORDER BY subject_id", a, b);
            if (request.equals(district)) {
                // More units than one statement summarises (64): the summaries of the rows are written in several.
                assertThat(rows("SELECT DISTINCT unit_code FROM run_result_row WHERE run_id = ?", b)).hasSizeGreaterThan(64);
                assertThat(rows("SELECT seq FROM evaluation_ranking WHERE run_id = ?", b)).isNotEmpty();
                assertThat(rows("SELECT seq FROM run_result_row WHERE run_id = ? AND selected", b)).isNotEmpty();
            }
            RunSeal sealA = seal(a);
            RunSeal sealB = seal(b);
            assertThat(sealB.decisionsSha256()).isEqualTo(sealA.decisionsSha256());
            assertThat(sealB.criteriaSha256()).isEqualTo(sealA.criteriaSha256());

            ReplayReport replayed = replay.replay(b).orElseThrow();
            assertThat(replayed.differences()).isEmpty();
            assertThat(replayed.identical()).isTrue();
        }
        ChainReport verified = chain.verify();
        assertThat(verified.intact()).as(verified.differences().toString()).isTrue();
    }

    @Test
    void aRequestReadWholeButLargerThanAPartIsStoredInPartsTooWhateverTheServersPacketLimit() throws Exception {
        // The sample commune followed by 17 MB of white space: more than MariaDB's default max_allowed_packet (16 MiB).
        byte[] sample = Files.readAllBytes(SampleRequests.COMMUNE);
        byte[] request = Arrays.copyOf(sample, sample.length + 17_000_000);
        Arrays.fill(request, sample.length, request.length, (byte) ' ');

        Evaluation evaluation = runs.evaluateAndStore(request);
        long run = evaluation.runId();
        sealer.sealWaiting();

        assertThat(jdbc.queryForObject("SELECT request_json FROM evaluation_run WHERE id = ?", String.class, run)).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_request_part WHERE run_id = ?", Long.class, run))
                .isEqualTo(5);
        assertThat(stored.request(run).orElseThrow()).isEqualTo(request);
        assertThat(runs.request(run).orElseThrow().individuals()).hasSameSizeAs(runs.request(runs.evaluateAndStore(sample).runId())
                .orElseThrow().individuals());
        ReplayReport replayed = replay.replay(run).orElseThrow();
        assertThat(replayed.differences()).isEmpty();
        ChainReport verified = chain.verify();
        assertThat(verified.intact()).as(verified.differences().toString()).isTrue();
    }

    @Test
    void namesTheRunWhoseStoredRequestPartWasChanged() throws Exception {
        long run = inParts(SampleRequests.COMMUNE, new ByteArrayOutputStream()).runId();
        sealer.sealWaiting();
        byte[] part = jdbc.queryForObject("SELECT content FROM evaluation_request_part WHERE run_id = ? AND seq = 0", byte[].class, run);
        byte[] changed = part.clone();
        changed[changed.length / 2] = (byte) (changed[changed.length / 2] == ' ' ? '\t' : ' ');

        jdbc.update("UPDATE evaluation_request_part SET content = ? WHERE run_id = ? AND seq = 0", changed, run);
        ChainReport report;
        ReplayReport replayed;
        try {
            report = chain.verify();
            replayed = replay.replay(run).orElseThrow();
        } finally {
            jdbc.update("UPDATE evaluation_request_part SET content = ? WHERE run_id = ? AND seq = 0", part, run);
        }

        assertThat(report.intact()).isFalse();
        assertThat(report.firstAlteredRunId()).isEqualTo(run);
        assertThat(report.differences()).anySatisfy(d -> assertThat(d).contains("request of run " + run)
                .contains("evaluation_request_part"));
        assertThat(replayed.identical()).isFalse();
        assertThat(replayed.differences()).anySatisfy(d -> assertThat(d).contains("evaluation_request_part"));
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void aRunThatFailsMidwayLeavesNothingAndEarlierRunsIntact() throws Exception {
        Path district = folder.resolve("district.json");
        try (OutputStream out = Files.newOutputStream(district)) {
            new DatasetGenerator(2025).write(1_100, 5, out);
        }
        inParts(SampleRequests.COMMUNE, new ByteArrayOutputStream());
        sealer.sealWaiting();
        List<Long> before = counts();
        // The result's reader goes away after 20 MB, of about 30: by then the first batch of 512 people (about 14 MB of
        // result) and its decisions, result rows and outline lines were stored.
        OutputStream failing = new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws java.io.IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                written += len;
                if (written > 20_000_000) {
                    throw new java.io.IOException("the reader went away");
                }
            }
        };
        RequestFile file = reader.file(district);

        assertThatThrownBy(() -> runs.evaluateAndStoreStreamed(file, file.check(), failing, phase -> { }, Progress.NONE))
                .hasStackTraceContaining("the reader went away");

        assertThat(counts()).isEqualTo(before);
        ChainReport verified = chain.verify();
        assertThat(verified.intact()).as(verified.differences().toString()).isTrue();
    }

    private List<Long> counts() {
        List<Long> counts = new ArrayList<>();
        for (String table : List.of("evaluation_run", "evaluation_decision", "evaluation_request_part", "evaluation_ranking",
                "evaluation_ranking_part", "run_result_row", "run_result_summary", "run_subject", "run_unit", "evaluation_run_seal")) {
            counts.add(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        return counts;
    }

    private BulkEvaluation.Summary inParts(Path request, ByteArrayOutputStream out) {
        RequestFile file = reader.file(request);
        return runs.evaluateAndStoreStreamed(file, file.check(), out, phase -> { }, Progress.NONE);
    }

    private RunSeal seal(long run) {
        return jdbc.queryForObject("SELECT run_id, header_sha256, decisions_sha256, criteria_sha256, content_sha256 FROM"
                + " evaluation_run_seal WHERE run_id = ?", (rs, n) -> RunSeal.waiting(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4)), run);
    }

    private void assertSameRows(String sql, long a, long b) {
        List<List<Object>> expected = rows(sql, a);
        assertThat(rows(sql, b)).as(sql).isEqualTo(expected);
    }

    private List<List<Object>> rows(String sql, long run) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(sql, run)) {
            rows.add(new ArrayList<>(row.values()));
        }
        return rows;
    }

    // The runs were stored a moment apart: the header compared with the later run's time.
    private List<List<Object>> withCreatedAt(List<List<Object>> header, long run) {
        header.get(0).set(0, jdbc.queryForObject("SELECT created_at FROM evaluation_run WHERE id = ?", Object.class, run));
        return header;
    }
}

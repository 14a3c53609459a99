package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.RequestFile;
import vn.thidua.dossier.RequestReader;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.evaluation.BulkEvaluation;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.system.Progress;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.RegisterRows;

/**
 * Review of issue 19 (run in parts): cases RunInPartsIntegrationTests does not cover, where the run read in parts
 * must still be the run read whole, row for row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class RunInPartsReviewIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    private EvaluationRuns runs;

    @Autowired
    private RequestReader reader;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private RecordSeals seals;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @TempDir
    Path folder;

    /**
     * A quota of a collective award only: no individual has a decision a quota reads, so none is spilled for the
     * rankings, and a collective of 70 % women is ranked without its members' genders.
     */
    @Test
    void aCollectiveOfWomenKeepsItsPriorityGroupWhenOnlyACollectiveAwardIsRanked() throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("data/commune-300.json")));
        ArrayNode quotas = JSON.createArrayNode();
        quotas.add(JSON.readTree("{\"award\": \"TAP_THE_LAO_DONG_TIEN_TIEN\", \"unit\": \"XA-DA-RSAL\", \"maxCount\": 1,"
                + " \"reserved\": [{\"group\": \"FEMALE\", \"minShare\": 100}]}"));
        request.set("quotas", quotas);
        byte[] bytes = JSON.writeValueAsBytes(request);

        long[] ab = wholeAndInParts(bytes, "women.json");

        assertSameRows("SELECT seq, award, unit_code, ranking_json FROM evaluation_ranking WHERE run_id = ? ORDER BY seq", ab);
        assertSameRows("SELECT seq, subject_id, priority_groups, selected FROM run_result_row WHERE run_id = ? ORDER BY seq", ab);
    }

    /**
     * Register entries of an individual, a collective and a household: a run read whole reads them in one query,
     * ordered by subject id; read in parts, a part at a time (individuals, collectives, households).
     */
    @Test
    void whatWasReadFromTheRegisterIsKeptAsARunReadWholeKeepsIt() throws Exception {
        // Subject ids of this test's own, so that no other test's run reads these register entries.
        String text = Files.readString(Path.of("data/commune-300.json"), StandardCharsets.UTF_8)
                .replace("\"CN-", "\"RVW-CN-").replace("\"TT-", "\"RVW-TT-").replace("\"HO-", "\"RVW-HO-");
        RegisterRows register = new RegisterRows(jdbc, seals, transactionManager);
        register.entry("RVW-CN-0000001", "INDIVIDUAL", "LAO_DONG_TIEN_TIEN", 2024, "RVW-1", "IMPORTED");
        register.entry("RVW-TT-00001", "COLLECTIVE", "TAP_THE_LAO_DONG_TIEN_TIEN", 2024, "RVW-2", "IMPORTED");
        register.entry("RVW-HO-0000001", "HOUSEHOLD", "GIA_DINH_VAN_HOA", 2024, "RVW-3", "IMPORTED");

        long[] ab = wholeAndInParts(text.getBytes(StandardCharsets.UTF_8), "register.json");

        assertSameRows("SELECT register_json, warnings_json FROM evaluation_run WHERE id = ?", ab);
    }

    /**
     * The collectives are one part of a request read in parts; with thousands of decisions they are stored a few
     * thousand at a time (not held until the part ends): the same rows as the run read whole.
     */
    @Test
    void manyCollectivesAreStoredAsTheRunReadWholeStoresThem() throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("data/commune-300.json")));
        ArrayNode collectives = JSON.createArrayNode();
        ArrayNode template = (ArrayNode) request.get("collectives");
        for (int i = 0; i < 1_000; i++) {
            ObjectNode c = (ObjectNode) template.get(i % template.size()).deepCopy();
            c.put("id", "MANY-TT-" + i);
            collectives.add(c);
        }
        request.set("collectives", collectives);

        long[] ab = wholeAndInParts(JSON.writeValueAsBytes(request), "many.json");

        assertThat(rows("SELECT COUNT(*) FROM evaluation_decision WHERE run_id = ? AND subject_kind = 'COLLECTIVE'", ab[1]).get(0).get(0))
                .as("more collective decisions than are held at once").isEqualTo(6_000L);
        assertSameRows("SELECT decision_count, warnings_json FROM evaluation_run WHERE id = ?", ab);
        assertSameRows("SELECT " + RunColumns.names(RunColumns.DECISION) + ", criteria_json FROM evaluation_decision"
                + " WHERE run_id = ? ORDER BY seq", ab);
        assertSameRows("SELECT seq, subject_id, subject_name, unit_code, unit_name, award, outcome, requires_judgement, priority_groups,"
                + " selected FROM run_result_row WHERE run_id = ? ORDER BY seq", ab);
        assertSameRows("SELECT subject_id, subject_kind, unit_code, occupation, leader, priority_groups FROM run_subject"
                + " WHERE run_id = ? ORDER BY subject_id", ab);
        assertSameRows("SELECT seq, award, unit_code, ranking_json FROM evaluation_ranking WHERE run_id = ? ORDER BY seq", ab);
    }

    private long[] wholeAndInParts(byte[] request, String name) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, request);
        Evaluation whole = runs.evaluateAndStore(request);
        RequestFile parts = reader.file(file);
        BulkEvaluation.Summary summary = runs.evaluateAndStoreStreamed(parts, parts.check(), new ByteArrayOutputStream(),
                phase -> { }, Progress.NONE);
        return new long[] {whole.runId(), summary.runId()};
    }

    private void assertSameRows(String sql, long[] ab) {
        assertThat(rows(sql, ab[1])).as(sql).isEqualTo(rows(sql, ab[0]));
    }

    private List<List<Object>> rows(String sql, long run) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(sql, run)) {
            rows.add(new ArrayList<>(row.values()));
        }
        return rows;
    }
}

package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.doAnswer;

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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.thidua.dossier.RequestFile;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.evaluation.BulkEvaluation;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.evaluation.RunNotStoredException;
import vn.thidua.system.Progress;
import vn.thidua.testing.DatabaseProfiles;

/**
 * A ranking whose JSON is over the part size (V34; 128 KiB by default, 1 KiB here so that the sample commune's ranking
 * is one) is stored in parts of whole characters with ranking_json NULL, by a run read whole and by a run stored in
 * parts alike; it reads back equal, verifies and replays; a changed or removed part is named by `audit verify`; a part
 * the database refuses fails the run as any database failure does, leaving nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "thidua.audit.ranking-part-bytes=1024")
@ActiveProfiles(resolver = DatabaseProfiles.class)
class RankingPartsIntegrationTests {

    private static final int PART = 1024;

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
    private JsonMapper json;
    @MockitoSpyBean
    private JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @Test
    void storesALargeRankingInPartsOfWholeCharactersThatReadBackVerifyAndReplay() throws Exception {
        Path request = folder.resolve("commune-with-quotas.json");
        Files.write(request, communeWithQuotas());
        Evaluation whole = runs.evaluateAndStore(Files.readAllBytes(request));
        RequestFile file = reader.file(request);
        BulkEvaluation.Summary inParts = runs.evaluateAndStoreStreamed(file, file.check(), new ByteArrayOutputStream(),
                phase -> { }, Progress.NONE);
        sealer.sealWaiting();
        long a = whole.runId();
        long b = inParts.runId();
        assertThat(whole.rankings()).hasSize(2);

        for (int seq = 0; seq < whole.rankings().size(); seq++) {
            String expected = json.writeValueAsString(whole.rankings().get(seq));
            assertThat(expected.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(PART);
            for (long run : List.of(a, b)) {
                assertThat(jdbc.queryForObject("SELECT ranking_json FROM evaluation_ranking WHERE run_id = ? AND seq = ?", String.class,
                        run, seq)).isNull();
                List<String> parts = jdbc.queryForList("SELECT content FROM evaluation_ranking_part WHERE run_id = ? AND seq = ?"
                        + " ORDER BY part", String.class, run, seq);
                assertThat(parts).hasSizeGreaterThan(1);
                assertThat(parts).allSatisfy(part -> assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(PART));
                // One after the other they are the ranking's JSON: no character was cut in two.
                assertThat(String.join("", parts)).isEqualTo(expected);
            }
        }
        // Vietnamese reasons: some part ends before its last byte, where a character would have been cut.
        assertThat(jdbc.queryForList("SELECT content FROM evaluation_ranking_part WHERE run_id = ?", String.class, a))
                .anySatisfy(part -> assertThat(part.getBytes(StandardCharsets.UTF_8).length).isBetween(PART - 3, PART - 1));

        // The same rows whichever way the run was stored, and the rankings read back equal to those evaluated.
        String parts = "SELECT seq, part, content FROM evaluation_ranking_part WHERE run_id = ? ORDER BY seq, part";
        assertThat(jdbc.queryForList(parts, b).stream().map(Map::values).map(List::copyOf).toList())
                .isEqualTo(jdbc.queryForList(parts, a).stream().map(Map::values).map(List::copyOf).toList());
        assertThat(stored.rankings(a).orElseThrow()).isEqualTo(whole.rankings());
        assertThat(stored.rankings(b).orElseThrow()).isEqualTo(whole.rankings());

        ChainReport verified = chain.verify();
        assertThat(verified.intact()).as(verified.differences().toString()).isTrue();
        for (long run : List.of(a, b)) {
            ReplayReport replayed = replay.replay(run).orElseThrow();
            assertThat(replayed.differences()).isEmpty();
            assertThat(replayed.identical()).isTrue();
        }
    }

    @Test
    void namesAChangedARemovedAndAnAddedPart() throws Exception {
        long run = runs.evaluateAndStore(communeWithQuotas()).runId();
        sealer.sealWaiting();
        Tampering tamper = new Tampering(jdbc);
        Object[] first = {run};

        String content = jdbc.queryForObject("SELECT content FROM evaluation_ranking_part WHERE run_id = ? AND seq = 0 AND part = 0",
                String.class, run);
        assertNamed(tamper.updated("evaluation_ranking_part", "content", content.replace("CN-", "CX-"),
                "run_id = ? AND seq = 0 AND part = 0", first, this::records), run);
        int last = jdbc.queryForObject("SELECT MAX(part) FROM evaluation_ranking_part WHERE run_id = ? AND seq = 0", Integer.class, run);
        assertNamed(tamper.deleted("evaluation_ranking_part", "run_id = ? AND seq = 0 AND part = " + last, first, this::records), run);
        // Every part of the run removed: the table is no longer in what the rows give, and is named as missing.
        RecordChainReport allGone = tamper.deleted("evaluation_ranking_part", "run_id = ?", first, this::records);
        assertNamed(allGone, run);
        assertThat(allGone.differences()).anySatisfy(d -> assertThat(d).contains("evaluation_ranking_part").contains("missing"));
        assertNamed(tamper.insertedCopy("evaluation_ranking_part", "run_id = ? AND seq = 0 AND part = 0", first,
                Map.of("run_id", run, "seq", 0, "part", 999), this::records), run);

        ChainReport restored = chain.verify();
        assertThat(restored.intact()).as(restored.differences().toString()).isTrue();
    }

    @Test
    void aPartTheDatabaseRefusesFailsTheRunAsADatabaseFailureAndLeavesNothing() throws Exception {
        Path request = folder.resolve("commune-with-quotas.json");
        Files.write(request, communeWithQuotas());
        RequestFile file = reader.file(request);
        List<Long> before = counts();
        // The second write of the same part collides with the first on (run_id, seq, part): a real database failure while
        // Jackson writes the ranking, as a connection killed then would be.
        doAnswer(call -> {
            call.callRealMethod();
            return call.callRealMethod();
        }).when(jdbc).update(startsWith("INSERT INTO evaluation_ranking_part"), any(Object[].class));

        assertThatThrownBy(() -> runs.evaluateAndStore(communeWithQuotas())).isInstanceOf(RunNotStoredException.class)
                .hasCauseInstanceOf(DuplicateKeyException.class).hasMessageContaining("nothing of it was kept");
        assertThatThrownBy(() -> runs.evaluateAndStoreStreamed(file, file.check(), new ByteArrayOutputStream(), phase -> { },
                Progress.NONE)).isInstanceOf(RunNotStoredException.class).hasCauseInstanceOf(DuplicateKeyException.class);

        assertThat(counts()).isEqualTo(before);
    }

    private List<Long> counts() {
        List<Long> counts = new ArrayList<>();
        for (String table : List.of("evaluation_run", "evaluation_decision", "evaluation_ranking", "evaluation_ranking_part",
                "run_result_row", "evaluation_run_seal")) {
            counts.add(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        return counts;
    }

    private RecordChainReport records() {
        return chain.verify().records();
    }

    private static void assertNamed(RecordChainReport report, long run) {
        assertThat(report.intact()).as("altered").isFalse();
        assertThat(report.firstAlteredKind()).as(report.differences().toString()).isEqualTo(RecordKind.RANKING.name());
        assertThat(report.firstAlteredKey()).isEqualTo(Long.toString(run));
        assertThat(report.tables()).contains("evaluation_ranking_part");
    }

    // The sample commune with two quotas over the whole commune, so the run has two rankings of every candidate.
    private byte[] communeWithQuotas() {
        ObjectNode request = (ObjectNode) json.readTree(SampleRequests.commune());
        var quotas = request.putArray("quotas");
        quotas.addObject().put("award", "LAO_DONG_TIEN_TIEN").put("unit", "XA-DARSAL").put("maxCount", 1);
        quotas.addObject().put("award", "GIAY_KHEN_CHU_TICH_UBND_XA").put("unit", "XA-DARSAL").put("maxCount", 2);
        return json.writeValueAsBytes(request);
    }
}

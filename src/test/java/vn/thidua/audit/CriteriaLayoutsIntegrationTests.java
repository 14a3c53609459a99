package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.history.RegisterReading;
import vn.thidua.system.Progress;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.StoredRows;

/**
 * Runs stored with their criteria as one document per decision (from V31 on) and runs stored with a row
 * per criterion (before V31): both read the same decisions, replay without difference and verify, and a
 * changed criterion in either is named by {@code audit verify}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class CriteriaLayoutsIntegrationTests {

    @Autowired
    private EvaluationRuns runs;

    @Autowired
    private StoredRuns stored;

    @Autowired
    private RunLedger ledger;

    @Autowired
    private RuleSetRegistry registry;

    @Autowired
    private RegisterReading register;

    @Autowired
    private RequestReader reader;

    @Autowired
    private AuditReplay replay;

    @Autowired
    private AuditChain chain;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DecisionStore store;

    @Test
    void storesOneRowPerDecisionWithItsCriteriaAndReplaysAndVerifiesIt() {
        Evaluation evaluation = runs.evaluateAndStore(SampleRequests.commune());
        long run = evaluation.runId();

        assertThat(new StoredRows(jdbc).layout(run)).isEqualTo(DecisionStore.CITED);
        assertThat(count("SELECT COUNT(*) FROM evaluation_criterion WHERE run_id = ?", run)).isZero();
        // Each distinct citation once, not once per criterion; no document holds a citation.
        long criteria = evaluation.decisions().stream().mapToLong(d -> d.criteria().size()).sum();
        long distinct = evaluation.decisions().stream().flatMap(d -> d.criteria().stream()).map(c -> c.citation()).distinct().count();
        assertThat(count("SELECT COUNT(*) FROM evaluation_citation WHERE run_id = ?", run)).isEqualTo(distinct).isLessThan(criteria);
        assertThat(count("SELECT COUNT(*) FROM evaluation_decision WHERE run_id = ? AND criteria_json LIKE ?", run,
                "%\"citation\":%")).isZero();
        assertThat(count("SELECT COUNT(*) FROM evaluation_decision WHERE run_id = ? AND criteria_json LIKE ?", run,
                "%\"cite\":%")).isEqualTo(evaluation.decisions().stream().filter(d -> !d.criteria().isEmpty()).count());
        assertThat(count("SELECT COUNT(*) FROM evaluation_decision WHERE run_id = ? AND criteria_json IS NOT NULL", run))
                .isEqualTo(evaluation.decisions().size());
        ReplayReport report = replay.replay(run).orElseThrow();
        assertThat(report.differences()).isEmpty();
        assertThat(report.identical()).isTrue();
        ChainReport verified = chain.verify();
        assertThat(verified.intact()).as(verified.differences().toString()).isTrue();
        List<EligibilityDecision> read = stored.decisions(run, null, null, null).orElseThrow();
        assertThat(read).extracting(EligibilityDecision::subjectId)
                .containsExactlyElementsOf(evaluation.decisions().stream().map(EligibilityDecision::subjectId).toList());
        assertThat(read.get(0).criteria()).extracting(c -> c.id() + " " + c.result() + " " + c.explanation() + " " + c.citation())
                .containsExactlyElementsOf(evaluation.decisions().get(0).criteria().stream()
                        .map(c -> c.id() + " " + c.result() + " " + c.explanation() + " " + c.citation()).toList());
    }

    @Test
    void namesTheRunAndDecisionWhoseCriteriaDocumentWasChanged() {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        runs.evaluateAndStore(SampleRequests.commune());
        StoredRows rows = new StoredRows(jdbc);

        StoredRows.Altered<ChainReport> altered = rows.withCriterionMarkedMetInDocument(run, chain::verify);
        StoredRows.Altered<ReplayReport> replayed = rows.withCriterionMarkedMetInDocument(run,
                () -> replay.replay(run).orElseThrow());

        ChainReport report = altered.value();
        assertThat(report.intact()).isFalse();
        assertThat(report.firstAlteredRunId()).isEqualTo(run);
        assertThat(report.differences()).anySatisfy(d -> assertThat(d).contains("criteria documents").contains("run " + run));
        assertThat(report.differences()).anySatisfy(d -> assertThat(d)
                .startsWith("decision " + altered.decisionSeq() + " of run " + run + " (").contains("criteria_json"));
        assertThat(replayed.value().identical()).isFalse();
        assertThat(replayed.value().differences()).anySatisfy(d -> assertThat(d).contains("result stored MET, replayed NOT_MET"));
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void namesTheRunWhoseDocumentsHashWasChangedWithItsDocument() {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        StoredRows rows = new StoredRows(jdbc);
        String document = jdbc.queryForObject("SELECT criteria_json FROM evaluation_decision WHERE run_id = ? AND seq = 0",
                String.class, run);
        String sha = jdbc.queryForObject("SELECT criteria_sha256 FROM evaluation_decision WHERE run_id = ? AND seq = 0",
                String.class, run);
        String changed = document.replaceFirst("\"result\":\"[A-Z_]+\"", "\"result\":\"JUDGEMENT\"");
        assertThat(changed).isNotEqualTo(document);

        // The document and the hash beside it changed together: the decision rows' sealed hash no longer matches.
        jdbc.update("UPDATE evaluation_decision SET criteria_json = ?, criteria_sha256 = ? WHERE run_id = ? AND seq = 0",
                changed, DecisionStore.sha256(changed), run);
        ChainReport report;
        try {
            report = chain.verify();
        } finally {
            jdbc.update("UPDATE evaluation_decision SET criteria_json = ?, criteria_sha256 = ? WHERE run_id = ? AND seq = 0",
                    document, sha, run);
        }

        assertThat(report.intact()).isFalse();
        assertThat(report.firstAlteredRunId()).isEqualTo(run);
        assertThat(report.differences()).anySatisfy(d -> assertThat(d).contains("decision rows").contains("run " + run));
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void readsReplaysAndVerifiesARunStoredWithARowPerCriterionAsBeforeTheMigration() {
        byte[] request = SampleRequests.commune();
        Evaluation evaluation = runs.prepare(request).evaluation();
        RuleSet ruleSet = registry.active();
        String registerJson = register.snapshot(register.complete(reader.read(new ByteArrayInputStream(request)),
                ruleSet.awards()::name));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Long old = transactions.execute(status -> ledger.append(request, registerJson, evaluation, ruleSet, now, Progress.NONE,
                null));
        long current = runs.evaluateAndStore(request).runId();

        assertThat(new StoredRows(jdbc).documents(old)).isFalse();
        assertThat(count("SELECT COUNT(*) FROM evaluation_criterion WHERE run_id = ?", old))
                .isEqualTo(evaluation.decisions().stream().mapToLong(d -> d.criteria().size()).sum());
        // Every reader (results, decision page, REST, exports) reads the same decisions from either layout.
        assertThat(stored.decisions(old, null, null, null).orElseThrow())
                .isEqualTo(stored.decisions(current, null, null, null).orElseThrow());
        EligibilityDecision first = evaluation.decisions().get(0);
        assertThat(stored.decisions(old, first.subjectId(), first.award(), null).orElseThrow())
                .isNotEmpty().isEqualTo(stored.decisions(current, first.subjectId(), first.award(), null).orElseThrow());
        ReplayReport report = replay.replay(old).orElseThrow();
        assertThat(report.differences()).isEmpty();
        ChainReport verified = chain.verify();
        assertThat(verified.intact()).as(verified.differences().toString()).isTrue();
        ChainReport altered = new StoredRows(jdbc).withCriterionMarkedMet(old, chain::verify);
        assertThat(altered.firstAlteredRunId()).isEqualTo(old);
        assertThat(altered.differences()).anySatisfy(d -> assertThat(d).contains("criterion rows (evaluation_criterion of run " + old));
    }

    @Test
    void readsACitedRunAsTheSameDecisionsAsARunWithCitationsInsideItsDocuments() {
        byte[] request = SampleRequests.commune();
        long older = storeAs(request, DecisionStore.DOCUMENT);
        long cited = runs.evaluateAndStore(request).runId();

        assertThat(new StoredRows(jdbc).layout(older)).isEqualTo(DecisionStore.DOCUMENT);
        assertThat(count("SELECT COUNT(*) FROM evaluation_citation WHERE run_id = ?", older)).isZero();
        // The CriterionOutcome objects read back are the same, citations included, by every reader.
        List<EligibilityDecision> read = stored.decisions(cited, null, null, null).orElseThrow();
        assertThat(read).isEqualTo(stored.decisions(older, null, null, null).orElseThrow());
        EligibilityDecision first = read.get(0);
        assertThat(stored.decisions(cited, first.subjectId(), first.award(), null).orElseThrow())
                .containsExactly(first).isEqualTo(stored.decisions(older, first.subjectId(), first.award(), null).orElseThrow());
        assertThat(replay.replay(older).orElseThrow().differences()).isEmpty();
        assertThat(replay.replay(cited).orElseThrow().differences()).isEmpty();
        ChainReport verified = chain.verify();
        assertThat(verified.intact()).as(verified.differences().toString()).isTrue();
        StoredRows.Altered<ChainReport> altered = new StoredRows(jdbc).withCriterionMarkedMetInDocument(older, chain::verify);
        assertThat(altered.value().firstAlteredRunId()).isEqualTo(older);
        assertThat(altered.value().differences()).anySatisfy(d -> assertThat(d)
                .contains("criteria documents (evaluation_decision.criteria_json of run " + older + ")"));
    }

    @Test
    void namesTheRunAndCitationWhoseTitleWasChanged() {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        runs.evaluateAndStore(SampleRequests.commune());
        StoredRows rows = new StoredRows(jdbc);
        String title = jdbc.queryForObject("SELECT citation_title FROM evaluation_citation WHERE run_id = ? AND seq = 0",
                String.class, run);

        ChainReport report = rows.withCitationTitleChanged(run, "Luật đã sửa", chain::verify);
        ReplayReport replayed = rows.withCitationTitleChanged(run, "Luật đã sửa", () -> replay.replay(run).orElseThrow());

        assertThat(report.intact()).isFalse();
        assertThat(report.firstAlteredRunId()).isEqualTo(run);
        assertThat(report.differences()).anySatisfy(d -> assertThat(d).contains("criteria documents and citations")
                .contains("evaluation_citation of run " + run));
        assertThat(report.differences()).anySatisfy(d -> assertThat(d).startsWith("citation 0 of run " + run + " (Luật đã sửa)")
                .contains("evaluation_citation"));
        assertThat(replayed.identical()).isFalse();
        assertThat(replayed.differences()).anySatisfy(d -> assertThat(d).contains("citation_title stored Luật đã sửa, replayed " + title));
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void namesTheRunWhoseCitationWasChangedWithTheHashRecordedBesideIt() {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        Map<String, Object> original = jdbc.queryForMap("SELECT citation_href, citation_sha256 FROM evaluation_citation"
                + " WHERE run_id = ? AND seq = 0", run);
        jdbc.update("UPDATE evaluation_citation SET citation_href = ? WHERE run_id = ? AND seq = 0", "https://example.invalid/", run);
        String rehashed = jdbc.queryForObject("SELECT " + RunColumns.names(RunColumns.CITATION) + " FROM evaluation_citation"
                + " WHERE run_id = ? AND seq = 0", (rs, n) -> new RunDigest().row(RunColumns.read(RunColumns.CITATION, rs)).hex(), run);
        jdbc.update("UPDATE evaluation_citation SET citation_sha256 = ? WHERE run_id = ? AND seq = 0", rehashed, run);
        ChainReport report;
        try {
            report = chain.verify();
        } finally {
            jdbc.update("UPDATE evaluation_citation SET citation_href = ?, citation_sha256 = ? WHERE run_id = ? AND seq = 0",
                    original.get("citation_href"), original.get("citation_sha256"), run);
        }

        assertThat(report.intact()).isFalse();
        assertThat(report.firstAlteredRunId()).isEqualTo(run);
        assertThat(report.differences()).anySatisfy(d -> assertThat(d).contains("criteria documents and citations")
                .contains("evaluation_citation of run " + run));
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void storesARunWhoseDecisionsArriveInSeveralBatchesAsInOne() {
        byte[] request = SampleRequests.commune();
        List<EligibilityDecision> decisions = runs.prepare(request).evaluation().decisions();
        long whole = storeAs(request, DecisionStore.CITED, null);
        List<Map<String, Object>> wholeCitations = citations(whole);
        Map<String, Object> wholeSeal = seal(whole);
        List<EligibilityDecision> wholeRead = stored.decisions(whole, null, null, null).orElseThrow();

        // Rolled back: the header stored with no decisions counts none, and the seal is rewritten by hand.
        transactions.executeWithoutResult(status -> {
            long batched = storeAs(request, DecisionStore.CITED, List.of());
            RunDigest decisionRows = new RunDigest();
            RunDigest criterionRows = new RunDigest();
            int half = decisions.size() / 2;
            store.insert(batched, 0, decisions.subList(0, half), decisionRows, criterionRows, Progress.NONE);
            store.insert(batched, half, decisions.subList(half, decisions.size()), decisionRows, criterionRows, Progress.NONE);
            jdbc.update("UPDATE evaluation_run_seal SET decisions_sha256 = ?, criteria_sha256 = ? WHERE run_id = ?",
                    decisionRows.hex(), criterionRows.hex(), batched);

            assertThat(citations(batched)).isEqualTo(wholeCitations);
            assertThat(seal(batched)).isEqualTo(wholeSeal);
            assertThat(stored.decisions(batched, null, null, null).orElseThrow()).isEqualTo(wholeRead);
            status.setRollbackOnly();
        });
    }

    private List<Map<String, Object>> citations(long run) {
        return jdbc.queryForList("SELECT seq, decision_seq, citation_title, citation_href, citation_sha256 FROM evaluation_citation"
                + " WHERE run_id = ? ORDER BY seq", run);
    }

    private Map<String, Object> seal(long run) {
        return jdbc.queryForMap("SELECT decisions_sha256, criteria_sha256 FROM evaluation_run_seal WHERE run_id = ?", run);
    }

    /** Stores the request's evaluation as a run of a given criteria layout, as the application did when it was current. */
    private long storeAs(byte[] request, String layout) {
        return storeAs(request, layout, null);
    }

    /** As {@link #storeAs(byte[], String)}, but with these decisions (null: all) in the run. */
    private long storeAs(byte[] request, String layout, List<EligibilityDecision> decisions) {
        Evaluation e = runs.prepare(request).evaluation();
        Evaluation evaluation = decisions == null ? e
                : new Evaluation(e.schemaVersion(), e.runId(), e.ruleSet(), e.period(), decisions, e.rankings(), e.warnings());
        RuleSet ruleSet = registry.active();
        String registerJson = register.snapshot(register.complete(reader.read(new ByteArrayInputStream(request)),
                ruleSet.awards()::name));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Long id = transactions.execute(status -> ledger.append(request, registerJson, evaluation, ruleSet, now,
                Progress.NONE, layout));
        return id;
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}

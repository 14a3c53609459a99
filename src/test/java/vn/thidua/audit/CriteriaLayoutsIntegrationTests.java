package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

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

    @Test
    void storesOneRowPerDecisionWithItsCriteriaAndReplaysAndVerifiesIt() {
        Evaluation evaluation = runs.evaluateAndStore(SampleRequests.commune());
        long run = evaluation.runId();

        assertThat(new StoredRows(jdbc).documents(run)).isTrue();
        assertThat(count("SELECT COUNT(*) FROM evaluation_criterion WHERE run_id = ?", run)).isZero();
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
                false));
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

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}

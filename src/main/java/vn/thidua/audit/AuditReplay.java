package vn.thidua.audit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.ValidationException;
import vn.thidua.eligibility.CriterionOutcome;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.EligibilityService;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetException;
import vn.thidua.history.CompletedRequest;
import vn.thidua.history.RegisterReading;

/**
 * Replays a stored run: rebuilds its rule set from the stored files, completes the stored request
 * from what the run read from the register (when it read anything), evaluates it again, and compares
 * what would be stored with what is stored. Nothing is written.
 */
@Service
public class AuditReplay {

    private final RunRows rows;
    private final RuleSetArchive archive;
    private final RequestReader reader;
    private final EligibilityService eligibility;
    private final DecisionStore store;
    private final RegisterReading history;
    private final JsonMapper json;

    AuditReplay(RunRows rows, RuleSetArchive archive, RequestReader reader,
            EligibilityService eligibility, DecisionStore store, RegisterReading history, JsonMapper json) {
        this.history = history;
        this.rows = rows;
        this.archive = archive;
        this.reader = reader;
        this.eligibility = eligibility;
        this.store = store;
        this.json = json;
    }

    /** Replays a run; empty when no run has this id. */
    public Optional<ReplayReport> replay(long runId) {
        List<String> header = rows.header(runId);
        if (header == null) {
            return Optional.empty();
        }
        String version = RunRows.value(header, "rule_set_version");
        ReplayComparison comparison = new ReplayComparison();
        List<List<String>> stored = new ArrayList<>();
        List<List<String>> storedCriteria = new ArrayList<>();
        rows.decisions(runId, stored::add);
        store.criterionRows(runId, storedCriteria::add);
        String requestJson = RunRows.value(header, "request_json");
        // A request too large to hold whole when it was evaluated is stored in parts (V32); replaying it reads it whole.
        byte[] request = requestJson == null ? rows.requestParts(runId) : requestJson.getBytes(StandardCharsets.UTF_8);
        if (!RunDigest.of(request).equals(RunRows.value(header, "request_sha256"))) {
            comparison.add("the stored request (" + (requestJson == null ? "evaluation_request_part" : "request_json")
                    + ") no longer has its recorded SHA-256 "
                    + RunRows.value(header, "request_sha256"));
        }
        Optional<RuleSet> ruleSet = rebuild(version, comparison);
        if (ruleSet.isPresent()) {
            evaluate(request, ruleSet.get(), header, rows.layout(runId), stored, storedCriteria, comparison);
        }
        List<String> differences = comparison.differences();
        return Optional.of(new ReplayReport(runId, version, differences.isEmpty(), stored.size(), differences));
    }

    private void evaluate(byte[] requestJson, RuleSet ruleSet, List<String> header, String layout, List<List<String>> stored,
            List<List<String>> storedCriteria, ReplayComparison comparison) {
        EvaluationRequest request;
        try {
            request = reader.read(new ByteArrayInputStream(requestJson));
        } catch (ValidationException e) {
            comparison.add("the stored request is no longer a valid request: " + e.errors());
            return;
        }
        // The register as the run read it, not as it is now: entries recorded or revoked since do not count.
        CompletedRequest completed;
        try {
            completed = history.replay(request, RunRows.register(header), ruleSet.awards()::name);
        } catch (RuntimeException e) {
            comparison.add("what the run read from the register (register_json) can no longer be read: " + e.getMessage());
            return;
        }
        Evaluation evaluation = completed.annotate(eligibility.evaluate(completed.request(), ruleSet));
        List<List<String>> replayed = new ArrayList<>();
        List<List<String>> replayedCriteria = new ArrayList<>();
        boolean cited = DecisionStore.CITED.equals(layout);
        RunCitations citations = new RunCitations();
        for (int seq = 0; seq < evaluation.decisions().size(); seq++) {
            EligibilityDecision d = evaluation.decisions().get(seq);
            // What would be stored in the run's layout: with documents, the document and its hash in the decision
            // row, and the criteria compared as read back from it (with the citations cited as they would be
            // stored, for a run of cited documents), as the stored ones are.
            String document = layout == null ? null : cited ? store.document(d.criteria(), seq, citations) : store.document(d.criteria());
            replayed.add(RunColumns.canonical(RunColumns.DECISION,
                    store.decisionValues(seq, d, document == null ? null : DecisionStore.sha256(document))));
            List<CriterionOutcome> criteria = layout == null ? d.criteria()
                    : cited ? store.criteria(document, citations) : store.criteria(document);
            for (int c = 0; c < criteria.size(); c++) {
                replayedCriteria.add(RunColumns.canonical(RunColumns.CRITERION, store.criterionValues(seq, c, criteria.get(c))));
            }
        }
        String warnings = json.writeValueAsString(evaluation.warnings());
        if (!warnings.equals(RunRows.value(header, "warnings_json"))) {
            comparison.add("run warnings stored " + RunRows.value(header, "warnings_json") + ", replayed " + warnings);
        }
        comparison.decisions(stored, replayed, storedCriteria, replayedCriteria);
    }

    private Optional<RuleSet> rebuild(String version, ReplayComparison comparison) {
        try {
            Optional<RuleSet> ruleSet = archive.load(version, Instant.EPOCH);
            if (ruleSet.isEmpty()) {
                comparison.add("the rule set " + version + " is not stored (the run predates stored versions): it cannot be replayed");
            }
            return ruleSet;
        } catch (RuleSetException e) {
            comparison.add("the stored rule set " + version + " no longer loads: " + e.problems());
        } catch (IllegalStateException e) {
            comparison.add(e.getMessage());
        }
        return Optional.empty();
    }
}

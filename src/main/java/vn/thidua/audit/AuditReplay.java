package vn.thidua.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.ValidationException;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.EligibilityService;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetException;
import vn.thidua.eligibility.engine.RuleSetLoader;

/**
 * Replays a stored run: rebuilds its rule set from the stored files, evaluates the stored request
 * again, and compares what would be stored with what is stored. Nothing is written.
 */
@Service
public class AuditReplay {

    private final RunRows rows;
    private final RuleSetArchive archive;
    private final RuleSetLoader loader;
    private final RequestReader reader;
    private final EligibilityService eligibility;
    private final DecisionStore store;
    private final JsonMapper json;

    AuditReplay(RunRows rows, RuleSetArchive archive, RuleSetLoader loader, RequestReader reader,
            EligibilityService eligibility, DecisionStore store, JsonMapper json) {
        this.rows = rows;
        this.archive = archive;
        this.loader = loader;
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
        rows.criteria(runId, storedCriteria::add);
        byte[] request = RunRows.value(header, "request_json").getBytes(StandardCharsets.UTF_8);
        if (!EvaluationRuns.sha256(request).equals(RunRows.value(header, "request_sha256"))) {
            comparison.add("the stored request (request_json) no longer has its recorded SHA-256 "
                    + RunRows.value(header, "request_sha256"));
        }
        Optional<RuleSet> ruleSet = rebuild(version, comparison);
        if (ruleSet.isPresent()) {
            evaluate(request, ruleSet.get(), header, stored, storedCriteria, comparison);
        }
        List<String> differences = comparison.differences();
        return Optional.of(new ReplayReport(runId, version, differences.isEmpty(), stored.size(), differences));
    }

    private void evaluate(byte[] requestJson, RuleSet ruleSet, List<String> header, List<List<String>> stored,
            List<List<String>> storedCriteria, ReplayComparison comparison) {
        EvaluationRequest request;
        try {
            request = reader.read(new ByteArrayInputStream(requestJson));
        } catch (ValidationException e) {
            comparison.add("the stored request is no longer a valid request: " + e.errors());
            return;
        }
        Evaluation evaluation = eligibility.evaluate(request, ruleSet);
        List<List<String>> replayed = new ArrayList<>();
        List<List<String>> replayedCriteria = new ArrayList<>();
        for (int seq = 0; seq < evaluation.decisions().size(); seq++) {
            EligibilityDecision d = evaluation.decisions().get(seq);
            replayed.add(RunColumns.canonical(RunColumns.DECISION, store.decisionValues(seq, d)));
            for (int c = 0; c < d.criteria().size(); c++) {
                replayedCriteria.add(RunColumns.canonical(RunColumns.CRITERION, store.criterionValues(seq, c, d.criteria().get(c))));
            }
        }
        String warnings = json.writeValueAsString(evaluation.warnings());
        if (!warnings.equals(RunRows.value(header, "warnings_json"))) {
            comparison.add("run warnings stored " + RunRows.value(header, "warnings_json") + ", replayed " + warnings);
        }
        comparison.decisions(stored, replayed, storedCriteria, replayedCriteria);
    }

    private Optional<RuleSet> rebuild(String version, ReplayComparison comparison) {
        Optional<Map<String, byte[]>> files = archive.files(version);
        if (files.isEmpty()) {
            comparison.add("the rule set " + version + " is not stored (the run predates stored versions): it cannot be replayed");
            return Optional.empty();
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("thidua-replay-");
            for (Map.Entry<String, byte[]> file : files.get().entrySet()) {
                Path path = dir.resolve(file.getKey()).normalize();
                if (!path.startsWith(dir)) {
                    throw new IllegalStateException("stored rule file outside the rules folder: " + file.getKey());
                }
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            RuleSet ruleSet = loader.load(dir);
            if (!ruleSet.version().equals(version)) {
                comparison.add("the stored files of " + version + " now give version " + ruleSet.version());
            }
            return Optional.of(ruleSet);
        } catch (RuleSetException e) {
            comparison.add("the stored rule set " + version + " no longer loads: " + e.problems());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind holds only a copy of stored rule files.
        }
    }
}

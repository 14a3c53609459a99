package vn.thidua.audit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Period;
import vn.thidua.dossier.RequestReader;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.EligibilityService;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.RuleSetInfo;
import vn.thidua.eligibility.Warning;
import vn.thidua.ranking.Ranker;
import vn.thidua.ranking.Ranking;

/**
 * Evaluation runs: a request is read, evaluated, ranked under its quotas and stored as one
 * append-only record (the request as received, the rule-set version, every decision with its
 * criteria, the rankings) in one transaction, so an invalid request or a failure stores nothing and
 * earlier runs stay as they were.
 */
@Service
public class EvaluationRuns {

    private static final TypeReference<List<Warning>> WARNINGS = new TypeReference<>() { };

    private final RequestReader reader;
    private final EligibilityService eligibility;
    private final EvaluationRunRepository runs;
    private final DecisionStore decisions;
    private final Ranker ranker;
    private final RankingStore rankings;
    private final JsonMapper json;
    private final Clock clock;

    EvaluationRuns(RequestReader reader, EligibilityService eligibility, EvaluationRunRepository runs,
            DecisionStore decisions, Ranker ranker, RankingStore rankings, JsonMapper json, Clock clock) {
        this.reader = reader;
        this.eligibility = eligibility;
        this.runs = runs;
        this.decisions = decisions;
        this.ranker = ranker;
        this.rankings = rankings;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Reads, evaluates and stores a request given as the bytes received.
     *
     * @return the evaluation with the id of its stored run
     * @throws vn.thidua.dossier.ValidationException when the request is invalid; nothing is stored
     */
    @Transactional
    public Evaluation evaluateAndStore(byte[] requestJson) {
        EvaluationRequest request = reader.read(new ByteArrayInputStream(requestJson));
        Evaluation evaluation = eligibility.evaluate(request);
        List<Ranking> ranked = ranker.rank(request, evaluation.decisions());
        long id = store(requestJson, evaluation, ranked);
        return evaluation.withRankings(ranked).withRunId(id);
    }

    private long store(byte[] requestJson, Evaluation evaluation, List<Ranking> ranked) {
        Period period = evaluation.period();
        EvaluationRunRecord run = runs.save(new EvaluationRunRecord(null, clock.instant(), evaluation.ruleSet().version(),
                evaluation.ruleSet().activatedAt(), period.year(), period.cutoffDate(), period.decisionDate(),
                sha256(requestJson), new String(requestJson, StandardCharsets.UTF_8), evaluation.decisions().size(),
                json.writeValueAsString(evaluation.warnings())));
        decisions.insert(run.id(), evaluation.decisions());
        rankings.insert(run.id(), ranked);
        return run.id();
    }

    /** A stored run as an evaluation result, or empty when no run has this id. */
    @Transactional(readOnly = true)
    public Optional<Evaluation> find(long runId) {
        return runs.findById(runId).map(run -> new Evaluation(1, run.id(),
                new RuleSetInfo(run.ruleSetVersion(), run.ruleSetActivatedAt()),
                new Period(run.periodYear(), run.cutoffDate(), run.decisionDate()),
                decisions.find(run.id(), null, null, null), List.of(), json.readValue(run.warningsJson(), WARNINGS))
                .withRankings(rankings.find(run.id())));
    }

    /** The rankings of a stored run in their order (empty when its request had no quota), or empty when no run has this id. */
    @Transactional(readOnly = true)
    public Optional<List<Ranking>> rankings(long runId) {
        return runs.findById(runId).map(run -> rankings.find(runId));
    }

    /**
     * Decisions of a stored run matching the filters (a null filter matches everything), in their
     * order; empty when the run does not exist.
     */
    @Transactional(readOnly = true)
    public Optional<List<EligibilityDecision>> decisions(long runId, String subjectId, String award, String outcome) {
        return runs.findById(runId).map(run -> decisions.find(runId, subjectId, award, outcome));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

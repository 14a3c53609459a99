package vn.thidua.audit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Period;
import vn.thidua.dossier.RequestReader;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.EligibilityService;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.RuleSetInfo;
import vn.thidua.eligibility.Warning;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.ranking.Rankers;
import vn.thidua.ranking.Ranking;

/**
 * Evaluation runs: a request is read, evaluated, ranked under its quotas and stored as one
 * append-only record (the request as received, the rule-set version, every decision with its
 * criteria, the rankings) in one transaction, sealed into the audit chain, so an invalid request or
 * a failure stores nothing and earlier runs stay as they were. The rule set is taken once, so a run
 * is on exactly one version, which is stored whole.
 */
@Service
public class EvaluationRuns {

    private static final TypeReference<List<Warning>> WARNINGS = new TypeReference<>() { };

    private final RequestReader reader;
    private final EligibilityService eligibility;
    private final EvaluationRunRepository runs;
    private final DecisionStore decisions;
    private final RunLedger ledger;
    private final RuleSetRegistry registry;
    private final Rankers rankers;
    private final RankingStore rankings;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;

    EvaluationRuns(RequestReader reader, EligibilityService eligibility, EvaluationRunRepository runs,
            DecisionStore decisions, RunLedger ledger, RuleSetRegistry registry, Rankers rankers, RankingStore rankings,
            JsonMapper json, Clock clock, PlatformTransactionManager transactionManager) {
        this.ledger = ledger;
        this.registry = registry;
        this.reader = reader;
        this.eligibility = eligibility;
        this.runs = runs;
        this.decisions = decisions;
        this.rankers = rankers;
        this.rankings = rankings;
        this.json = json;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Reads, evaluates and stores a request given as the bytes received. The evaluation runs outside
     * the transaction, so no database connection is held while the rules run; the run is then
     * written in one transaction, whole or not at all.
     *
     * @return the evaluation with the id of its stored run, equal to what {@link #find} reads back
     * @throws vn.thidua.dossier.ValidationException when the request is invalid; nothing is stored
     * @throws RunNotStoredException when the database fails while the run is written; nothing of it is kept
     */
    public Evaluation evaluateAndStore(byte[] requestJson) {
        return store(prepare(requestJson));
    }

    /**
     * Reads, evaluates and ranks a request given as the bytes received, and stores nothing.
     *
     * @throws vn.thidua.dossier.ValidationException when the request is invalid
     */
    public PreparedRun prepare(byte[] requestJson) {
        EvaluationRequest request = reader.read(new ByteArrayInputStream(requestJson));
        RuleSet ruleSet = registry.active();
        Evaluation evaluation = storable(eligibility.evaluate(request, ruleSet));
        // The ranking policy is part of the rule set, so a run is ranked under the version it was evaluated on.
        List<Ranking> ranked = rankers.forRuleSet(ruleSet).rank(request, evaluation.decisions());
        return new PreparedRun(requestJson, ruleSet, evaluation, ranked);
    }

    /**
     * Stores a prepared run as a new run in one transaction, whole or not at all.
     *
     * @return the evaluation with its rankings and the id of its stored run
     * @throws RunNotStoredException when the database fails while the run is written; nothing of it is kept
     */
    public Evaluation store(PreparedRun run) {
        Long id;
        try {
            id = transactions.execute(status -> {
                long stored = ledger.append(run.requestJson, run.evaluation, run.ruleSet,
                        clock.instant().truncatedTo(ChronoUnit.SECONDS));
                rankings.insert(stored, run.rankings);
                return stored;
            });
        } catch (DataAccessException | TransactionException e) {
            throw new RunNotStoredException(e);
        }
        return run.evaluation.withRankings(run.rankings).withRunId(id);
    }

    // Instants are kept to the second: MySQL Connector/J drops fractions of a second when talking to
    // MariaDB (which announces itself as 5.5.5), and the answer must carry what a later read of the
    // run gives back, on every database.
    private static Evaluation storable(Evaluation evaluation) {
        RuleSetInfo ruleSet = evaluation.ruleSet();
        return new Evaluation(evaluation.schemaVersion(), evaluation.runId(),
                new RuleSetInfo(ruleSet.version(), ruleSet.activatedAt().truncatedTo(ChronoUnit.SECONDS)),
                evaluation.period(), evaluation.decisions(), evaluation.rankings(), evaluation.warnings());
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
     * The request a stored run evaluated, read again from the bytes received (units, subjects and
     * their facts); empty when no run has this id. Use {@link #find} for the period the run used.
     */
    @Transactional(readOnly = true)
    public Optional<EvaluationRequest> request(long runId) {
        return runs.findById(runId)
                .map(run -> reader.read(new ByteArrayInputStream(run.requestJson().getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * Decisions of a stored run matching the filters (a null filter matches everything), in their
     * order; empty when the run does not exist.
     */
    @Transactional(readOnly = true)
    public Optional<List<EligibilityDecision>> decisions(long runId, String subjectId, AwardCode award, Outcome outcome) {
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

package vn.thidua.audit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Period;
import vn.thidua.dossier.RequestReader;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.RuleSetInfo;
import vn.thidua.eligibility.Warning;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.ranking.Ranking;
import vn.thidua.system.Progress;

/**
 * The stored evaluation runs: a run is appended whole (request as received, rule-set version,
 * decisions with their criteria, rankings) and sealed into the audit chain, and read back as an
 * evaluation result. Nothing here changes or removes a stored run.
 */
@Service
public class StoredRuns {

    private static final TypeReference<List<Warning>> WARNINGS = new TypeReference<>() { };

    private final EvaluationRunRepository runs;
    private final DecisionStore decisions;
    private final RunLedger ledger;
    private final RankingStore rankings;
    private final RunRows rows;
    private final JsonMapper json;
    private final ResultRows resultRows;
    private final RequestReader reader;
    private final JdbcTemplate jdbc;
    private final RunOutlines outlines;
    private final RunSealer sealer;

    StoredRuns(EvaluationRunRepository runs, DecisionStore decisions, RunLedger ledger, RankingStore rankings, RunRows rows,
            JsonMapper json, ResultRows resultRows, RequestReader reader, JdbcTemplate jdbc, RunOutlines outlines,
            RunSealer sealer) {
        this.outlines = outlines;
        this.sealer = sealer;
        this.resultRows = resultRows;
        this.reader = reader;
        this.jdbc = jdbc;
        this.runs = runs;
        this.rows = rows;
        this.decisions = decisions;
        this.ledger = ledger;
        this.rankings = rankings;
        this.json = json;
    }

    /**
     * Appends a run evaluated on {@code ruleSet} with its rankings in the caller's transaction (which
     * must exist: a run is written whole or not at all), with its seal's content hashes; after the
     * commit {@link RunSealer} links it into the chain (and seals the rankings, when there are any, into
     * the record chain as a {@link RecordKind#RANKING} record).
     *
     * @return the id of the stored run
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long append(byte[] requestJson, Evaluation evaluation, RuleSet ruleSet, List<Ranking> ranked, Instant createdAt) {
        EvaluationRequest request = reader.read(new ByteArrayInputStream(requestJson));
        return append(requestJson, null, evaluation, ruleSet, ranked, createdAt, ResultRows.Subjects.of(request),
                RunOutline.of(request), Progress.NONE);
    }

    /**
     * Appends a run as {@link #append(byte[], Evaluation, RuleSet, List, Instant)} does, with what it
     * read from the register to complete its request (vn.thidua.history), sealed with the run.
     *
     * The run's rows for the results table ({@link ResultRows}) and its outline ({@link RunOutlines}),
     * derived and not sealed, are written too, from {@code subjects} and {@code outline}, both of the request.
     *
     * @param registerJson what was read from the register as JSON, or null when nothing was
     * @param progress told of the decisions written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long append(byte[] requestJson, String registerJson, Evaluation evaluation, RuleSet ruleSet, List<Ranking> ranked,
            Instant createdAt, ResultRows.Subjects subjects, RunOutline outline, Progress progress) {
        long id = ledger.append(requestJson, registerJson, evaluation, ruleSet, createdAt, progress);
        rankings.insert(id, ranked);
        resultRows.insert(id, evaluation.decisions(), subjects, ranked);
        outlines.insert(id, outline);
        // The run is linked into the chain, and its rankings sealed into the record chain, by the sealer
        // once this transaction has committed; a run rolled back leaves nothing to link.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sealer.nudge();
            }
        });
        return id;
    }

    /**
     * Starts storing a run evaluated while its request is read, in the caller's transaction (which must exist and
     * last until {@link RunWriter#finish}: the run is written whole or not at all); after the commit {@link RunSealer}
     * links it into the chain.
     *
     * @param info the rule set as the run's result names it
     * @param stored told of the decisions written
     */
    /**
     * Stores the rule set a run will be stored on when it is not stored yet, in a transaction of its own: called before
     * {@link #begin}, it keeps the chain head's lock out of a long run's transaction.
     */
    @Transactional
    public void archive(RuleSet ruleSet) {
        ledger.archive(ruleSet);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public RunWriter begin(RuleSet ruleSet, RuleSetInfo info, Period period, Instant createdAt, Progress.Task stored) {
        Object[] header = ledger.begin(ruleSet, info, period, createdAt);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sealer.nudge();
            }
        });
        return new RunWriter(jdbc, decisions, resultRows, outlines, rankings, ledger, header, stored);
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

    /**
     * A stored run's header (date-times read as RunLedger writes them, in the JVM's zone) as an evaluation result without its decisions and rankings (rule set,
     * period, warnings), read without the request, or empty when no run has this id.
     */
    @Transactional(readOnly = true)
    public Optional<Evaluation> header(long runId) {
        return jdbc.query("SELECT id, rule_set_version, rule_set_activated_at, period_year, cutoff_date, decision_date,"
                + " warnings_json FROM evaluation_run WHERE id = ?", (rs, n) -> new Evaluation(1, rs.getLong("id"),
                        new RuleSetInfo(rs.getString("rule_set_version"), rs.getObject("rule_set_activated_at", LocalDateTime.class)
                                .atZone(ZoneId.systemDefault()).toInstant()),
                        new Period(rs.getInt("period_year"), rs.getObject("cutoff_date", LocalDate.class),
                                rs.getObject("decision_date", LocalDate.class)),
                        List.of(), List.of(), json.readValue(rs.getString("warnings_json"), WARNINGS)), runId)
                .stream().findFirst();
    }

    /** What a stored run read from the register as JSON; empty when it read nothing or no run has this id. */
    @Transactional(readOnly = true)
    public Optional<String> register(long runId) {
        List<String> header = rows.header(runId);
        return header == null ? Optional.empty() : Optional.ofNullable(RunRows.register(header));
    }

    /** The latest stored run of a request, by the SHA-256 of its bytes as received; empty when none is stored. */
    @Transactional(readOnly = true)
    public Optional<Long> latestOf(byte[] requestJson) {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(id) FROM evaluation_run WHERE request_sha256 = ?", Long.class,
                RunDigest.of(requestJson)));
    }

    /** Whether a run with this id is stored. */
    @Transactional(readOnly = true)
    public boolean exists(long runId) {
        return runs.existsById(runId);
    }

    /** The rankings of a stored run in their order (empty when its request had no quota), or empty when no run has this id. */
    @Transactional(readOnly = true)
    public Optional<List<Ranking>> rankings(long runId) {
        return runs.existsById(runId) ? Optional.of(rankings.find(runId)) : Optional.empty();
    }

    /** The ids of the stored runs of each year from {@code from} to {@code to}, oldest first; a year without a run is left out. */
    @Transactional(readOnly = true)
    public Map<Integer, List<Long>> ofYears(int from, int to) {
        Map<Integer, List<Long>> years = new TreeMap<>();
        jdbc.query("SELECT period_year, id FROM evaluation_run WHERE period_year BETWEEN ? AND ? ORDER BY period_year, id",
                rs -> {
                    years.computeIfAbsent(rs.getInt(1), y -> new ArrayList<>()).add(rs.getLong(2));
                }, from, to);
        return years;
    }

    /** The request of a stored run as the bytes received, or empty when no run has this id. */
    @Transactional(readOnly = true)
    public Optional<byte[]> request(long runId) {
        return runs.findById(runId).map(run -> run.requestJson() == null ? rows.requestParts(runId)
                : run.requestJson().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decisions of a stored run matching the filters (a null filter matches everything), in their
     * order; empty when the run does not exist.
     */
    @Transactional(readOnly = true)
    public Optional<List<EligibilityDecision>> decisions(long runId, String subjectId, AwardCode award, Outcome outcome) {
        return runs.existsById(runId) ? Optional.of(decisions.find(runId, subjectId, award, outcome)) : Optional.empty();
    }
}

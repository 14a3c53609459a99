package vn.thidua.evaluation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.audit.RunWriter;
import vn.thidua.audit.StoredRuns;
import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestFile;
import vn.thidua.dossier.RequestReader;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.EligibilityService;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.RuleSetInfo;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.history.CompletedRequest;
import vn.thidua.history.RegisterReading;
import vn.thidua.ranking.Rankers;
import vn.thidua.ranking.Ranking;
import vn.thidua.system.Progress;

/**
 * Evaluation runs: a request is read, evaluated, ranked under its quotas and stored as one
 * append-only run (see {@link StoredRuns}) in one transaction, so an invalid request or a failure
 * stores nothing and earlier runs stay as they were. The rule set is taken once, so a run is on
 * exactly one version.
 */
@Service
public class EvaluationRuns {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationRuns.class);

    private final RequestReader reader;
    private final EligibilityService eligibility;
    private final StoredRuns stored;
    private final RunAccess access;
    private final RuleSetRegistry registry;
    private final Rankers rankers;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final RunMetrics metrics;
    private final RegisterReading history;

    EvaluationRuns(RequestReader reader, EligibilityService eligibility, StoredRuns stored, RunAccess access,
            RuleSetRegistry registry, Rankers rankers, JsonMapper json, Clock clock, PlatformTransactionManager transactionManager,
            RunMetrics metrics, RegisterReading history) {
        this.history = history;
        this.reader = reader;
        this.eligibility = eligibility;
        this.stored = stored;
        this.access = access;
        this.registry = registry;
        this.rankers = rankers;
        this.json = json;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.metrics = metrics;
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
        return evaluateAndStore(requestJson, Progress.NONE);
    }

    /** As {@link #evaluateAndStore(byte[])}, telling {@code progress} of the subjects evaluated and the decisions stored. */
    public Evaluation evaluateAndStore(byte[] requestJson, Progress progress) {
        return store(prepare(requestJson, read(requestJson), progress), null, progress);
    }

    /**
     * Reads, evaluates and ranks a request given as the bytes received, and stores nothing.
     *
     * @throws vn.thidua.dossier.ValidationException when the request is invalid
     */
    public PreparedRun prepare(byte[] requestJson) {
        return prepare(requestJson, read(requestJson));
    }

    /** Evaluates and ranks a request already read from {@code requestJson} (which is what the run stores), storing nothing. */
    PreparedRun prepare(byte[] requestJson, EvaluationRequest request) {
        return prepare(requestJson, request, Progress.NONE);
    }

    PreparedRun prepare(byte[] requestJson, EvaluationRequest request, Progress progress) {
        long started = System.nanoTime();
        RuleSet ruleSet = registry.active();
        // Titles and commendations are completed from the register (request-and-result.md §6.6); the run
        // stores the request as received and what was read, so a replay completes it the same way.
        CompletedRequest completed = history.complete(request, ruleSet.awards()::name);
        Evaluation evaluation = storable(completed.annotate(eligibility.evaluate(completed.request(), ruleSet, progress)));
        // The ranking policy is part of the rule set, so a run is ranked under the version it was evaluated on.
        List<Ranking> ranked = rankers.forRuleSet(ruleSet).rank(completed.request(), evaluation.decisions());
        metrics.evaluated(Duration.ofNanos(System.nanoTime() - started));
        return new PreparedRun(requestJson, history.snapshot(completed), request, ruleSet, evaluation, ranked);
    }

    /**
     * Stores a prepared run as a new run in one transaction, whole or not at all.
     *
     * @return the evaluation with its rankings and the id of its stored run
     * @throws RunNotStoredException when the database fails while the run is written; nothing of it is kept
     */
    public Evaluation store(PreparedRun run) {
        return store(run, null);
    }

    /** Stores a prepared run and, when a user submitted it, the units it concerns and who did, in the same transaction. */
    Evaluation store(PreparedRun run, String submittedBy) {
        return store(run, submittedBy, Progress.NONE);
    }

    Evaluation store(PreparedRun run, String submittedBy, Progress progress) {
        return store(run, submittedBy, progress, runId -> { });
    }

    /**
     * As above, calling {@code alsoInTransaction} with the new run's id inside the run's transaction, so
     * that what it writes (a job marked done with its run) is committed with the run or not at all.
     */
    Evaluation store(PreparedRun run, String submittedBy, Progress progress, LongConsumer alsoInTransaction) {
        long started = System.nanoTime();
        Long id;
        try {
            id = transactions.execute(status -> {
                long runId = stored.append(run.requestJson, run.registerJson, run.evaluation, run.ruleSet, run.rankings,
                        clock.instant().truncatedTo(ChronoUnit.SECONDS), run.subjects, run.outline, progress);
                if (submittedBy != null) {
                    access.record(runId, run.units, submittedBy);
                }
                alsoInTransaction.accept(runId);
                return runId;
            });
        } catch (DataAccessException | TransactionException e) {
            metrics.notStored();
            throw new RunNotStoredException(e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        metrics.stored(run.evaluation, took);
        try (MDC.MDCCloseable runId = MDC.putCloseable("runId", String.valueOf(id))) {
            LOG.info("run {} stored: {} decisions on rule set {}, by {}, stored in {} ms", id, run.evaluation.decisions().size(),
                    run.ruleSet.version(), submittedBy == null ? "(no user recorded)" : submittedBy, took.toMillis());
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

    /**
     * Evaluates a checked request file too large to hold in memory under the active rule set,
     * writing the evaluation result to {@code out} (not closed) as it goes. Nothing is stored.
     *
     * @param outline what {@link RequestFile#check} returned for the file
     * @param checkpoint told when the evaluation holds the most it will hold in a phase, for measuring memory
     */
    public BulkEvaluation.Summary evaluateStreamed(RequestFile file, RequestFile.Outline outline, OutputStream out,
            Consumer<String> checkpoint) {
        return evaluateStreamed(file, outline, out, checkpoint, Progress.NONE);
    }

    /** As above, telling {@code progress} of the subjects evaluated. */
    public BulkEvaluation.Summary evaluateStreamed(RequestFile file, RequestFile.Outline outline, OutputStream out,
            Consumer<String> checkpoint, Progress progress) {
        return new BulkEvaluation(eligibility, json, checkpoint, progress).evaluate(file, outline, registry.active(), out);
    }

    /**
     * Evaluates a checked request file too large to hold in memory under the active rule set and stores it as a
     * run, writing the evaluation result (with the run's id) to {@code out} as it goes: the request is stored as
     * received in parts, each part of its subjects is completed from the register, evaluated and its decisions
     * stored, then the rankings, all in one transaction, whole or not at all; after the commit the sealer links
     * the run into the audit chain. The same run as {@link #evaluateAndStore} stores for the same request.
     *
     * @param outline what {@link RequestFile#check} returned for the file
     * @throws RunNotStoredException when the database fails while the run is written; nothing of it is kept
     */
    public BulkEvaluation.Summary evaluateAndStoreStreamed(RequestFile file, RequestFile.Outline outline, OutputStream out,
            Consumer<String> checkpoint, Progress progress) {
        return evaluateAndStoreStreamed(file, outline, runId -> out, checkpoint, progress, runId -> { });
    }

    /**
     * As above, the result written to the stream {@code output} gives once the run's id is known (before anything is
     * written: a REST answer names the run in its headers), and {@code alsoInTransaction} called with the run's id in
     * the run's transaction.
     */
    BulkEvaluation.Summary evaluateAndStoreStreamed(RequestFile file, RequestFile.Outline outline, LongFunction<OutputStream> output,
            Consumer<String> checkpoint, Progress progress, LongConsumer alsoInTransaction) {
        long started = System.nanoTime();
        RuleSet ruleSet = registry.active();
        EvaluationRequest request = outline.request();
        BulkEvaluation.Summary summary;
        LastByteHeld[] answer = {null};
        try {
            // A rule set new to the archive is stored first, briefly under the chain head's lock, not in the long run.
            stored.archive(ruleSet);
            summary = transactions.execute(status -> {
                long subjects = outline.individuals() + request.collectives().size() + outline.households();
                try (Progress.Task storing = progress.start("store", subjects);
                        InputStream bytes = file.bytes()) {
                    RunWriter writer = stored.begin(ruleSet, new RuleSetInfo(ruleSet.version(),
                            ruleSet.activatedAt().truncatedTo(ChronoUnit.SECONDS)), request.period(),
                            clock.instant().truncatedTo(ChronoUnit.SECONDS), storing);
                    writer.request(bytes);
                    alsoInTransaction.accept(writer.runId());
                    // The answer's last byte waits for the commit: a reader holds a whole document only of a stored run.
                    answer[0] = new LastByteHeld(output.apply(writer.runId()));
                    OutputStream out = answer[0];
                    StoringSink sink = new StoringSink(writer, request,
                            read -> history.snapshot(new CompletedRequest(request, read, Map.of())));
                    return new BulkEvaluation(eligibility, json, checkpoint, progress).evaluate(file, outline, ruleSet, out,
                            part -> history.complete(part, ruleSet.awards()::name), sink);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the request file", e);
                }
            });
        } catch (DataAccessException | TransactionException e) {
            metrics.notStored();
            throw new RunNotStoredException(e);
        }
        try {
            answer[0].release();
        } catch (IOException e) {
            throw new UncheckedIOException("the run " + summary.runId() + " is stored, but its answer could not be ended", e);
        }
        try (MDC.MDCCloseable runId = MDC.putCloseable("runId", String.valueOf(summary.runId()))) {
            LOG.info("run {} stored as it was evaluated: {} subjects, {} decisions on rule set {}, in {} ms", summary.runId(),
                    summary.subjects(), summary.decisions(), ruleSet.version(), (System.nanoTime() - started) / 1_000_000);
        }
        return summary;
    }

    /**
     * Passes bytes on but the last one, which {@link #release} writes once the run is committed; closing it flushes what
     * was passed on and leaves the stream it wraps open (its owner closes it).
     */
    private static final class LastByteHeld extends OutputStream {
        private final OutputStream out;
        private int held = -1;

        LastByteHeld(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (held >= 0) {
                out.write(held);
            }
            held = b & 0xff;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return;
            }
            if (held >= 0) {
                out.write(held);
            }
            out.write(bytes, offset, length - 1);
            held = bytes[offset + length - 1] & 0xff;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }

        void release() throws IOException {
            if (held >= 0) {
                out.write(held);
                held = -1;
            }
            out.flush();
        }
    }

    /** The latest stored run of exactly these request bytes, or empty when none is stored. */
    public Optional<Long> latestOf(byte[] requestJson) {
        return stored.latestOf(requestJson);
    }

    /** A stored run as an evaluation result, or empty when no run has this id. */
    public Optional<Evaluation> find(long runId) {
        return stored.find(runId);
    }

    /**
     * A stored run's header as an evaluation result without decisions or rankings (rule set, period,
     * warnings), read without its request; empty when no run has this id.
     */
    public Optional<Evaluation> header(long runId) {
        return stored.header(runId);
    }

    /** The rankings of a stored run in their order (empty when its request had no quota), or empty when no run has this id. */
    public Optional<List<Ranking>> rankings(long runId) {
        return stored.rankings(runId);
    }

    /**
     * The request a stored run evaluated, read again from the bytes received (units, subjects and
     * their facts); empty when no run has this id. Use {@link #find} for the period the run used.
     */
    public Optional<EvaluationRequest> request(long runId) {
        return stored.request(runId).map(this::read);
    }

    /**
     * Decisions of a stored run matching the filters (a null filter matches everything), in their
     * order; empty when the run does not exist.
     */
    public Optional<List<EligibilityDecision>> decisions(long runId, String subjectId, AwardCode award, Outcome outcome) {
        return stored.decisions(runId, subjectId, award, outcome);
    }

    EvaluationRequest read(byte[] requestJson) {
        return reader.read(new ByteArrayInputStream(requestJson));
    }
}

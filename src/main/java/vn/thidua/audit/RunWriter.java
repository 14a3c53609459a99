package vn.thidua.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Warning;
import vn.thidua.ranking.Ranking;
import vn.thidua.system.Progress;

/**
 * A run being stored while it is evaluated, for a request too large to hold in memory
 * ({@link StoredRuns#begin}): the request as received in parts, then the decisions a batch at a time as
 * they are decided, the rankings one quota at a time, and at {@link #finish} the header's totals and the
 * seal's content hashes, computed over the same rows in the same order as for a run stored whole, so the
 * run reads, verifies and replays like any other. Everything is written in the caller's transaction: a run
 * that fails is rolled back whole and earlier runs stay as they were.
 */
public final class RunWriter {

    /** The largest part of a request, well below MariaDB's default max_allowed_packet (16 MiB). */
    static final int PART_BYTES = 4 << 20;

    private final JdbcTemplate jdbc;
    private final DecisionStore decisions;
    private final ResultRows resultRows;
    private final RunOutlines outlines;
    private final RankingStore rankings;
    private final RunLedger ledger;
    private final Object[] header;
    private final long runId;
    private final RunDigest decisionRows = new RunDigest();
    private final RunDigest criterionRows = new RunDigest();
    private final Progress.Task stored;
    private String requestSha256;
    private int nextSeq;
    private int nextRanking;

    RunWriter(JdbcTemplate jdbc, DecisionStore decisions, ResultRows resultRows, RunOutlines outlines, RankingStore rankings,
            RunLedger ledger, Object[] header, Progress.Task stored) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.resultRows = resultRows;
        this.outlines = outlines;
        this.rankings = rankings;
        this.ledger = ledger;
        this.header = header;
        this.runId = (Long) header[0];
        this.stored = stored;
    }

    /** The id the run is stored under. */
    public long runId() {
        return runId;
    }

    /**
     * Stores the request as received, read from {@code in} to its end, in parts of at most {@link #PART_BYTES}, and
     * keeps the SHA-256 of all its bytes for the header. Called once, before {@link #finish}.
     */
    public void request(InputStream in) {
        requestSha256 = writeParts(jdbc, runId, in);
    }

    /**
     * Stores a request as received, read from {@code in} to its end, in parts of at most {@link #PART_BYTES}
     * (evaluation_request_part, V32), and answers the SHA-256 of all its bytes.
     */
    static String writeParts(JdbcTemplate jdbc, long runId, InputStream in) {
        MessageDigest sha = RunDigest.sha256();
        int seq = 0;
        try {
            // A new array per part: a driver may keep the array it was given until the transaction is written.
            byte[] part;
            while ((part = in.readNBytes(PART_BYTES)).length > 0) {
                sha.update(part);
                jdbc.update("INSERT INTO evaluation_request_part (run_id, seq, content) VALUES (?, ?, ?)", runId, seq++, part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request to store it", e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The unit lines of the run's outline, written once before any subject. */
    public void units(List<RunOutline.UnitLine> units) {
        outlines.insertUnits(runId, units);
    }

    /**
     * Stores decisions in the order they were decided, numbered on from the last batch's, with their rows of the
     * results table (ranked later by {@link #ranked}) and the outline lines of their subjects.
     *
     * @param subjects names and units of the subjects of these decisions
     * @param lines the outline lines of the subjects evaluated in this batch (with or without decisions)
     */
    public void decided(List<EligibilityDecision> batch, ResultRows.Subjects subjects, List<RunOutline.SubjectLine> lines) {
        decisions.insert(runId, nextSeq, batch, decisionRows, criterionRows, Progress.NONE);
        stored.stepBy(batch.size());
        resultRows.insertUnranked(runId, nextSeq, batch, subjects);
        outlines.insertSubjects(runId, lines);
        nextSeq += batch.size();
    }

    /** Stores the next ranking of the run and marks what it ranked and selected in the results table. */
    public void ranked(Ranking ranking) {
        rankings.insert(runId, nextRanking++, ranking);
        resultRows.ranked(runId, ranking);
    }

    /**
     * Writes the run's totals: the results table's summaries, the header's request hash, decision count, warnings
     * and register reading (null: nothing was read), and its seal row with the content hashes; after the commit the
     * sealer links it into the chain.
     */
    public void finish(List<Warning> warnings, String registerJson) {
        if (requestSha256 == null) {
            throw new IllegalStateException("the request of run " + runId + " was not stored");
        }
        resultRows.summariesFromRows(runId);
        ledger.finish(header, requestSha256, nextSeq, warnings, registerJson, decisionRows, criterionRows);
    }
}

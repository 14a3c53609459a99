package vn.thidua.audit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.Period;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.RuleSetInfo;
import vn.thidua.eligibility.Warning;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.system.Progress;

/**
 * Stores a run for the audit chain: its rule set if new, its header, decisions and criteria, and its
 * seal's content hashes, in the caller's transaction. The run is not linked into the chain here and
 * the chain head is not locked (but for a rule set seen for the first time): {@link RunSealer} links
 * it after the transaction commits. Nothing here updates or deletes a run's rows.
 */
@Component
class RunLedger {

    private final JdbcTemplate jdbc;
    private final DecisionStore decisions;
    private final ChainHead head;
    private final RuleSetArchive archive;
    private final JsonMapper json;

    RunLedger(JdbcTemplate jdbc, DecisionStore decisions, ChainHead head, RuleSetArchive archive, JsonMapper json) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.head = head;
        this.archive = archive;
        this.json = json;
    }

    /**
     * Stores a run evaluated on {@code ruleSet}, with what it read from the register (null: nothing),
     * waiting for its link into the chain; must run inside a transaction. Returns the run id.
     */
    long append(byte[] requestJson, String registerJson, Evaluation evaluation, RuleSet ruleSet, Instant createdAt,
            Progress progress) {
        return append(requestJson, registerJson, evaluation, ruleSet, createdAt, progress, DecisionStore.CITED);
    }

    /**
     * Stores a run as {@link #append(byte[], String, Evaluation, RuleSet, Instant, Progress)} does, its criteria
     * in the given layout: {@link DecisionStore#CITED} as the application stores them, or (for tests only, to show
     * older runs still read, replay and verify) {@link DecisionStore#DOCUMENT} as from V31 to V33, or null, with a
     * row per criterion as before V31.
     */
    long append(byte[] requestJson, String registerJson, Evaluation evaluation, RuleSet ruleSet, Instant createdAt,
            Progress progress, String layout) {
        // A rule set seen for the first time is stored under the chain head's lock, so two runs on it
        // do not both store it; otherwise the head is not touched here (RunSealer links the run).
        if (!archive.contains(ruleSet.version())) {
            head.lock();
            archive.storeIfNew(ruleSet, null, null);
        }
        Period period = evaluation.period();
        // A request larger than a part is kept in parts (V32), so that no single value outgrows the server's
        // max_allowed_packet (MariaDB's default 16 MiB); the header's request_sha256 covers the parts.
        boolean inParts = requestJson.length > RunWriter.PART_BYTES;
        Object[] header = {local(createdAt), evaluation.ruleSet().version(), local(evaluation.ruleSet().activatedAt()),
            period.year(), period.cutoffDate(), period.decisionDate(), RunDigest.of(requestJson),
            inParts ? null : new String(requestJson, StandardCharsets.UTF_8), evaluation.decisions().size(),
            json.writeValueAsString(evaluation.warnings()), registerJson};
        long runId = insertHeader(header, layout);
        if (inParts) {
            RunWriter.writeParts(jdbc, runId, new ByteArrayInputStream(requestJson));
        }
        RunDigest decisionRows = new RunDigest();
        RunDigest criterionRows = new RunDigest();
        if (DecisionStore.CITED.equals(layout)) {
            decisions.insert(runId, evaluation.decisions(), decisionRows, criterionRows, progress);
        } else if (DecisionStore.DOCUMENT.equals(layout)) {
            decisions.insertDocumentsWithCitations(runId, evaluation.decisions(), decisionRows, criterionRows);
        } else if (layout == null) {
            decisions.insertRowPerCriterion(runId, evaluation.decisions(), decisionRows, criterionRows);
        } else {
            throw new IllegalArgumentException("criteria layout: " + layout + " is none of null, " + DecisionStore.DOCUMENT
                    + ", " + DecisionStore.CITED);
        }
        String headerHash = new RunDigest().row(RunColumns.canonical(RunColumns.HEADER, header)).hex();
        writeSeal(RunSeal.waiting(runId, headerHash, decisionRows.hex(), criterionRows.hex()));
        return runId;
    }

    /**
     * Starts storing a run whose request is read in parts (a file too large to hold in memory), inside the
     * caller's transaction: stores the rule set when new, writes a header with what is known before evaluating
     * (the request's hash, count, warnings and what was read from the register are set by {@link #finish}),
     * and answers the header's values, the run id first.
     */
    Object[] begin(RuleSet ruleSet, RuleSetInfo info, Period period, Instant createdAt) {
        archive(ruleSet);
        Object[] header = {local(createdAt), info.version(), local(info.activatedAt()), period.year(), period.cutoffDate(),
            period.decisionDate(), "", null, 0, "[]", null};
        long runId = insertHeader(header, DecisionStore.CITED);
        Object[] withId = new Object[header.length + 1];
        withId[0] = runId;
        System.arraycopy(header, 0, withId, 1, header.length);
        return withId;
    }

    /**
     * Stores a rule set seen for the first time, under the chain head's lock so that two runs on it do not both
     * store it; nothing when it is stored already. A run stored in parts calls it in a short transaction of its own
     * first, so that its long transaction does not hold the head's lock (and every other run and the sealer wait).
     */
    void archive(RuleSet ruleSet) {
        if (!archive.contains(ruleSet.version())) {
            head.lock();
            archive.storeIfNew(ruleSet, null, null);
        }
    }

    /**
     * Completes the header written by {@link #begin} (its values, the run id first) and writes the run's seal row
     * with its content hashes, in the caller's transaction: the request's SHA-256 (of its parts' bytes in order),
     * the number of decisions, the run's warnings and what was read from the register (null: nothing).
     */
    void finish(Object[] begun, String requestSha256, long decisionCount, List<Warning> warnings, String registerJson,
            RunDigest decisionRows, RunDigest criterionRows) {
        long runId = (Long) begun[0];
        Object[] header = Arrays.copyOfRange(begun, 1, begun.length);
        header[6] = requestSha256;
        header[8] = decisionCount;
        header[9] = json.writeValueAsString(warnings);
        header[10] = registerJson;
        jdbc.update("UPDATE evaluation_run SET request_sha256 = ?, decision_count = ?, warnings_json = ?, register_json = ?"
                + " WHERE id = ?", header[6], header[8], header[9], header[10], runId);
        String headerHash = new RunDigest().row(RunColumns.canonical(RunColumns.HEADER, header)).hex();
        writeSeal(RunSeal.waiting(runId, headerHash, decisionRows.hex(), criterionRows.hex()));
    }

    private void writeSeal(RunSeal seal) {
        jdbc.update("INSERT INTO evaluation_run_seal (run_id, header_sha256, decisions_sha256, criteria_sha256,"
                + " content_sha256) VALUES (?, ?, ?, ?, ?)", seal.runId(), seal.headerSha256(), seal.decisionsSha256(),
                seal.criteriaSha256(), seal.contentSha256());
    }

    private long insertHeader(Object[] header, String criteriaLayout) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        // criteria_layout is not sealed: read with the other layout, a run's criteria hash no longer matches.
        String sql = "INSERT INTO evaluation_run (" + RunColumns.names(RunColumns.HEADER) + ", criteria_layout) VALUES ("
                + RunColumns.placeholders(RunColumns.HEADER) + ", ?)";
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < header.length; i++) {
                statement.setObject(i + 1, header[i]);
            }
            statement.setString(header.length + 1, criteriaLayout);
            return statement;
        }, keys);
        return Objects.requireNonNull(keys.getKey(), "no id generated for the run").longValue();
    }

    // The wall-clock time in the JVM's zone, as Spring Data JDBC writes an Instant, so that reading
    // the run back as an Instant gives the same instant; the seal covers the value as stored.
    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
    }
}

package vn.thidua.audit;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.Period;
import vn.thidua.eligibility.Evaluation;
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
        Object[] header = {local(createdAt), evaluation.ruleSet().version(), local(evaluation.ruleSet().activatedAt()),
            period.year(), period.cutoffDate(), period.decisionDate(), RunDigest.of(requestJson),
            new String(requestJson, StandardCharsets.UTF_8), evaluation.decisions().size(),
            json.writeValueAsString(evaluation.warnings()), registerJson};
        long runId = insertHeader(header, layout);
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
        RunSeal seal = RunSeal.waiting(runId, headerHash, decisionRows.hex(), criterionRows.hex());
        jdbc.update("INSERT INTO evaluation_run_seal (run_id, header_sha256, decisions_sha256, criteria_sha256,"
                + " content_sha256) VALUES (?, ?, ?, ?, ?)", seal.runId(), seal.headerSha256(), seal.decisionsSha256(),
                seal.criteriaSha256(), seal.contentSha256());
        return runId;
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

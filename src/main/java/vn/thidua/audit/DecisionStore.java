package vn.thidua.audit;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Authority;
import vn.thidua.eligibility.Citation;
import vn.thidua.eligibility.CriterionOutcome;
import vn.thidua.eligibility.CriterionStatus;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Instrument;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.Text;
import vn.thidua.eligibility.Warning;
import vn.thidua.system.Progress;

/**
 * Writes a run's decisions in JDBC batches, each with its criteria as one JSON document in its own
 * row, and reads them back in their order. The one reader of criteria in both layouts: a run stored
 * before V31 has a row per criterion in evaluation_criterion ({@code criteria_layout} null), a later
 * run a document per decision ({@link #DOCUMENT}); pages, exports, REST, replay and the seal's
 * hashes all read criteria through here.
 */
@Component
class DecisionStore {

    /** The layout marker (evaluation_run.criteria_layout) of a run whose criteria are documents in its decision rows. */
    static final String DOCUMENT = "DOCUMENT";

    private static final int BATCH = 500;
    private static final TypeReference<List<CriterionOutcome>> CRITERIA = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final TypeReference<List<Text>> TEXTS = new TypeReference<>() { };
    private static final TypeReference<List<Warning>> WARNINGS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    DecisionStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Inserts the decisions of a run, each with its criteria document, and feeds each row, as written
     * and in seq order, to the digests of the run's seal: a decision row (which holds its document's
     * SHA-256) to {@code decisionRows}, its document's seq and SHA-256 to {@code criterionRows}.
     */
    void insert(long runId, List<EligibilityDecision> decisions, RunDigest decisionRows, RunDigest criterionRows,
            Progress progress) {
        try (Progress.Task task = progress.start("store", decisions.size())) {
            insert(runId, 0, decisions, decisionRows, criterionRows, task);
        }
    }

    /**
     * Inserts decisions of a run numbered from {@code firstSeq} on, as {@link #insert(long, List, RunDigest, RunDigest,
     * Progress)} does: a run evaluated as its request is read stores its decisions a batch at a time, the digests
     * carried from one batch to the next.
     */
    void insert(long runId, int firstSeq, List<EligibilityDecision> decisions, RunDigest decisionRows, RunDigest criterionRows,
            Progress.Task task) {
        List<Object[]> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < decisions.size(); i++) {
            int seq = firstSeq + i;
            EligibilityDecision d = decisions.get(i);
            String document = document(d.criteria());
            String sha = sha256(document);
            Object[] decision = decisionValues(seq, d, sha);
            decisionRows.row(RunColumns.canonical(RunColumns.DECISION, decision));
            criterionRows.row(documentRow(seq, sha));
            batch.add(row(runId, decision, document));
            if (batch.size() >= BATCH) {
                task.stepBy(flush(batch));
            }
        }
        task.stepBy(flush(batch));
    }

    /**
     * Inserts the decisions of a run with a row per criterion in evaluation_criterion, as runs were stored
     * before V31, feeding the rows to the seal's digests as written then. Kept so that tests can store a run
     * of that layout and show it still reads, replays and verifies; the application stores documents.
     */
    void insertRowPerCriterion(long runId, List<EligibilityDecision> decisions, RunDigest decisionRows,
            RunDigest criterionRows) {
        List<Object[]> decisionBatch = new ArrayList<>();
        List<Object[]> criterionBatch = new ArrayList<>();
        for (int seq = 0; seq < decisions.size(); seq++) {
            EligibilityDecision d = decisions.get(seq);
            Object[] decision = decisionValues(seq, d, null);
            decisionRows.row(RunColumns.canonical(RunColumns.DECISION, decision));
            decisionBatch.add(row(runId, decision, null));
            for (int c = 0; c < d.criteria().size(); c++) {
                Object[] criterion = criterionValues(seq, c, d.criteria().get(c));
                criterionRows.row(RunColumns.canonical(RunColumns.CRITERION, criterion));
                Object[] values = new Object[criterion.length + 1];
                values[0] = runId;
                System.arraycopy(criterion, 0, values, 1, criterion.length);
                criterionBatch.add(values);
            }
        }
        flush(decisionBatch);
        if (!criterionBatch.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO evaluation_criterion (run_id, " + RunColumns.names(RunColumns.CRITERION)
                    + ") VALUES (?, " + RunColumns.placeholders(RunColumns.CRITERION) + ")", criterionBatch);
        }
    }

    /** A decision's criteria as one document: their JSON as the API writes them, texts included. */
    String document(List<CriterionOutcome> criteria) {
        return json.writeValueAsString(criteria);
    }

    static String sha256(String document) {
        return RunDigest.of(document.getBytes(StandardCharsets.UTF_8));
    }

    /** The row the seal's criteria hash covers for one decision's document: its seq and the document's SHA-256. */
    static List<String> documentRow(int seq, String documentSha256) {
        return List.of(Integer.toString(seq), documentSha256);
    }

    /**
     * A decision's column values as they are written, in {@link RunColumns#DECISION} order; {@code criteriaSha256}
     * is the SHA-256 of its criteria document, null for a run stored with a row per criterion.
     */
    Object[] decisionValues(int seq, EligibilityDecision d, String criteriaSha256) {
        return new Object[] {seq, d.subjectId(), d.subjectKind().name(), d.award().name(), d.outcome().name(),
                d.requiresCouncilJudgement(), json.writeValueAsString(d.missing()), json.writeValueAsString(d.warnings()),
                d.authority() == null ? null : json.writeValueAsString(d.authority()), criteriaSha256};
    }

    /** A criterion's column values as a row per criterion holds them, in {@link RunColumns#CRITERION} order. */
    Object[] criterionValues(int decisionSeq, int seq, CriterionOutcome criterion) {
        return new Object[] {decisionSeq, seq, criterion.id(), criterion.result().name(), criterion.explanation().vi(),
                criterion.explanation().en(), criterion.citation().title(), criterion.citation().href(),
                criterion.citation().legalReview(), json.writeValueAsString(criterion.facts()),
                json.writeValueAsString(criterion.rules()),
                criterion.citation().instrument() == null ? null : json.writeValueAsString(criterion.citation().instrument())};
    }

    /** The criteria of a stored document. */
    List<CriterionOutcome> criteria(String document) {
        return document == null ? List.of() : json.readValue(document, CRITERIA);
    }

    private static Object[] row(long runId, Object[] values, String document) {
        Object[] row = new Object[values.length + 2];
        row[0] = runId;
        System.arraycopy(values, 0, row, 1, values.length);
        row[values.length + 1] = document;
        return row;
    }

    /** Writes the rows batched and answers how many decisions that was. */
    private int flush(List<Object[]> rows) {
        int written = rows.size();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO evaluation_decision (run_id, " + RunColumns.names(RunColumns.DECISION)
                    + ", criteria_json) VALUES (?, " + RunColumns.placeholders(RunColumns.DECISION) + ", ?)", rows);
        }
        rows.clear();
        return written;
    }

    /** Whether a run's criteria are documents in its decision rows (stored from V31 on); false for an unknown run. */
    boolean documents(long runId) {
        List<String> layout = jdbc.queryForList("SELECT criteria_layout FROM evaluation_run WHERE id = ?", String.class, runId);
        return !layout.isEmpty() && DOCUMENT.equals(layout.get(0));
    }

    /**
     * The rows of a run's criteria as its seal's criteria hash covers them, in order: for a run with a row
     * per criterion, each row's canonical texts ({@link RunColumns#CRITERION}); for a run of documents, each
     * decision's seq and its document's SHA-256 computed from the document as stored now, and every decision
     * whose document no longer has the SHA-256 recorded in its row is told to {@code altered}.
     */
    void sealRows(long runId, Consumer<List<String>> each, Consumer<String> altered) {
        if (!documents(runId)) {
            jdbc.query("SELECT " + RunColumns.names(RunColumns.CRITERION) + " FROM evaluation_criterion WHERE run_id = ?"
                    + " ORDER BY decision_seq, seq", rs -> {
                        each.accept(RunColumns.read(RunColumns.CRITERION, rs));
                    }, runId);
            return;
        }
        jdbc.query("SELECT seq, subject_id, award, criteria_json, criteria_sha256 FROM evaluation_decision WHERE run_id = ?"
                + " ORDER BY seq", rs -> {
                    int seq = rs.getInt("seq");
                    String document = rs.getString("criteria_json");
                    String sha = document == null ? null : sha256(document);
                    each.accept(java.util.Arrays.asList(Integer.toString(seq), sha));
                    if (sha == null || !sha.equals(rs.getString("criteria_sha256"))) {
                        altered.accept("decision " + seq + " of run " + runId + " (" + rs.getString("subject_id") + ", "
                                + rs.getString("award") + "): its criteria document (evaluation_decision.criteria_json) "
                                + (document == null ? "was removed" : "no longer has the SHA-256 " + rs.getString("criteria_sha256")
                                        + " recorded with it, it hashes to " + sha));
                    }
                }, runId);
    }

    /**
     * The rows of a run's criteria with a row per criterion ({@link RunColumns#CRITERION}), for a replay to
     * compare by criterion: read as stored, or for a run of documents, decoded from each decision's document.
     */
    void criterionRows(long runId, Consumer<List<String>> each) {
        if (!documents(runId)) {
            sealRows(runId, each, altered -> { });
            return;
        }
        jdbc.query("SELECT seq, criteria_json FROM evaluation_decision WHERE run_id = ? ORDER BY seq", rs -> {
            int seq = rs.getInt("seq");
            String document = rs.getString("criteria_json");
            List<CriterionOutcome> criteria = criteria(document);
            for (int c = 0; c < criteria.size(); c++) {
                each.accept(RunColumns.canonical(RunColumns.CRITERION, criterionValues(seq, c, criteria.get(c))));
            }
        }, runId);
    }

    /** Decisions of a run in their stored order, optionally only those matching the non-null filters. */
    List<EligibilityDecision> find(long runId, String subjectId, AwardCode award, Outcome outcome) {
        StringBuilder where = new StringBuilder(" WHERE run_id = ?");
        List<Object> args = new ArrayList<>(List.of(runId));
        if (subjectId != null) {
            where.append(" AND subject_id = ?");
            args.add(subjectId);
        }
        if (award != null) {
            where.append(" AND award = ?");
            args.add(award.name());
        }
        if (outcome != null) {
            where.append(" AND outcome = ?");
            args.add(outcome.name());
        }
        if (documents(runId)) {
            return jdbc.query("SELECT * FROM evaluation_decision" + where + " ORDER BY seq", (rs, n) -> decision(rs,
                    criteria(rs.getString("criteria_json"))), args.toArray());
        }
        if (subjectId != null) {
            return ofOneSubject(runId, where.toString(), args);
        }
        Map<Integer, List<CriterionOutcome>> criteria = new HashMap<>();
        jdbc.query("SELECT * FROM evaluation_criterion WHERE run_id = ? AND decision_seq IN (SELECT seq FROM evaluation_decision"
                + where + ") ORDER BY decision_seq, seq", rs -> {
                    criteria.computeIfAbsent(rs.getInt("decision_seq"), k -> new ArrayList<>()).add(criterion(rs));
                }, prepend(runId, args));
        return jdbc.query("SELECT * FROM evaluation_decision" + where + " ORDER BY seq",
                (rs, n) -> decision(rs, criteria.getOrDefault(rs.getInt("seq"), List.of())), args.toArray());
    }

    /**
     * A subject's decisions in a run (one per award, a decision page's): found through the index on
     * (run_id, subject_id, award), then their criteria alone through the criteria's primary key.
     */
    private List<EligibilityDecision> ofOneSubject(long runId, String where, List<Object> args) {
        List<Integer> seqs = new ArrayList<>();
        List<EligibilityDecision> found = jdbc.query("SELECT * FROM evaluation_decision" + where + " ORDER BY seq", (rs, n) -> {
            seqs.add(rs.getInt("seq"));
            return decision(rs, List.of());
        }, args.toArray());
        if (found.isEmpty()) {
            return found;
        }
        Map<Integer, List<CriterionOutcome>> criteria = new HashMap<>();
        List<Object> keys = new ArrayList<>(seqs.size() + 1);
        keys.add(runId);
        keys.addAll(seqs);
        jdbc.query("SELECT * FROM evaluation_criterion WHERE run_id = ? AND decision_seq IN ("
                + String.join(", ", java.util.Collections.nCopies(seqs.size(), "?")) + ") ORDER BY decision_seq, seq", rs -> {
                    criteria.computeIfAbsent(rs.getInt("decision_seq"), k -> new ArrayList<>()).add(criterion(rs));
                }, keys.toArray());
        List<EligibilityDecision> decisions = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            EligibilityDecision d = found.get(i);
            decisions.add(new EligibilityDecision(d.subjectId(), d.subjectKind(), d.award(), d.outcome(),
                    d.requiresCouncilJudgement(), criteria.getOrDefault(seqs.get(i), List.of()), d.missing(), d.warnings(),
                    d.authority()));
        }
        return decisions;
    }

    private static Object[] prepend(long runId, List<Object> args) {
        List<Object> all = new ArrayList<>();
        all.add(runId);
        all.addAll(args);
        return all.toArray();
    }

    private CriterionOutcome criterion(ResultSet rs) throws SQLException {
        return new CriterionOutcome(rs.getString("criterion_id"), CriterionStatus.valueOf(rs.getString("result")),
                new Text(rs.getString("explanation_vi"), rs.getString("explanation_en")),
                new Citation(rs.getString("citation_title"), rs.getString("citation_href"), rs.getString("legal_review"),
                        rs.getString("citation_instrument") == null ? null
                                : json.readValue(rs.getString("citation_instrument"), Instrument.class)),
                json.readValue(rs.getString("facts_json"), MAP), json.readValue(rs.getString("rules_json"), STRINGS));
    }

    private EligibilityDecision decision(ResultSet rs, List<CriterionOutcome> criteria) throws SQLException {
        return new EligibilityDecision(rs.getString("subject_id"), SubjectKind.valueOf(rs.getString("subject_kind")),
                AwardCode.valueOf(rs.getString("award")), Outcome.valueOf(rs.getString("outcome")),
                rs.getBoolean("requires_judgement"), criteria, json.readValue(rs.getString("missing_json"), TEXTS),
                json.readValue(rs.getString("warnings_json"), WARNINGS),
                rs.getString("authority_json") == null ? null : json.readValue(rs.getString("authority_json"), Authority.class));
    }
}

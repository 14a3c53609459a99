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
 * row referring to the run's citations, stored once each, and reads them back in their order. The one
 * reader of criteria in all layouts: a run stored before V31 has a row per criterion in
 * evaluation_criterion ({@code criteria_layout} null), a run stored from V31 to V33 a document per
 * decision with the citations inside ({@link #DOCUMENT}), a later run a document per decision citing
 * evaluation_citation ({@link #CITED}); pages, exports, REST, replay and the seal's hashes all read
 * criteria through here.
 */
@Component
class DecisionStore {

    /**
     * The layout marker (evaluation_run.criteria_layout) of a run whose criteria are documents in its decision rows,
     * each criterion with its citation inside (stored from V31 to V33).
     */
    static final String DOCUMENT = "DOCUMENT";

    /**
     * The layout marker of a run whose criteria are documents in its decision rows, each criterion referring to
     * its citation by key; the run's citations are stored once each in evaluation_citation (from V33 on).
     */
    static final String CITED = "DOCUMENT_CITED";

    private static final int BATCH = 500;
    private static final TypeReference<List<CriterionOutcome>> CRITERIA = new TypeReference<>() { };
    private static final TypeReference<List<CitedCriterion>> CITED_CRITERIA = new TypeReference<>() { };
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
     * Inserts decisions of a run, each with its criteria document ({@link #CITED}: citations referred to by key,
     * each stored once for the run in evaluation_citation), and feeds each row, as written and in seq order, to
     * the digests of the run's seal: a decision row (which holds its document's SHA-256) to {@code decisionRows};
     * to {@code criterionRows}, each citation the decision cites for the first time in the run, then its
     * document's seq and SHA-256. A run's decisions may come in several calls, in seq order, with the same
     * digests: the citations stored by earlier calls are read back and not stored again.
     */
    void insert(long runId, List<EligibilityDecision> decisions, RunDigest decisionRows, RunDigest criterionRows,
            Progress progress) {
        insert(runId, 0, decisions, decisionRows, criterionRows, progress);
    }

    /** Inserts decisions of a run as {@link #insert(long, List, RunDigest, RunDigest, Progress)}, the first with seq {@code firstSeq}. */
    void insert(long runId, int firstSeq, List<EligibilityDecision> decisions, RunDigest decisionRows, RunDigest criterionRows,
            Progress progress) {
        insert(runId, firstSeq, decisions, decisionRows, criterionRows, progress, citations(runId));
    }

    /**
     * Inserts the decisions of a run with their citations inside each document ({@link #DOCUMENT}), as runs were
     * stored from V31 to V33. Kept so that tests can store a run of that layout and show it still reads, replays
     * and verifies; the application stores {@link #CITED} documents.
     */
    void insertDocumentsWithCitations(long runId, List<EligibilityDecision> decisions, RunDigest decisionRows,
            RunDigest criterionRows) {
        insert(runId, 0, decisions, decisionRows, criterionRows, Progress.NONE, null);
    }

    private void insert(long runId, int firstSeq, List<EligibilityDecision> decisions, RunDigest decisionRows,
            RunDigest criterionRows, Progress progress, RunCitations citations) {
        try (Progress.Task task = progress.start("store", decisions.size())) {
            List<Object[]> batch = new ArrayList<>(BATCH);
            List<Object[]> citationBatch = new ArrayList<>();
            for (int i = 0; i < decisions.size(); i++) {
                int seq = firstSeq + i;
                EligibilityDecision d = decisions.get(i);
                String document = citations == null ? document(d.criteria()) : document(d.criteria(), seq, citations);
                String sha = sha256(document);
                Object[] decision = decisionValues(seq, d, sha);
                decisionRows.row(RunColumns.canonical(RunColumns.DECISION, decision));
                if (citations != null) {
                    for (RunCitations.Entry entry : citations.takeAdded()) {
                        Object[] values = citationValues(entry);
                        List<String> canonical = RunColumns.canonical(RunColumns.CITATION, values);
                        criterionRows.row(citationRow(canonical));
                        citationBatch.add(row(runId, values, new RunDigest().row(canonical).hex()));
                    }
                }
                criterionRows.row(documentRow(seq, sha));
                batch.add(row(runId, decision, document));
                if (batch.size() >= BATCH) {
                    task.stepBy(flush(batch));
                }
            }
            task.stepBy(flush(batch));
            if (!citationBatch.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO evaluation_citation (run_id, " + RunColumns.names(RunColumns.CITATION)
                        + ", citation_sha256) VALUES (?, " + RunColumns.placeholders(RunColumns.CITATION) + ", ?)", citationBatch);
            }
        }
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

    /** A decision's criteria as one document of the {@link #DOCUMENT} layout: their JSON as the API writes them, texts included. */
    String document(List<CriterionOutcome> criteria) {
        return json.writeValueAsString(criteria);
    }

    /**
     * A decision's criteria as one document of the {@link #CITED} layout: as {@link #document(List)} writes them
     * but for each citation, which is its key in the run's citations (given the next key when decision {@code seq}
     * is the first of the run to cite it).
     */
    String document(List<CriterionOutcome> criteria, int seq, RunCitations citations) {
        List<CitedCriterion> cited = new ArrayList<>(criteria.size());
        for (CriterionOutcome c : criteria) {
            cited.add(new CitedCriterion(c.id(), c.result(), c.explanation(), citations.key(c.citation(), seq), c.facts(),
                    c.rules()));
        }
        return json.writeValueAsString(cited);
    }

    /** A criterion as a {@link #CITED} document holds it: its citation as the key of the run's citation. */
    record CitedCriterion(String id, CriterionStatus result, Text explanation, int cite, Map<String, Object> facts,
            List<String> rules) {
    }

    /** A citation's column values as evaluation_citation holds them, in {@link RunColumns#CITATION} order. */
    Object[] citationValues(RunCitations.Entry entry) {
        Citation c = entry.citation();
        return new Object[] {entry.key(), entry.decisionSeq(), c.title(), c.href(), c.legalReview(),
                c.instrument() == null ? null : json.writeValueAsString(c.instrument())};
    }

    /**
     * The row the seal's criteria hash covers for a citation of a {@link #CITED} run, before the document of the
     * decision that first cites it: a tag no document row starts with (those start with a seq), then its columns.
     */
    static List<String> citationRow(List<String> canonical) {
        List<String> row = new ArrayList<>(canonical.size() + 1);
        row.add("citation");
        row.addAll(canonical);
        return row;
    }

    /** The citations stored for a run, in key order (none for a run not yet stored or stored in another layout). */
    RunCitations citations(long runId) {
        return new RunCitations(jdbc.query("SELECT " + RunColumns.names(RunColumns.CITATION) + " FROM evaluation_citation"
                + " WHERE run_id = ? ORDER BY seq", (rs, n) -> new RunCitations.Entry(rs.getInt("seq"), rs.getInt("decision_seq"),
                        new Citation(rs.getString("citation_title"), rs.getString("citation_href"), rs.getString("legal_review"),
                                rs.getString("citation_instrument") == null ? null
                                        : json.readValue(rs.getString("citation_instrument"), Instrument.class))), runId));
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

    /** The criteria of a stored {@link #DOCUMENT} document. */
    List<CriterionOutcome> criteria(String document) {
        return document == null ? List.of() : json.readValue(document, CRITERIA);
    }

    /** The criteria of a stored {@link #CITED} document, each with the run's citation it refers to. */
    List<CriterionOutcome> criteria(String document, RunCitations citations) {
        if (document == null) {
            return List.of();
        }
        List<CitedCriterion> cited = json.readValue(document, CITED_CRITERIA);
        List<CriterionOutcome> criteria = new ArrayList<>(cited.size());
        for (CitedCriterion c : cited) {
            criteria.add(new CriterionOutcome(c.id(), c.result(), c.explanation(), citations.citation(c.cite()), c.facts(),
                    c.rules()));
        }
        return criteria;
    }

    /** The criteria of a document of a run of either document layout. */
    private List<CriterionOutcome> criteria(String document, RunCitations citations, boolean cited) {
        return cited ? criteria(document, citations) : criteria(document);
    }

    /** A row to insert: the run id, the values, and one last value (a decision's document, a citation's SHA-256). */
    private static Object[] row(long runId, Object[] values, String last) {
        Object[] row = new Object[values.length + 2];
        row[0] = runId;
        System.arraycopy(values, 0, row, 1, values.length);
        row[values.length + 1] = last;
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

    /**
     * A run's criteria layout (evaluation_run.criteria_layout): null for a row per criterion (before V31) or an
     * unknown run, {@link #DOCUMENT} or {@link #CITED}.
     */
    String layout(long runId) {
        List<String> layout = jdbc.queryForList("SELECT criteria_layout FROM evaluation_run WHERE id = ?", String.class, runId);
        return layout.isEmpty() ? null : layout.get(0);
    }

    /** Whether a run's criteria are documents in its decision rows (stored from V31 on); false for an unknown run. */
    boolean documents(long runId) {
        return layout(runId) != null;
    }

    /**
     * The rows of a run's criteria as its seal's criteria hash covers them, in order: for a run with a row
     * per criterion, each row's canonical texts ({@link RunColumns#CRITERION}); for a run of documents, each
     * decision's seq and its document's SHA-256 computed from the document as stored now, preceded for a
     * {@link #CITED} run by the citations the decision cites first ({@link #citationRow}). Every decision whose
     * document, and every citation whose row, no longer has the SHA-256 recorded with it is told to {@code altered}.
     */
    void sealRows(long runId, Consumer<List<String>> each, Consumer<String> altered) {
        String layout = layout(runId);
        if (layout == null) {
            jdbc.query("SELECT " + RunColumns.names(RunColumns.CRITERION) + " FROM evaluation_criterion WHERE run_id = ?"
                    + " ORDER BY decision_seq, seq", rs -> {
                        each.accept(RunColumns.read(RunColumns.CRITERION, rs));
                    }, runId);
            return;
        }
        List<SealedCitation> citations = CITED.equals(layout) ? sealedCitations(runId, altered) : List.of();
        int[] next = {0};
        jdbc.query("SELECT seq, subject_id, award, criteria_json, criteria_sha256 FROM evaluation_decision WHERE run_id = ?"
                + " ORDER BY seq", rs -> {
                    int seq = rs.getInt("seq");
                    while (next[0] < citations.size() && citations.get(next[0]).decisionSeq() <= seq) {
                        each.accept(citations.get(next[0]++).row());
                    }
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
        while (next[0] < citations.size()) {
            each.accept(citations.get(next[0]++).row());
        }
    }

    /** A citation row of a {@link #CITED} run as the seal covers it, and the seq of the decision that first cites it. */
    private record SealedCitation(long decisionSeq, List<String> row) {
    }

    private List<SealedCitation> sealedCitations(long runId, Consumer<String> altered) {
        return jdbc.query("SELECT " + RunColumns.names(RunColumns.CITATION) + ", citation_sha256 FROM evaluation_citation"
                + " WHERE run_id = ? ORDER BY seq", (rs, n) -> {
                    List<String> canonical = RunColumns.read(RunColumns.CITATION, rs);
                    String sha = new RunDigest().row(canonical).hex();
                    if (!sha.equals(rs.getString("citation_sha256"))) {
                        altered.accept("citation " + rs.getInt("seq") + " of run " + runId + " (" + rs.getString("citation_title")
                                + "), first cited by decision " + rs.getInt("decision_seq") + ": its row (evaluation_citation)"
                                + " no longer has the SHA-256 " + rs.getString("citation_sha256") + " recorded with it, it hashes to "
                                + sha);
                    }
                    return new SealedCitation(rs.getLong("decision_seq"), citationRow(canonical));
                }, runId);
    }

    /**
     * The rows of a run's criteria with a row per criterion ({@link RunColumns#CRITERION}), for a replay to
     * compare by criterion: read as stored, or for a run of documents, decoded from each decision's document
     * (with the run's citations for a {@link #CITED} run).
     */
    void criterionRows(long runId, Consumer<List<String>> each) {
        String layout = layout(runId);
        if (layout == null) {
            sealRows(runId, each, altered -> { });
            return;
        }
        boolean cited = CITED.equals(layout);
        RunCitations citations = cited ? citations(runId) : null;
        jdbc.query("SELECT seq, criteria_json FROM evaluation_decision WHERE run_id = ? ORDER BY seq", rs -> {
            int seq = rs.getInt("seq");
            List<CriterionOutcome> criteria = criteria(rs.getString("criteria_json"), citations, cited);
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
        String layout = layout(runId);
        if (layout != null) {
            boolean cited = CITED.equals(layout);
            RunCitations citations = cited ? citations(runId) : null;
            return jdbc.query("SELECT * FROM evaluation_decision" + where + " ORDER BY seq", (rs, n) -> decision(rs,
                    criteria(rs.getString("criteria_json"), citations, cited)), args.toArray());
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

package vn.thidua.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

/** Writes a run's decisions and criteria in JDBC batches, and reads them back in their order. */
@Component
class DecisionStore {

    private static final int BATCH = 500;
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
     * Inserts the decisions of a run and feeds each row, as written and in seq order, to the digests
     * of the run's seal (a decision row to {@code decisionRows}, its criteria to {@code criterionRows}).
     */
    void insert(long runId, List<EligibilityDecision> decisions, RunDigest decisionRows, RunDigest criterionRows,
            Progress progress) {
        try (Progress.Task task = progress.start("store", decisions.size())) {
            insertRows(runId, decisions, decisionRows, criterionRows, task);
        }
    }

    private void insertRows(long runId, List<EligibilityDecision> decisions, RunDigest decisionRows, RunDigest criterionRows,
            Progress.Task task) {
        List<Object[]> decisionBatch = new ArrayList<>(BATCH);
        List<Object[]> criterionBatch = new ArrayList<>(BATCH * 4);
        for (int seq = 0; seq < decisions.size(); seq++) {
            EligibilityDecision d = decisions.get(seq);
            Object[] decision = decisionValues(seq, d);
            decisionRows.row(RunColumns.canonical(RunColumns.DECISION, decision));
            decisionBatch.add(withRunId(runId, decision));
            for (int c = 0; c < d.criteria().size(); c++) {
                Object[] criterion = criterionValues(seq, c, d.criteria().get(c));
                criterionRows.row(RunColumns.canonical(RunColumns.CRITERION, criterion));
                criterionBatch.add(withRunId(runId, criterion));
            }
            if (decisionBatch.size() >= BATCH) {
                task.stepBy(flush(decisionBatch, criterionBatch));
            }
        }
        task.stepBy(flush(decisionBatch, criterionBatch));
    }

    /** A decision's column values as they are written, in {@link RunColumns#DECISION} order. */
    Object[] decisionValues(int seq, EligibilityDecision d) {
        return new Object[] {seq, d.subjectId(), d.subjectKind().name(), d.award().name(), d.outcome().name(),
                d.requiresCouncilJudgement(), json.writeValueAsString(d.missing()), json.writeValueAsString(d.warnings()),
                d.authority() == null ? null : json.writeValueAsString(d.authority())};
    }

    /** A criterion's column values as they are written, in {@link RunColumns#CRITERION} order. */
    Object[] criterionValues(int decisionSeq, int seq, CriterionOutcome criterion) {
        return new Object[] {decisionSeq, seq, criterion.id(), criterion.result().name(), criterion.explanation().vi(),
                criterion.explanation().en(), criterion.citation().title(), criterion.citation().href(),
                criterion.citation().legalReview(), json.writeValueAsString(criterion.facts()),
                json.writeValueAsString(criterion.rules()),
                criterion.citation().instrument() == null ? null : json.writeValueAsString(criterion.citation().instrument())};
    }

    private static Object[] withRunId(long runId, Object[] values) {
        Object[] row = new Object[values.length + 1];
        row[0] = runId;
        System.arraycopy(values, 0, row, 1, values.length);
        return row;
    }

    /** Writes the rows batched and answers how many decisions that was. */
    private int flush(List<Object[]> decisionRows, List<Object[]> criterionRows) {
        int written = decisionRows.size();
        if (!decisionRows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO evaluation_decision (run_id, " + RunColumns.names(RunColumns.DECISION)
                    + ") VALUES (?, " + RunColumns.placeholders(RunColumns.DECISION) + ")", decisionRows);
        }
        if (!criterionRows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO evaluation_criterion (run_id, " + RunColumns.names(RunColumns.CRITERION)
                    + ") VALUES (?, " + RunColumns.placeholders(RunColumns.CRITERION) + ")", criterionRows);
        }
        decisionRows.clear();
        criterionRows.clear();
        return written;
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

package vn.thidua.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.dossier.Occupation;
import vn.thidua.dossier.SubjectKind;

/**
 * The outlines of stored runs (tables {@code run_unit} and {@code run_subject}, V28): written with the
 * run, in its transaction, derived and not sealed, like the results table. A run stored before V28 has
 * none: the readers here answer empty, and the caller reads the run's request instead.
 */
@Service
public class RunOutlines {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    RunOutlines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a run's outline in JDBC batches, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void insert(long runId, RunOutline outline) {
        insertUnits(runId, outline.units());
        insertSubjects(runId, outline.subjects());
    }

    /** Writes a run's units (a run stored a batch at a time writes them first, then its subjects batch by batch). */
    void insertUnits(long runId, List<RunOutline.UnitLine> units) {
        List<Object[]> batch = new ArrayList<>(BATCH);
        for (RunOutline.UnitLine u : units) {
            batch.add(new Object[] {runId, u.code(), u.name(), u.parent()});
            flush(batch, "INSERT INTO run_unit (run_id, unit_code, unit_name, parent_code) VALUES (?, ?, ?, ?)", BATCH);
        }
        flush(batch, "INSERT INTO run_unit (run_id, unit_code, unit_name, parent_code) VALUES (?, ?, ?, ?)", 1);
    }

    /** Writes subjects of a run's outline. */
    void insertSubjects(long runId, List<RunOutline.SubjectLine> lines) {
        List<Object[]> batch = new ArrayList<>(BATCH);
        String subjects = "INSERT INTO run_subject (run_id, subject_id, subject_kind, unit_code, occupation, leader, priority_groups)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        for (RunOutline.SubjectLine s : lines) {
            batch.add(new Object[] {runId, s.id(), s.kind().name(), s.unit(), s.occupation() == null ? null : s.occupation().name(),
                    s.leader(), ResultRows.groupsText(s.groups())});
            flush(batch, subjects, BATCH);
        }
        flush(batch, subjects, 1);
    }

    private void flush(List<Object[]> batch, String sql, int atLeast) {
        if (batch.size() >= atLeast) {
            jdbc.batchUpdate(sql, batch);
            batch.clear();
        }
    }

    /** A run's outline as written with it; empty for a run stored before V28 (or no run with this id). */
    @Transactional(readOnly = true)
    public Optional<RunOutline> of(long runId) {
        List<RunOutline.UnitLine> units = unitLines(runId);
        List<RunOutline.SubjectLine> subjects = jdbc.query("SELECT subject_id, subject_kind, unit_code, occupation, leader,"
                + " priority_groups FROM run_subject WHERE run_id = ?", (rs, n) -> {
                    String occupation = rs.getString(4);
                    return new RunOutline.SubjectLine(rs.getString(1), SubjectKind.valueOf(rs.getString(2)), rs.getString(3),
                            occupation == null ? null : Occupation.valueOf(occupation), rs.getBoolean(5), ResultRows.groups(rs.getString(6)));
                }, runId);
        return units.isEmpty() && subjects.isEmpty() ? Optional.empty() : Optional.of(new RunOutline(units, subjects));
    }

    /** A run's units as written with it (code, name, parent); empty for a run stored before V28 (or no run with this id). */
    @Transactional(readOnly = true)
    public Optional<List<RunOutline.UnitLine>> units(long runId) {
        List<RunOutline.UnitLine> units = unitLines(runId);
        if (units.isEmpty() && jdbc.queryForList("SELECT 1 FROM run_subject WHERE run_id = ? LIMIT 1", Integer.class, runId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(units);
    }

    private List<RunOutline.UnitLine> unitLines(long runId) {
        return jdbc.query("SELECT unit_code, unit_name, parent_code FROM run_unit WHERE run_id = ?",
                (rs, n) -> new RunOutline.UnitLine(rs.getString(1), rs.getString(2), rs.getString(3)), runId);
    }
}

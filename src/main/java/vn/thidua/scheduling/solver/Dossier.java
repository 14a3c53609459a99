package vn.thidua.scheduling.solver;

import java.time.LocalDate;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

import vn.thidua.dossier.AwardCode;

/**
 * A dossier to review: the planning entity. Its session is nullable, since a dossier that fits no
 * session stays unassigned rather than breaking a hard rule (overconstrained planning).
 */
@PlanningEntity(difficultyComparatorClass = DossierDifficulty.class)
public class Dossier {

    @PlanningId
    private String id;
    private String subjectId;
    private String unit;
    private AwardCode award;
    private int minutes;
    private LocalDate deadline;

    @PlanningVariable(valueRangeProviderRefs = CouncilSchedule.SESSIONS, nullable = true)
    private Session session;

    Dossier() {
    }

    public Dossier(String id, String subjectId, String unit, AwardCode award, int minutes, LocalDate deadline) {
        this.id = id;
        this.subjectId = subjectId;
        this.unit = unit;
        this.award = award;
        this.minutes = minutes;
        this.deadline = deadline;
    }

    public String getId() {
        return id;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getUnit() {
        return unit;
    }

    public AwardCode getAward() {
        return award;
    }

    public int getMinutes() {
        return minutes;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Session getSession() {
        return session;
    }

    public void setSession(Session session) {
        this.session = session;
    }

    /** Places the dossier in a session (null: leaves it unassigned); for tests and the mapper. */
    public Dossier placedIn(Session session) {
        this.session = session;
        return this;
    }

    @Override
    public String toString() {
        return id + "@" + session;
    }
}

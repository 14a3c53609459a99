package vn.thidua.scheduling.solver;

import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** The planning solution: the council's quorum, its sessions and the days they span, and the dossiers placed in them. */
@PlanningSolution
public class CouncilSchedule {

    static final String SESSIONS = "sessions";

    @ProblemFactProperty
    private Quorum quorum;

    @ProblemFactProperty
    private Horizon horizon;

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = SESSIONS)
    private List<Session> sessions;

    @PlanningEntityCollectionProperty
    private List<Dossier> dossiers;

    @PlanningScore
    private HardMediumSoftScore score;

    CouncilSchedule() {
    }

    public CouncilSchedule(Quorum quorum, Horizon horizon, List<Session> sessions, List<Dossier> dossiers) {
        this.quorum = quorum;
        this.horizon = horizon;
        this.sessions = sessions;
        this.dossiers = dossiers;
    }

    public Quorum getQuorum() {
        return quorum;
    }

    public Horizon getHorizon() {
        return horizon;
    }

    public List<Session> getSessions() {
        return sessions;
    }

    public List<Dossier> getDossiers() {
        return dossiers;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }
}

package vn.thidua.scheduling.solver;

import vn.thidua.scheduling.Recusal;

/** A council member as the solver sees them: only what recusal needs. */
public record Member(String id, String unit, String personId) {

    boolean recusesFrom(Dossier dossier) {
        return Recusal.applies(unit, personId, dossier.getUnit(), dossier.getSubjectId());
    }
}

package vn.thidua.scheduling;

import vn.thidua.dossier.Required;

/**
 * A member of the council. {@code personId} is set when the member is also a candidate (the subject
 * id of their own dossier), so that they recuse from it.
 */
public record CouncilMember(@Required String id, String name, @Required String unit, @Required MemberRole role, String personId) {

    /**
     * Whether this member may not review the dossier: it comes from their own unit, or it is their
     * own (docs/request-and-result.md §6.4; docs/law.md §7 leaves recusal to policy).
     */
    public boolean recusesFrom(ReviewDossier dossier) {
        return Recusal.applies(unit, personId, dossier.unit(), dossier.subjectId());
    }
}

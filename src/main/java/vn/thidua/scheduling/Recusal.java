package vn.thidua.scheduling;

import java.util.Objects;

/**
 * The recusal policy, in one place for the request and the solver: a member recuses from a dossier
 * of their own unit and from their own dossier. No legal rule was found; this is the policy of the
 * docs/law.md §7 [P].
 */
public final class Recusal {

    private Recusal() {
    }

    public static boolean applies(String memberUnit, String memberPersonId, String dossierUnit, String subjectId) {
        return Objects.equals(memberUnit, dossierUnit) || (memberPersonId != null && memberPersonId.equals(subjectId));
    }
}

package vn.thidua.scheduling.solver;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days the sessions span, from the first session's date to the last's. A dossier's urgency is
 * the number of days from its deadline to the last session, plus one: the earlier the deadline, the
 * more it costs to wait. Weighting the wait by the urgency puts urgent dossiers first, since
 * swapping an urgent dossier in a late session with a less urgent one in an earlier session
 * always lowers the sum.
 */
public record Horizon(LocalDate firstSession, LocalDate lastSession) {

    int daysAfterFirst(Session session) {
        return (int) ChronoUnit.DAYS.between(firstSession, session.getDate());
    }

    int urgency(Dossier dossier) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(dossier.getDeadline(), lastSession)) + 1;
    }
}

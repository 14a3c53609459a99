package vn.thidua.scheduling.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.max;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.min;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;

import java.time.temporal.ChronoUnit;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The scheduling policy. Hard: what makes a session's review invalid. Medium: a dossier left out.
 * Soft: what makes a valid schedule better; the weights put them on one scale, in minutes of the
 * council's time (README, "Scheduling policy").
 */
public class CouncilScheduleConstraintProvider implements ConstraintProvider {

    public static final String SESSION_OVER_ITS_MINUTES = "Session over its minutes";
    public static final String SESSION_AFTER_DEADLINE = "Session after the dossier's deadline";
    public static final String NO_QUORUM_AFTER_RECUSAL = "No quorum after recusal";
    public static final String DOSSIER_NOT_SCHEDULED = "Dossier not scheduled";
    public static final String AWARD_SPREAD_OVER_SESSIONS = "Award spread over sessions";
    public static final String URGENT_DOSSIER_REVIEWED_LATE = "Urgent dossier reviewed late";
    public static final String UNBALANCED_SESSION_LOAD = "Unbalanced session load";
    public static final String SESSION_CONVENED = "Session convened";

    /** Spreading one award over one more session costs as much as half an hour. */
    static final int AWARD_SPREAD_WEIGHT = 30;
    /** Convening a session costs as much as an hour of the council's time. */
    static final int SESSION_WEIGHT = 60;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            sessionOverItsMinutes(factory),
            sessionAfterDeadline(factory),
            noQuorumAfterRecusal(factory),
            dossierNotScheduled(factory),
            awardSpreadOverSessions(factory),
            urgentDossierReviewedLate(factory),
            unbalancedSessionLoad(factory),
            sessionConvened(factory)
        };
    }

    Constraint sessionOverItsMinutes(ConstraintFactory factory) {
        // A session's dossiers fit in its minutes; penalised by the minutes over.
        return factory.forEach(Dossier.class)
                .groupBy(Dossier::getSession, sum(Dossier::getMinutes))
                .filter((session, load) -> load > session.getMinutes())
                .penalize(HardMediumSoftScore.ONE_HARD, (session, load) -> load - session.getMinutes())
                .asConstraint(SESSION_OVER_ITS_MINUTES);
    }

    Constraint sessionAfterDeadline(ConstraintFactory factory) {
        // A session starts no later than the dossier's deadline (it may be on that day); penalised by the days late.
        return factory.forEach(Dossier.class)
                .filter(dossier -> dossier.getSession().getDate().isAfter(dossier.getDeadline()))
                .penalize(HardMediumSoftScore.ONE_HARD,
                        dossier -> (int) ChronoUnit.DAYS.between(dossier.getDeadline(), dossier.getSession().getDate()))
                .asConstraint(SESSION_AFTER_DEADLINE);
    }

    Constraint noQuorumAfterRecusal(ConstraintFactory factory) {
        // After recusal, the session's available members reach the quorum; penalised by the members missing.
        return factory.forEach(Dossier.class)
                .join(Quorum.class)
                .filter((dossier, quorum) -> dossier.getSession().reviewersOf(dossier) < quorum.required())
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (dossier, quorum) -> quorum.required() - dossier.getSession().reviewersOf(dossier))
                .asConstraint(NO_QUORUM_AFTER_RECUSAL);
    }

    Constraint dossierNotScheduled(ConstraintFactory factory) {
        // Every dossier is reviewed in some session; one left out is listed with its reason, never dropped.
        return factory.forEachIncludingNullVars(Dossier.class)
                .filter(dossier -> dossier.getSession() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .asConstraint(DOSSIER_NOT_SCHEDULED);
    }

    Constraint awardSpreadOverSessions(ConstraintFactory factory) {
        // Dossiers of the same award are reviewed together; penalised per session beyond the first that an award takes.
        return factory.forEach(Dossier.class)
                .groupBy(Dossier::getAward, countDistinct(Dossier::getSession))
                .filter((award, sessions) -> sessions > 1)
                .penalize(HardMediumSoftScore.ofSoft(AWARD_SPREAD_WEIGHT), (award, sessions) -> sessions - 1)
                .asConstraint(AWARD_SPREAD_OVER_SESSIONS);
    }

    Constraint urgentDossierReviewedLate(ConstraintFactory factory) {
        // Earlier deadlines are reviewed earlier; penalised by the days a dossier waits after the first session times its urgency.
        return factory.forEach(Dossier.class)
                .join(Horizon.class)
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        (dossier, horizon) -> horizon.daysAfterFirst(dossier.getSession()) * horizon.urgency(dossier))
                .asConstraint(URGENT_DOSSIER_REVIEWED_LATE);
    }

    Constraint unbalancedSessionLoad(ConstraintFactory factory) {
        // The load is balanced across the sessions used; penalised by the minutes the busiest has over the least busy.
        return factory.forEach(Dossier.class)
                .groupBy(Dossier::getSession, sum(Dossier::getMinutes))
                .groupBy(max((Session session, Integer load) -> load), min((Session session, Integer load) -> load))
                .filter((busiest, quietest) -> busiest > quietest)
                .penalize(HardMediumSoftScore.ONE_SOFT, (busiest, quietest) -> busiest - quietest)
                .asConstraint(UNBALANCED_SESSION_LOAD);
    }

    Constraint sessionConvened(ConstraintFactory factory) {
        // The council meets in as few sessions as it can; penalised per session with at least one dossier.
        return factory.forEach(Dossier.class)
                .groupBy(Dossier::getSession)
                .penalize(HardMediumSoftScore.ofSoft(SESSION_WEIGHT))
                .asConstraint(SESSION_CONVENED);
    }
}

package vn.thidua.council;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A session ready to be filled in: from a stored schedule's session, its date, time and room, every
 * member of the council with their role and whether the schedule expects them, its dossiers and the
 * members who recuse from each; without a schedule, only the run's dossiers. Nothing of it is recorded.
 * {@code attendance} of a member is the schedule's expectation (PRESENT when listed available, ABSENT
 * otherwise), null without a schedule; {@code heldOn}, {@code startsAt}, {@code place}, {@code chair}
 * and {@code secretary} are null when unknown.
 */
public record SessionDraft(
        long runId,
        Long scheduleId,
        String scheduleSession,
        LocalDate heldOn,
        String startsAt,
        String place,
        String chair,
        String secretary,
        List<SessionInput.Member> members,
        List<Line> dossiers) {

    /** A dossier of the session with the members the schedule recuses from it (empty without a schedule). */
    public record Line(CouncilSessions.Dossier dossier, List<String> recused) {
    }

    /** A session of a stored schedule of the run, to choose from: when, where and how many dossiers it reviews. */
    public record Choice(long scheduleId, String session, LocalDateTime start, String room, int dossiers) {
    }
}

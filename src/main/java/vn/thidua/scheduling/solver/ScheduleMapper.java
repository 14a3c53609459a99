package vn.thidua.scheduling.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.scheduling.CouncilMember;
import vn.thidua.scheduling.ReviewDossier;
import vn.thidua.scheduling.ReviewSession;
import vn.thidua.scheduling.ScheduleResult.Assignment;
import vn.thidua.scheduling.SchedulingRequest;

/** Moves data between the request and the planning types; planning types never leave the module. */
public final class ScheduleMapper {

    private ScheduleMapper() {
    }

    /** A fresh, unsolved planning problem for a validated request: every dossier unassigned. */
    public static CouncilSchedule toSolution(SchedulingRequest request) {
        Map<String, Member> members = new HashMap<>();
        for (CouncilMember member : request.members()) {
            members.put(member.id(), new Member(member.id(), member.unit(), member.personId()));
        }
        List<Session> sessions = new ArrayList<>();
        for (ReviewSession session : request.sessions()) {
            sessions.add(new Session(session.id(), session.start(), session.minutes(),
                    session.availableMembers().stream().map(members::get).toList()));
        }
        List<Dossier> dossiers = new ArrayList<>();
        for (ReviewDossier dossier : request.dossiers()) {
            dossiers.add(new Dossier(dossier.id(), dossier.subjectId(), dossier.unit(), dossier.award(),
                    dossier.minutes(), dossier.deadline()));
        }
        LocalDate first = sessions.stream().map(Session::getDate).min(LocalDate::compareTo).orElse(LocalDate.EPOCH);
        LocalDate last = sessions.stream().map(Session::getDate).max(LocalDate::compareTo).orElse(LocalDate.EPOCH);
        return new CouncilSchedule(new Quorum(request.quorum(), request.members().size()), new Horizon(first, last),
                sessions, dossiers);
    }

    /**
     * The assigned dossiers in the request's order, each with the session's available members who
     * recuse from it, in the order the session lists them.
     */
    public static List<Assignment> assignments(CouncilSchedule schedule) {
        List<Assignment> assignments = new ArrayList<>();
        for (Dossier dossier : schedule.getDossiers()) {
            Session session = dossier.getSession();
            if (session != null) {
                assignments.add(new Assignment(dossier.getId(), session.getId(),
                        session.recusedFrom(dossier).stream().map(Member::id).toList()));
            }
        }
        return assignments;
    }
}

package vn.thidua.council;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.FieldError;
import vn.thidua.dossier.ValidationException;
import vn.thidua.scheduling.CouncilMember;
import vn.thidua.scheduling.MemberRole;
import vn.thidua.scheduling.ReviewDossier;
import vn.thidua.scheduling.ReviewSession;
import vn.thidua.scheduling.ScheduleResult;
import vn.thidua.scheduling.ScheduleView;
import vn.thidua.scheduling.Schedules;
import vn.thidua.scheduling.SchedulingRequest;

/**
 * Sessions to fill in before recording: from a session of a schedule stored for the run (its members
 * from the scheduling request, its dossiers and recusals from the schedule's result), or the run's
 * dossiers alone. The form and the ballot workbook both start from here.
 */
@Service
public class SessionDrafts {

    private final CouncilSessions sessions;
    private final Schedules schedules;
    private final JsonMapper json;

    SessionDrafts(CouncilSessions sessions, Schedules schedules, JsonMapper json) {
        this.sessions = sessions;
        this.schedules = schedules;
        this.json = json;
    }

    /** The sessions of the schedules built from this run that have a result, oldest schedule first; empty when none. */
    public List<SessionDraft.Choice> choices(long runId) {
        List<SessionDraft.Choice> choices = new ArrayList<>();
        for (long id : schedules.ofRun(runId)) {
            Optional<ScheduleView> view = schedules.find(id);
            Optional<SchedulingRequest> request = request(id);
            if (view.isEmpty() || view.get().result() == null || request.isEmpty()) {
                continue;
            }
            for (ReviewSession s : request.get().sessions()) {
                int dossiers = (int) view.get().result().assignments().stream().filter(a -> a.session().equals(s.id())).count();
                choices.add(new SessionDraft.Choice(id, s.id(), s.start(), s.room(), dossiers));
            }
        }
        return choices;
    }

    /**
     * A draft of a session of the run: from the schedule's session when {@code scheduleId} is given
     * (with {@code scheduleSession}), else every dossier of the run the council may vote on and no member.
     *
     * @throws vn.thidua.system.NotFoundException when no run has this id
     * @throws ValidationException naming scheduleId or scheduleSession when the schedule is not one of
     *         this run's, has no result yet, or has no such session
     */
    public SessionDraft draft(long runId, Long scheduleId, String scheduleSession) {
        List<CouncilSessions.Dossier> dossiers = sessions.dossiers(runId);
        if (scheduleId == null) {
            if (scheduleSession != null && !scheduleSession.isBlank()) {
                throw invalid("scheduleSession", "names a session of a schedule, but scheduleId is not given");
            }
            return new SessionDraft(runId, null, null, null, null, null, null, null, List.of(),
                    dossiers.stream().map(d -> new SessionDraft.Line(d, List.of())).toList());
        }
        ScheduleView view = schedules.find(scheduleId).orElseThrow(() -> invalid("scheduleId", "no schedule " + scheduleId));
        if (view.sourceRunId() == null || view.sourceRunId() != runId) {
            throw invalid("scheduleId", "schedule " + scheduleId + " was not built from run " + runId);
        }
        if (view.result() == null) {
            throw invalid("scheduleId", "schedule " + scheduleId + " has no result yet (" + view.status() + ")");
        }
        if (scheduleSession == null || scheduleSession.isBlank()) {
            throw invalid("scheduleSession", "is required with scheduleId: the id of one of the schedule's sessions");
        }
        SchedulingRequest request = request(scheduleId).orElseThrow();
        ReviewSession session = request.sessions().stream().filter(s -> s.id().equals(scheduleSession)).findFirst()
                .orElseThrow(() -> invalid("scheduleSession", "schedule " + scheduleId + " has no session \"" + scheduleSession + "\""));
        Map<String, ReviewDossier> byId = new HashMap<>();
        request.dossiers().forEach(d -> byId.putIfAbsent(d.id(), d));
        Map<String, CouncilSessions.Dossier> ofRun = new HashMap<>();
        dossiers.forEach(d -> ofRun.putIfAbsent(d.subjectId() + "/" + d.award(), d));
        List<SessionDraft.Line> lines = new ArrayList<>();
        for (ScheduleResult.Assignment a : view.result().assignments()) {
            ReviewDossier reviewed = byId.get(a.dossier());
            CouncilSessions.Dossier dossier = reviewed == null ? null : ofRun.get(reviewed.subjectId() + "/" + reviewed.award());
            if (a.session().equals(scheduleSession) && dossier != null) {
                lines.add(new SessionDraft.Line(dossier, a.recused() == null ? List.of() : List.copyOf(a.recused())));
            }
        }
        List<SessionInput.Member> members = request.members().stream().map(m -> new SessionInput.Member(m.id(), m.name(),
                position(m.role()), m.unit(), m.personId(), session.availableMembers().contains(m.id()) ? "PRESENT" : "ABSENT")).toList();
        return new SessionDraft(runId, scheduleId, scheduleSession, session.start().toLocalDate(),
                String.format("%02d:%02d", session.start().getHour(), session.start().getMinute()), session.room(),
                officer(request, MemberRole.CHAIR), officer(request, MemberRole.SECRETARY), members, lines);
    }

    private Optional<SchedulingRequest> request(long scheduleId) {
        return schedules.request(scheduleId).map(r -> json.readValue(r, SchedulingRequest.class));
    }

    private static String officer(SchedulingRequest request, MemberRole role) {
        return request.members().stream().filter(m -> m.role() == role).map(CouncilMember::id).findFirst().orElse(null);
    }

    /** The member's role in the council as the minutes print it. */
    private static String position(MemberRole role) {
        return switch (role) {
            case CHAIR -> "Chủ tịch Hội đồng";
            case VICE_CHAIR -> "Phó Chủ tịch Hội đồng";
            case SECRETARY -> "Thư ký Hội đồng";
            case MEMBER -> "Ủy viên Hội đồng";
        };
    }

    private static ValidationException invalid(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }
}

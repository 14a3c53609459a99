package vn.thidua.web.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.accounts.Account;
import vn.thidua.consultation.CommentAnswers;
import vn.thidua.consultation.CommentStatus;
import vn.thidua.consultation.CommentThread;
import vn.thidua.consultation.OpinionThread;
import vn.thidua.consultation.SupervisionOpinions;
import vn.thidua.scheduling.ReviewDossier;
import vn.thidua.scheduling.ReviewSession;
import vn.thidua.scheduling.ScheduleResult;
import vn.thidua.scheduling.ScheduleView;
import vn.thidua.scheduling.Schedules;
import vn.thidua.scheduling.SchedulingRequest;
import vn.thidua.web.site.CurrentUser;

/**
 * Council members: from the stored schedules, the sessions they sit in, the dossiers of each, the
 * ones they recuse from, and the public comments on those candidates and the Fatherland Front's
 * supervision opinions, with the secretariat's answers, read before they vote (an opinion still
 * unanswered is marked). Administrators see every session.
 */
@Controller
class CouncilController {

    record DossierLine(ReviewDossier dossier, boolean recused, List<CommentThread> comments, List<OpinionThread> opinions) {

        public long openComments() {
            return comments.stream().filter(c -> c.status() == CommentStatus.OPEN).count();
        }

        public long unansweredOpinions() {
            return opinions.stream().filter(o -> !o.answered()).count();
        }

        public boolean anything() {
            return !comments.isEmpty() || !opinions.isEmpty();
        }
    }

    record SessionLine(long scheduleId, ReviewSession session, List<DossierLine> dossiers) {
    }

    private final Schedules schedules;
    private final JsonMapper json;
    private final CommentAnswers answers;
    private final SupervisionOpinions opinions;
    private final CurrentUser currentUser;

    CouncilController(Schedules schedules, JsonMapper json, CommentAnswers answers, SupervisionOpinions opinions, CurrentUser currentUser) {
        this.opinions = opinions;
        this.schedules = schedules;
        this.json = json;
        this.answers = answers;
        this.currentUser = currentUser;
    }

    @GetMapping("/council")
    String sessions(Model model) {
        Account me = currentUser.get();
        String member = me.councilMemberId();
        List<SessionLine> lines = new ArrayList<>();
        for (Long id : schedules.newest(20)) {
            ScheduleView view = schedules.find(id).orElse(null);
            String requestJson = schedules.request(id).orElse(null);
            if (view == null || view.result() == null || requestJson == null) {
                continue;
            }
            SchedulingRequest request = json.readValue(requestJson, SchedulingRequest.class);
            Map<String, ReviewDossier> dossiers = request.dossiers().stream()
                    .collect(Collectors.toMap(ReviewDossier::id, Function.identity(), (a, b) -> a));
            for (ReviewSession session : request.sessions()) {
                if (member != null && !session.availableMembers().contains(member)) {
                    continue;
                }
                List<DossierLine> inSession = new ArrayList<>();
                for (ScheduleResult.Assignment a : view.result().assignments()) {
                    ReviewDossier dossier = dossiers.get(a.dossier());
                    if (a.session().equals(session.id()) && dossier != null) {
                        // A schedule built from a run names the run: its comments are the run's lists' own.
                        List<CommentThread> comments = view.sourceRunId() == null
                                ? answers.about(dossier.subjectId(), dossier.award().name())
                                : answers.about(view.sourceRunId(), dossier.subjectId(), dossier.award().name());
                        // The Fatherland Front's opinions on the dossier and on its run's lists (a schedule from a run only).
                        List<OpinionThread> filed = view.sourceRunId() == null ? List.of()
                                : opinions.about(view.sourceRunId(), dossier.subjectId(), dossier.award().name());
                        inSession.add(new DossierLine(dossier, member != null && a.recused().contains(member), comments, filed));
                    }
                }
                lines.add(new SessionLine(id, session, inSession));
            }
        }
        model.addAttribute("member", member);
        model.addAttribute("sessions", lines);
        return "council/sessions";
    }
}

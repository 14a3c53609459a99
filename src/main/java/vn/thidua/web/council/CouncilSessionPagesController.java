package vn.thidua.web.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.council.CouncilSession;
import vn.thidua.council.CouncilSessions;
import vn.thidua.council.SessionInput;
import vn.thidua.dossier.ValidationException;
import vn.thidua.evaluation.RunAccess;
import vn.thidua.system.NotFoundException;
import vn.thidua.web.runs.RunScope;
import vn.thidua.web.site.CurrentUser;

/**
 * The council's sessions as pages: the secretariat records a session on a run (members with their
 * attendance, the run's dossiers with their counts) and sees the results; council members, auditors
 * and administrators read the sessions, the dossiers and the ballot results, and the minutes.
 */
@Controller
class CouncilSessionPagesController {

    static final int MEMBER_ROWS = 15;

    private final CouncilSessions sessions;
    private final RunScope scope;
    private final RunAccess access;
    private final CurrentUser currentUser;

    CouncilSessionPagesController(CouncilSessions sessions, RunScope scope, RunAccess access, CurrentUser currentUser) {
        this.sessions = sessions;
        this.scope = scope;
        this.access = access;
        this.currentUser = currentUser;
    }

    @GetMapping("/runs/{id}/council")
    String run(@PathVariable long id, Model model) {
        scope.check(id);
        return form(id, Map.of(), List.of(), model);
    }

    @PostMapping("/runs/{id}/council")
    String record(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        scope.check(id);
        List<CouncilSessions.Dossier> dossiers = sessions.dossiers(id);
        try {
            CouncilSession session = sessions.record(id, SessionForm.read(form, dossiers), currentUser.get().username());
            return "redirect:/council/sessions/" + session.id();
        } catch (ValidationException e) {
            return form(id, form, e.errors().stream().map(Object::toString).toList(), model);
        }
    }

    @GetMapping("/council/sessions")
    String sessions(Model model) {
        List<CouncilSession> visible = new ArrayList<>();
        for (CouncilSession s : sessions.newest(50)) {
            if (access.sees(currentUser.get(), s.runId())) {
                visible.add(s);
            }
        }
        model.addAttribute("sessions", visible);
        return "council/recorded";
    }

    @GetMapping("/council/sessions/{id}")
    String session(@PathVariable long id, Model model) {
        CouncilSession session = sessions.find(id).orElseThrow(() -> new NotFoundException("no council session " + id));
        scope.check(session.runId());
        model.addAttribute("s", session);
        return "council/session";
    }

    @GetMapping("/council/sessions/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable long id, Locale locale) {
        CouncilSession session = sessions.find(id).orElseThrow(() -> new NotFoundException("no council session " + id));
        scope.check(session.runId());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bien-ban-hop-hoi-dong-" + id + ".pdf").build().toString())
                .body(sessions.minutes(id, locale).orElseThrow());
    }

    private String form(long id, Map<String, String> form, List<String> errors, Model model) {
        model.addAttribute("runId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("rows", java.util.stream.IntStream.range(0, MEMBER_ROWS).boxed().toList());
        model.addAttribute("dossiers", sessions.dossiers(id));
        model.addAttribute("sessions", sessions.ofRun(id));
        return "council/record";
    }

    /** The form's fields as a session: member rows with an id, dossier rows with any count filled in. */
    static final class SessionForm {

        private SessionForm() {
        }

        static SessionInput read(Map<String, String> form, List<CouncilSessions.Dossier> dossiers) {
            List<vn.thidua.dossier.FieldError> errors = new ArrayList<>();
            SessionInput input = read(form, dossiers, errors);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return input;
        }

        private static SessionInput read(Map<String, String> form, List<CouncilSessions.Dossier> dossiers,
                List<vn.thidua.dossier.FieldError> errors) {
            List<SessionInput.Member> members = new ArrayList<>();
            for (int i = 0; i < MEMBER_ROWS; i++) {
                String memberId = value(form, "m" + i + ".id");
                if (memberId != null) {
                    members.add(new SessionInput.Member(memberId, value(form, "m" + i + ".name"), value(form, "m" + i + ".position"),
                            value(form, "m" + i + ".unit"), value(form, "m" + i + ".personId"), value(form, "m" + i + ".attendance")));
                }
            }
            List<SessionInput.Ballot> ballots = new ArrayList<>();
            for (int i = 0; i < dossiers.size(); i++) {
                String agree = value(form, "d" + i + ".agree");
                String disagree = value(form, "d" + i + ".disagree");
                String invalid = value(form, "d" + i + ".invalid");
                if (agree == null && disagree == null && invalid == null) {
                    continue;
                }
                String recused = value(form, "d" + i + ".recused");
                ballots.add(new SessionInput.Ballot(dossiers.get(i).subjectId(), dossiers.get(i).award().name(),
                        number("ballots[" + i + "].agree", agree, errors), number("ballots[" + i + "].disagree", disagree, errors),
                        number("ballots[" + i + "].invalid", invalid, errors), recused == null ? null : List.of(recused.split("\\s*,\\s*"))));
            }
            Integer supersedes = number("supersedes", value(form, "supersedes"), errors);
            return new SessionInput(null, null, supersedes == null ? null : supersedes.longValue(), value(form, "heldOn"), value(form, "startsAt"),
                    value(form, "place"), value(form, "councilName"), value(form, "chair"), value(form, "secretary"),
                    value(form, "note"), members, ballots);
        }

        private static String value(Map<String, String> form, String name) {
            String v = form.get(name);
            return v == null || v.isBlank() ? null : v.strip();
        }

        private static Integer number(String field, String text, List<vn.thidua.dossier.FieldError> errors) {
            if (text == null) {
                return null;
            }
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                errors.add(new vn.thidua.dossier.FieldError(field, "\"" + text + "\" is not a whole number"));
                return null;
            }
        }
    }
}

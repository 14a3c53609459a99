package vn.thidua.web.council;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.consultation.CommentAnswers;
import vn.thidua.consultation.CommentThread;
import vn.thidua.consultation.OpinionThread;
import vn.thidua.consultation.SupervisionOpinions;
import vn.thidua.council.BallotWorkbooks;
import vn.thidua.council.CouncilSession;
import vn.thidua.council.CouncilSessions;
import vn.thidua.council.SessionDraft;
import vn.thidua.council.SessionDrafts;
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

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CouncilSessions sessions;
    private final SessionDrafts drafts;
    private final BallotWorkbooks workbooks;
    private final RunScope scope;
    private final RunAccess access;
    private final CurrentUser currentUser;
    private final CommentAnswers answers;
    private final SupervisionOpinions opinions;

    CouncilSessionPagesController(CouncilSessions sessions, SessionDrafts drafts, BallotWorkbooks workbooks, RunScope scope,
            RunAccess access, CurrentUser currentUser, CommentAnswers answers, SupervisionOpinions opinions) {
        this.opinions = opinions;
        this.answers = answers;
        this.sessions = sessions;
        this.drafts = drafts;
        this.workbooks = workbooks;
        this.scope = scope;
        this.access = access;
        this.currentUser = currentUser;
    }

    @GetMapping("/runs/{id}/council")
    String run(@PathVariable long id, @RequestParam(required = false) Long scheduleId,
            @RequestParam(required = false) String scheduleSession, Model model) {
        scope.check(id);
        if (scheduleId == null && scheduleSession == null) {
            return form(id, drafts.draft(id, null, null), Map.of(), List.of(), model);
        }
        try {
            SessionDraft draft = drafts.draft(id, scheduleId, scheduleSession);
            return form(id, draft, SessionForm.of(draft), List.of(), model);
        } catch (ValidationException e) {
            return form(id, drafts.draft(id, null, null), Map.of(), messages(e), model);
        }
    }

    @PostMapping("/runs/{id}/council")
    String record(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        scope.check(id);
        List<CouncilSessions.Dossier> dossiers = sessions.dossiers(id);
        try {
            CouncilSession session = sessions.record(id, SessionForm.read(form, dossiers), currentUser.get().username());
            return "redirect:/council/sessions/" + session.id();
        } catch (ValidationException e) {
            return form(id, posted(id, form), form, messages(e), model);
        }
    }

    @GetMapping("/runs/{id}/council/ballot-sheet.xlsx")
    ResponseEntity<byte[]> ballotSheet(@PathVariable long id, @RequestParam(required = false) Long scheduleId,
            @RequestParam(required = false) String scheduleSession) {
        scope.check(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("phieu-bieu-quyet-" + id + (scheduleSession == null ? "" : "-" + scheduleSession) + ".xlsx")
                        .build().toString())
                .body(workbooks.sheet(id, scheduleId, scheduleSession));
    }

    @PostMapping("/runs/{id}/council/ballot-sheet")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model) throws IOException {
        scope.check(id);
        List<String> errors;
        if (file.isEmpty()) {
            errors = List.of("file: chọn tệp .xlsx đã điền / choose the filled .xlsx file");
        } else {
            try (InputStream in = file.getInputStream()) {
                CouncilSession session = workbooks.record(id, in, currentUser.get().username());
                return "redirect:/council/sessions/" + session.id();
            } catch (ValidationException e) {
                errors = messages(e);
            }
        }
        model.addAttribute("workbookErrors", errors);
        model.addAttribute("fileName", file.getOriginalFilename());
        return form(id, drafts.draft(id, null, null), Map.of(), List.of(), model);
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
        // The comments on each dossier voted on, with the secretariat's answers, as the council read them.
        Map<String, List<CommentThread>> comments = new LinkedHashMap<>();
        session.results().forEach(r -> comments.put(r.subjectId() + "|" + r.award(),
                answers.about(session.runId(), r.subjectId(), r.award().name())));
        model.addAttribute("comments", comments);
        model.addAttribute("anyComments", comments.values().stream().anyMatch(c -> !c.isEmpty()));
        List<OpinionThread> filed = opinions.ofRun(session.runId());
        model.addAttribute("opinions", filed);
        Map<String, String> names = new java.util.HashMap<>();
        session.results().forEach(r -> names.put(r.subjectId(), r.subjectName()));
        model.addAttribute("names", names);
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

    private String form(long id, SessionDraft draft, Map<String, String> form, List<String> errors, Model model) {
        model.addAttribute("runId", id);
        model.addAttribute("draft", draft);
        model.addAttribute("choices", drafts.choices(id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("rows", java.util.stream.IntStream.range(0, Math.max(MEMBER_ROWS, draft.members().size())).boxed().toList());
        model.addAttribute("dossiers", draft.dossiers().stream().map(SessionDraft.Line::dossier).toList());
        model.addAttribute("sessions", sessions.ofRun(id));
        return "council/record";
    }

    /** The draft a refused form was filled from, so that it is shown again with the same dossiers in the same rows. */
    private SessionDraft posted(long id, Map<String, String> form) {
        try {
            Long scheduleId = form.get("scheduleId") == null || form.get("scheduleId").isBlank() ? null : Long.valueOf(form.get("scheduleId"));
            return drafts.draft(id, scheduleId, scheduleId == null ? null : form.get("scheduleSession"));
        } catch (NumberFormatException | ValidationException e) {
            return drafts.draft(id, null, null);
        }
    }

    private static List<String> messages(ValidationException e) {
        return e.errors().stream().map(Object::toString).toList();
    }

    /** The form's fields as a session: member rows with an id, dossier rows with any count filled in. */
    static final class SessionForm {

        /** The most member rows a form is read for. */
        private static final int MOST_ROWS = 500;

        private SessionForm() {
        }

        /** The form's fields pre-filled from a draft: session, members with the attendance the schedule expects, recusals. */
        static Map<String, String> of(SessionDraft draft) {
            Map<String, String> form = new LinkedHashMap<>();
            put(form, "scheduleId", draft.scheduleId() == null ? null : draft.scheduleId().toString());
            put(form, "scheduleSession", draft.scheduleSession());
            put(form, "heldOn", draft.heldOn() == null ? null : draft.heldOn().toString());
            put(form, "startsAt", draft.startsAt());
            put(form, "place", draft.place());
            put(form, "chair", draft.chair());
            put(form, "secretary", draft.secretary());
            for (int i = 0; i < draft.members().size(); i++) {
                SessionInput.Member m = draft.members().get(i);
                put(form, "m" + i + ".id", m.id());
                put(form, "m" + i + ".name", m.name());
                put(form, "m" + i + ".position", m.position());
                put(form, "m" + i + ".unit", m.unit());
                put(form, "m" + i + ".personId", m.personId());
                put(form, "m" + i + ".attendance", m.attendance());
            }
            for (int i = 0; i < draft.dossiers().size(); i++) {
                put(form, "d" + i + ".recused", String.join(", ", draft.dossiers().get(i).recused()));
            }
            return form;
        }

        private static void put(Map<String, String> form, String name, String value) {
            if (value != null && !value.isEmpty()) {
                form.put(name, value);
            }
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
            for (int i = 0; i < MOST_ROWS; i++) {
                String memberId = value(form, "m" + i + ".id");
                if (memberId != null) {
                    members.add(new SessionInput.Member(memberId, value(form, "m" + i + ".name"), value(form, "m" + i + ".position"),
                            value(form, "m" + i + ".unit"), value(form, "m" + i + ".personId"), value(form, "m" + i + ".attendance")));
                }
            }
            List<SessionInput.Ballot> ballots = new ArrayList<>();
            for (int i = 0; i < Math.max(dossiers.size(), MOST_ROWS) && (i < dossiers.size() || form.containsKey("d" + i + ".subjectId")); i++) {
                String agree = value(form, "d" + i + ".agree");
                String disagree = value(form, "d" + i + ".disagree");
                String invalid = value(form, "d" + i + ".invalid");
                if (agree == null && disagree == null && invalid == null) {
                    continue;
                }
                String recused = value(form, "d" + i + ".recused");
                // The row names its dossier; a form without those fields numbers the run's dossiers.
                String subjectId = value(form, "d" + i + ".subjectId");
                String award = value(form, "d" + i + ".award");
                boolean numbered = i < dossiers.size();
                ballots.add(new SessionInput.Ballot(subjectId != null || !numbered ? subjectId : dossiers.get(i).subjectId(),
                        award != null || !numbered ? award : dossiers.get(i).award().name(),
                        number("ballots[" + i + "].agree", agree, errors), number("ballots[" + i + "].disagree", disagree, errors),
                        number("ballots[" + i + "].invalid", invalid, errors), recused == null ? null : List.of(recused.split("\\s*,\\s*"))));
            }
            Integer supersedes = number("supersedes", value(form, "supersedes"), errors);
            Integer scheduleId = number("scheduleId", value(form, "scheduleId"), errors);
            return new SessionInput(scheduleId == null ? null : scheduleId.longValue(), value(form, "scheduleSession"), supersedes == null ? null : supersedes.longValue(), value(form, "heldOn"), value(form, "startsAt"),
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

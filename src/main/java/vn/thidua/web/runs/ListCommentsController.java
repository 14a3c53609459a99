package vn.thidua.web.runs;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import vn.thidua.accounts.Account;
import vn.thidua.audit.ResultRows;
import vn.thidua.consultation.CommentAnswers;
import vn.thidua.consultation.CommentStatus;
import vn.thidua.consultation.CommentThread;
import vn.thidua.consultation.ConsultationException;
import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.OpinionThread;
import vn.thidua.consultation.PublicList;
import vn.thidua.consultation.SupervisionOpinions;
import vn.thidua.system.NotFoundException;
import vn.thidua.web.site.CurrentUser;

/**
 * The secretariat's page of a published list: the Fatherland Front's supervision opinions and the
 * public's comments by status with their counts, each with the answer in force and the versions it
 * superseded, and the forms that answer (or answer again).
 */
@Controller
class ListCommentsController {

    /** What the answer form sent back when it was refused, shown again in the comment's own form. */
    record AnswerForm(long comment, String body, String status) {
    }

    /** A status the page filters by, with how many comments of the list stand at it. */
    record StatusCount(CommentStatus status, long count) {
    }

    private final Consultations consultations;
    private final CommentAnswers answers;
    private final ResultRows rows;
    private final RunScope scope;
    private final CurrentUser currentUser;
    private final SupervisionOpinions opinions;

    ListCommentsController(Consultations consultations, CommentAnswers answers, ResultRows rows, RunScope scope,
            CurrentUser currentUser, SupervisionOpinions opinions) {
        this.opinions = opinions;
        this.consultations = consultations;
        this.answers = answers;
        this.rows = rows;
        this.scope = scope;
        this.currentUser = currentUser;
    }

    @GetMapping("/runs/{id}/lists/{listId}")
    String comments(@PathVariable long id, @PathVariable long listId, @RequestParam(required = false) String status, Model model) {
        scope.check(id);
        return page(list(id, listId), CommentStatus.named(status).orElse(null), model);
    }

    @PostMapping("/runs/{id}/lists/{listId}/opinion-answers")
    String answerOpinion(@PathVariable long id, @PathVariable long listId, @RequestParam(required = false) Long opinion,
            @RequestParam(required = false) String body, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer replaces, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        PublicList list = list(id, listId);
        Account me = currentUser.get();
        long opinionId = opinion == null ? 0 : opinion;
        try {
            opinions.answer(listId, opinionId, body, status, replaces, me);
            redirect.addFlashAttribute("opinionAnswered", opinionId);
            return "redirect:/runs/" + id + "/lists/" + listId + "#opinion-" + opinionId;
        } catch (ConsultationException e) {
            model.addAttribute("error", e.messageVi() + " / " + e.getMessage());
            model.addAttribute("errorField", e.field());
            model.addAttribute("opinionForm", new AnswerForm(opinionId, body, status));
            if (!answers.mayAnswer(me, list)) {
                response.setStatus(HttpStatus.FORBIDDEN.value());
                return "runs/comments-refused";
            }
            return page(list, null, model);
        }
    }

    @PostMapping("/runs/{id}/lists/{listId}/answers")
    String answer(@PathVariable long id, @PathVariable long listId, @RequestParam(required = false) Long comment,
            @RequestParam(required = false) String body, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer replaces, @RequestParam(required = false) String shown, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        PublicList list = list(id, listId);
        Account me = currentUser.get();
        long commentId = comment == null ? 0 : comment;
        try {
            answers.answer(listId, commentId, body, status, replaces, me);
            redirect.addFlashAttribute("answered", commentId);
            return "redirect:/runs/" + id + "/lists/" + listId + (shown == null || shown.isBlank() ? "" : "?status=" + shown)
                    + "#comment-" + commentId;
        } catch (ConsultationException e) {
            model.addAttribute("error", e.messageVi() + " / " + e.getMessage());
            model.addAttribute("errorField", e.field());
            model.addAttribute("form", new AnswerForm(commentId, body, status));
            if (!answers.mayAnswer(me, list)) {
                // Nothing of a list the user may not act on is shown: only why the answer was refused.
                response.setStatus(HttpStatus.FORBIDDEN.value());
                model.addAttribute("list", list);
                return "runs/comments-refused";
            }
            return page(list, CommentStatus.named(shown).orElse(null), model);
        }
    }

    private String page(PublicList list, CommentStatus status, Model model) {
        List<CommentThread> threads = answers.threads(list.id(), status);
        Map<CommentStatus, Long> counts = answers.counts(list.id());
        model.addAttribute("runId", list.runId());
        model.addAttribute("list", list);
        model.addAttribute("shown", status);
        model.addAttribute("statuses", counts.entrySet().stream().map(e -> new StatusCount(e.getKey(), e.getValue())).toList());
        model.addAttribute("answerable", List.of(CommentStatus.ANSWERED, CommentStatus.RESOLVED, CommentStatus.FORWARDED));
        model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("threads", threads);
        List<OpinionThread> filed = opinions.onList(list.id());
        model.addAttribute("opinions", filed);
        List<String> subjects = new java.util.ArrayList<>(threads.stream().map(t -> t.comment().subjectId()).toList());
        filed.stream().filter(o -> !o.opinion().onList()).forEach(o -> subjects.add(o.opinion().subjectId()));
        model.addAttribute("names", rows.names(list.runId(), subjects));
        model.addAttribute("mayAnswer", answers.mayAnswer(currentUser.get(), list));
        model.addAttribute("limit", CommentAnswers.LIMIT);
        return "runs/comments";
    }

    private PublicList list(long runId, long listId) {
        return consultations.find(listId).filter(l -> l.runId() == runId)
                .orElseThrow(() -> new NotFoundException("no public list " + listId + " in run " + runId));
    }
}

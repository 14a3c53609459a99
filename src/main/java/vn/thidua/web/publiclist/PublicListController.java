package vn.thidua.web.publiclist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.audit.ResultRows;
import vn.thidua.conferral.ConferredAwards;
import vn.thidua.consultation.CommentAnswers;
import vn.thidua.consultation.ConsultationException;
import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.PostingPeriods;
import vn.thidua.consultation.PostingPeriods.PostingPeriod;
import vn.thidua.consultation.PublicList;
import vn.thidua.consultation.PublicThread;
import vn.thidua.dossier.AwardCode;
import vn.thidua.system.NotFoundException;
import vn.thidua.web.runs.PageLinks;
import vn.thidua.web.runs.ProposedCandidates;
import vn.thidua.web.runs.ProposedCandidates.Candidate;

/**
 * The only anonymous pages: lists of proposed candidates open for comment, and those closed; a list's
 * posting period, its candidates, the comment form while it is open, every comment with the
 * secretariat's answer (never the commenter's name or contact), and once the decision is signed the
 * awards conferred on its run (name, unit, award).
 */
@Controller
class PublicListController {

    /** Closed lists the index keeps showing, most recently closed first. */
    static final int CLOSED_SHOWN = 50;

    private final Consultations consultations;
    private final ProposedCandidates candidates;
    private final PostingPeriods postings;
    private final CommentAnswers answers;
    private final ConferredAwards conferred;

    PublicListController(Consultations consultations, ProposedCandidates candidates, PostingPeriods postings, CommentAnswers answers,
            ConferredAwards conferred) {
        this.consultations = consultations;
        this.candidates = candidates;
        this.postings = postings;
        this.answers = answers;
        this.conferred = conferred;
    }

    @GetMapping("/public")
    String lists(Model model) {
        List<PublicList> lists = consultations.current();
        model.addAttribute("lists", lists);
        model.addAttribute("today", consultations.today());
        // posting window: each list's places and period
        Map<Long, PostingPeriod> periods = new HashMap<>();
        lists.forEach(l -> periods.put(l.id(), posting(l)));
        model.addAttribute("postings", periods);
        model.addAttribute("closed", consultations.closed(CLOSED_SHOWN));
        return "public/lists";
    }

    @GetMapping("/public/{id}")
    String list(@PathVariable long id, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + ResultRows.DEFAULT_SIZE) int size, Model model) {
        PublicList list = find(id);
        model.addAttribute("list", list);
        model.addAttribute("open", list.openOn(consultations.today()));
        candidatesPage(model, id, list, page, size);
        model.addAttribute("posting", posting(list));
        answered(model, list);
        return "public/list";
    }

    // Every comment with its answer in force, and after the decision the awards conferred on the list's run.
    private void answered(Model model, PublicList list) {
        List<PublicThread> threads = answers.publicThreads(list.id());
        model.addAttribute("threads", threads);
        model.addAttribute("names", candidates.names(list.runId(), threads.stream().map(PublicThread::subjectId).toList()));
        model.addAttribute("conferred", conferred.ofRun(list.runId()));
    }

    // The list is read a page at a time; the comment form offers the candidates of the page shown.
    private void candidatesPage(Model model, long id, PublicList list, int page, int size) {
        ProposedCandidates.Page shown = candidates.of(list.runId(), page, size);
        model.addAttribute("page", shown);
        model.addAttribute("candidates", shown.candidates());
        model.addAttribute("links", PageLinks.of("/public/" + id, Map.of(), shown.size(), shown.page(), shown.pages()));
    }

    @PostMapping("/public/{id}/comments")
    String comment(@PathVariable long id, @RequestParam String candidate, @RequestParam String authorName,
            @RequestParam(required = false) String contact, @RequestParam String body,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "" + ResultRows.DEFAULT_SIZE) int size,
            Model model, RedirectAttributes redirect) {
        PublicList list = find(id);
        Candidate chosen = chosen(list.runId(), candidate);
        try {
            if (chosen == null) {
                throw new IllegalArgumentException("Chọn một người / tập thể trong danh sách / Choose a candidate of the list");
            }
            consultations.comment(list, chosen.subjectId(), chosen.award().name(), authorName, contact, body);
            redirect.addFlashAttribute("thanks", true);
            return "redirect:/public/" + id;
        } catch (ConsultationException e) {
            model.addAttribute("error", e.messageVi() + " / " + e.getMessage());
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        model.addAttribute("list", list);
        model.addAttribute("open", list.openOn(consultations.today()));
        candidatesPage(model, id, list, page, size);
        model.addAttribute("posting", posting(list));
        answered(model, list);
        model.addAttribute("form", new CommentForm(candidate, authorName, contact, body));
        return "public/list";
    }

    // The value of a candidate in the form is "subject id|award"; anything else names no candidate.
    private Candidate chosen(long runId, String candidate) {
        int bar = candidate.lastIndexOf('|');
        if (bar < 0) {
            return null;
        }
        AwardCode award;
        try {
            award = AwardCode.valueOf(candidate.substring(bar + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return candidates.find(runId, candidate.substring(0, bar), award).orElse(null);
    }

    /** The posting window of a list, for the awards it proposes. */
    private PostingPeriod posting(PublicList list) {
        return postings.of(list, candidates.awards(list.runId()));
    }

    private PublicList find(long id) {
        return consultations.find(id).orElseThrow(() -> new NotFoundException("no public list " + id));
    }

    record CommentForm(String candidate, String authorName, String contact, String body) {
    }
}

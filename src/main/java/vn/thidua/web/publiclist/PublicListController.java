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

import vn.thidua.consultation.ConsultationException;
import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.PostingPeriods;
import vn.thidua.consultation.PostingPeriods.PostingPeriod;
import vn.thidua.consultation.PublicList;
import vn.thidua.system.NotFoundException;
import vn.thidua.web.runs.ProposedCandidates;
import vn.thidua.web.runs.ProposedCandidates.Candidate;

/** The only anonymous pages: lists of proposed candidates open for comment, and the comment form. */
@Controller
class PublicListController {

    private final Consultations consultations;
    private final ProposedCandidates candidates;
    private final PostingPeriods postings;

    PublicListController(Consultations consultations, ProposedCandidates candidates, PostingPeriods postings) {
        this.consultations = consultations;
        this.candidates = candidates;
        this.postings = postings;
    }

    @GetMapping("/public")
    String lists(Model model) {
        List<PublicList> lists = consultations.current();
        model.addAttribute("lists", lists);
        model.addAttribute("today", consultations.today());
        // posting window: each list's places and period
        Map<Long, PostingPeriod> periods = new HashMap<>();
        lists.forEach(l -> periods.put(l.id(), posting(l, candidates.of(l.runId()))));
        model.addAttribute("postings", periods);
        return "public/lists";
    }

    @GetMapping("/public/{id}")
    String list(@PathVariable long id, Model model) {
        PublicList list = find(id);
        model.addAttribute("list", list);
        model.addAttribute("open", list.openOn(consultations.today()));
        List<Candidate> proposed = candidates.of(list.runId());
        model.addAttribute("candidates", proposed);
        model.addAttribute("posting", posting(list, proposed));
        return "public/list";
    }

    @PostMapping("/public/{id}/comments")
    String comment(@PathVariable long id, @RequestParam String candidate, @RequestParam String authorName,
            @RequestParam(required = false) String contact, @RequestParam String body, Model model,
            RedirectAttributes redirect) {
        PublicList list = find(id);
        List<Candidate> proposed = candidates.of(list.runId());
        Candidate chosen = proposed.stream().filter(c -> (c.subjectId() + "|" + c.award()).equals(candidate)).findFirst()
                .orElse(null);
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
        model.addAttribute("candidates", proposed);
        model.addAttribute("posting", posting(list, proposed));
        model.addAttribute("form", new CommentForm(candidate, authorName, contact, body));
        return "public/list";
    }

    /** The posting window of a list, for the awards it proposes. */
    private PostingPeriod posting(PublicList list, List<Candidate> proposed) {
        return postings.of(list, proposed.stream().map(Candidate::award).toList());
    }

    private PublicList find(long id) {
        return consultations.find(id).orElseThrow(() -> new NotFoundException("no public list " + id));
    }

    record CommentForm(String candidate, String authorName, String contact, String body) {
    }
}

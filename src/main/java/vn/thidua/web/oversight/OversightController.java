package vn.thidua.web.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.accounts.Account;
import vn.thidua.audit.ResultRows;
import vn.thidua.consultation.CommentAnswers;
import vn.thidua.consultation.ConsultationException;
import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.OversightScope;
import vn.thidua.consultation.PostingPeriods;
import vn.thidua.consultation.PublicList;
import vn.thidua.consultation.PublicThread;
import vn.thidua.consultation.SupervisionOpinions;
import vn.thidua.evaluation.RunAccess;
import vn.thidua.system.NotFoundException;
import vn.thidua.web.runs.ProposedCandidates;
import vn.thidua.web.site.CurrentUser;

/**
 * The Fatherland Front committee's lists: every published list of a run naming its units, with the
 * posting period, the candidates as the public list shows them, the comments with the secretariat's
 * answers (no commenter's name or contact), and its supervision opinions with their answers and the
 * form that files one on the list or on a candidate of a unit it oversees. Read-only otherwise.
 */
@Controller
class OversightController {

    /** The runs whose lists the index reads. */
    static final int RUNS = 50;

    /** A list on the index, with its opinions: how many, how many still unanswered. */
    record ListLine(PublicList list, long opinions, long unanswered) {
    }

    record OpinionForm(String candidate, String body) {
    }

    private final Consultations consultations;
    private final CommentAnswers answers;
    private final SupervisionOpinions opinions;
    private final OversightScope scope;
    private final RunAccess access;
    private final ProposedCandidates candidates;
    private final PostingPeriods postings;
    private final ResultRows rows;
    private final CurrentUser currentUser;

    OversightController(Consultations consultations, CommentAnswers answers, SupervisionOpinions opinions, OversightScope scope,
            RunAccess access, ProposedCandidates candidates, PostingPeriods postings, ResultRows rows, CurrentUser currentUser) {
        this.consultations = consultations;
        this.answers = answers;
        this.opinions = opinions;
        this.scope = scope;
        this.access = access;
        this.candidates = candidates;
        this.postings = postings;
        this.rows = rows;
        this.currentUser = currentUser;
    }

    @GetMapping("/oversight")
    String lists(Model model) {
        Account me = currentUser.get();
        List<ListLine> lines = new ArrayList<>();
        List<Long> runs = new ArrayList<>();
        for (RunAccess.RunSummary run : access.visibleTo(me, RUNS)) {
            runs.add(run.id());
            for (PublicList list : consultations.ofRun(run.id())) {
                var filed = opinions.onList(list.id());
                lines.add(new ListLine(list, filed.size(), filed.stream().filter(t -> !t.answered()).count()));
            }
        }
        model.addAttribute("lists", lines);
        model.addAttribute("runs", runs);
        return "oversight/lists";
    }

    @GetMapping("/oversight/lists/{id}")
    String list(@PathVariable long id, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + ResultRows.DEFAULT_SIZE) int size, Model model) {
        return page(overseen(id), page, size, model);
    }

    @PostMapping("/oversight/lists/{id}/opinions")
    String file(@PathVariable long id, @RequestParam(required = false) String candidate, @RequestParam(required = false) String body,
            Model model, RedirectAttributes redirect) {
        PublicList list = consultations.find(id).orElseThrow(() -> new NotFoundException("no public list " + id));
        String subject = null;
        String award = null;
        if (candidate != null && candidate.contains("|")) {
            subject = candidate.substring(0, candidate.lastIndexOf('|'));
            award = candidate.substring(candidate.lastIndexOf('|') + 1);
        }
        try {
            long filed = opinions.file(id, subject, award, body, currentUser.get()).opinion().id();
            redirect.addFlashAttribute("filed", filed);
            return "redirect:/oversight/lists/" + id + "#opinion-" + filed;
        } catch (ConsultationException e) {
            model.addAttribute("error", e.messageVi() + " / " + e.getMessage());
            model.addAttribute("errorField", e.field());
            model.addAttribute("form", new OpinionForm(candidate, body));
            if (!scope.oversees(currentUser.get(), list.runId())) {
                throw new AccessDeniedException(e.getMessage());
            }
            return page(list, 1, ResultRows.DEFAULT_SIZE, model);
        }
    }

    private String page(PublicList list, int page, int size, Model model) {
        Account me = currentUser.get();
        model.addAttribute("list", list);
        model.addAttribute("posting", postings.of(list, candidates.awards(list.runId())));
        ProposedCandidates.Page shown = candidates.of(list.runId(), page, size);
        model.addAttribute("page", shown);
        model.addAttribute("candidates", shown.candidates());
        model.addAttribute("links", vn.thidua.web.runs.PageLinks.of("/oversight/lists/" + list.id(), Map.of(), shown.size(),
                shown.page(), shown.pages()));
        // The form offers the candidates of the units it oversees, from the whole list.
        Set<String> units = scope.units(me, list.runId());
        List<ResultRows.Row> mine = new ArrayList<>();
        for (String unit : units) {
            mine.addAll(rows.page(list.runId(), new ResultRows.Filter(unit, null, vn.thidua.eligibility.Outcome.ELIGIBLE, null), 1,
                    ResultRows.MAX_SIZE).rows().stream().filter(r -> !Boolean.FALSE.equals(r.selected())).toList());
        }
        mine.sort(java.util.Comparator.comparingInt(ResultRows.Row::seq));
        model.addAttribute("mine", mine);
        List<PublicThread> threads = answers.publicThreads(list.id());
        var filed = opinions.onList(list.id());
        List<String> subjects = new ArrayList<>(threads.stream().map(PublicThread::subjectId).toList());
        filed.stream().filter(t -> !t.opinion().onList()).forEach(t -> subjects.add(t.opinion().subjectId()));
        model.addAttribute("threads", threads);
        model.addAttribute("opinions", filed);
        model.addAttribute("names", candidates.names(list.runId(), subjects));
        model.addAttribute("limit", SupervisionOpinions.LIMIT);
        return "oversight/list";
    }

    /** The list, when the user oversees a unit of its run: 404 for an unknown list, 403 for another unit's. */
    private PublicList overseen(long id) {
        PublicList list = consultations.find(id).orElseThrow(() -> new NotFoundException("no public list " + id));
        if (!scope.oversees(currentUser.get(), list.runId())) {
            throw new AccessDeniedException("list " + id + " concerns none of the units you oversee");
        }
        return list;
    }
}

package vn.thidua.web.runs;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.consultation.ConsultationException;
import vn.thidua.consultation.Consultations;
import vn.thidua.documents.FactTexts;
import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.ranking.ShareTotals;
import vn.thidua.system.NotFoundException;
import vn.thidua.web.site.CurrentUser;

/** One run: the filtered results table, a decision with its criteria, the rankings with a share chart, publishing. */
@Controller
class RunController {

    private final RunResults results;
    private final RunScope scope;
    private final Consultations consultations;
    private final CurrentUser currentUser;
    private final MessageSource texts;
    private final RuleSetRegistry rules;

    RunController(RunResults results, RunScope scope, Consultations consultations, CurrentUser currentUser, MessageSource texts,
            RuleSetRegistry rules) {
        this.rules = rules;
        this.results = results;
        this.scope = scope;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.texts = texts;
    }

    @GetMapping("/runs/{id}")
    String results(@PathVariable long id, @RequestParam(required = false) String unit,
            @RequestParam(required = false) AwardCode award, @RequestParam(required = false) Outcome outcome,
            @RequestParam(required = false) PriorityGroup group, Model model) {
        RunResults.Run run = load(id);
        ResultFilter filter = new ResultFilter(unit, award, outcome, group);
        model.addAttribute("run", run);
        model.addAttribute("runId", id);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", run.rows().stream().filter(filter::matches).toList());
        model.addAttribute("units", new TreeSet<>(run.rows().stream().map(ResultRow::unit).toList()));
        model.addAttribute("awards", AwardCode.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("groups", PriorityGroup.values());
        model.addAttribute("lists", consultations.ofRun(id));
        model.addAttribute("today", consultations.today());
        return "runs/results";
    }

    @GetMapping("/runs/{id}/decision")
    String decision(@PathVariable long id, @RequestParam String subject, @RequestParam AwardCode award, Locale locale, Model model) {
        RunResults.Run run = load(id);
        EligibilityDecision decision = run.evaluation().decisions().stream()
                .filter(d -> d.subjectId().equals(subject) && d.award() == award).findFirst()
                .orElseThrow(() -> new NotFoundException("no decision for " + subject + " and " + award + " in run " + id));
        model.addAttribute("runId", id);
        model.addAttribute("decision", decision);
        FactTexts factTexts = new FactTexts(rules.active());
        Map<String, List<FactTexts.Line>> facts = new HashMap<>();
        decision.criteria().forEach(c -> facts.put(c.id(), factTexts.lines(c.facts(), locale)));
        model.addAttribute("facts", facts);
        // What each criterion requires, from the active rule set's statements (<ID>.statement), beside its result.
        Map<String, vn.thidua.eligibility.Text> statements = new HashMap<>();
        decision.criteria().forEach(c -> {
            vn.thidua.eligibility.Text statement = rules.active().text(c.id() + ".statement");
            if (statement != null) {
                statements.put(c.id(), statement);
            }
        });
        model.addAttribute("statements", statements);
        model.addAttribute("name", run.subjects().name(subject));
        model.addAttribute("unitName", run.subjects().unitName(run.subjects().unit(subject)));
        model.addAttribute("comments", consultations.about(id, subject, award.name()));
        return "runs/decision";
    }

    @GetMapping("/runs/{id}/rankings")
    String rankings(@PathVariable long id, Locale locale, Model model) {
        RunResults.Run run = load(id);
        ShareTotals shares = ShareTotals.of(run.rankings());
        model.addAttribute("runId", id);
        model.addAttribute("run", run);
        model.addAttribute("shares", shares.run());
        model.addAttribute("chart", ShareChart.of(shares.run(), key -> texts.getMessage(key, null, key, locale), locale));
        return "runs/rankings";
    }

    @PostMapping("/runs/{id}/public-lists")
    String publish(@PathVariable long id, @RequestParam String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
            @RequestParam(required = false) String postingPlaces,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate postedFrom,
            RedirectAttributes redirect) {
        load(id);
        try {
            consultations.publish(id, title, opensOn, closesOn, postingPlaces, postedFrom, currentUser.get().username());
            redirect.addFlashAttribute("published", true);
        } catch (ConsultationException e) {
            redirect.addFlashAttribute("publishError", e.messageVi() + " / " + e.getMessage());
        }
        return "redirect:/runs/" + id;
    }

    private RunResults.Run load(long id) {
        scope.check(id);
        return results.find(id).orElseThrow(() -> new NotFoundException("no evaluation run " + id));
    }
}

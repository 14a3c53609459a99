package vn.thidua.web.runs;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.audit.ResultRows;
import vn.thidua.audit.RuleSetArchive;
import vn.thidua.consultation.CommentAnswers;
import vn.thidua.consultation.CommentStatus;
import vn.thidua.consultation.ConsultationException;
import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.PublicList;
import vn.thidua.consultation.SupervisionOpinions;
import vn.thidua.documents.FactTexts;
import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.eligibility.engine.RuleTextCatalog;
import vn.thidua.ranking.Ranking;
import vn.thidua.ranking.RankingEntry;
import vn.thidua.ranking.ShareTotals;
import vn.thidua.system.NotFoundException;
import vn.thidua.web.site.CurrentUser;

/** One run: the filtered results table, a decision with its criteria, the rankings with a share chart, publishing. */
@Controller
class RunController {

    /** A published list's comments: how many are still open, of how many. */
    record CommentCount(long open, long total) {
    }

    private final EvaluationRuns runs;
    private final ResultRows resultRows;
    private final RunScope scope;
    private final Consultations consultations;
    private final CurrentUser currentUser;
    private final MessageSource texts;
    private final RuleSetRegistry rules;
    private final RuleSetArchive archive;
    private final CommentAnswers answers;
    private final SupervisionOpinions opinions;

    RunController(EvaluationRuns runs, ResultRows resultRows, RunScope scope, Consultations consultations, CurrentUser currentUser, MessageSource texts,
            RuleSetRegistry rules, RuleSetArchive archive, CommentAnswers answers, SupervisionOpinions opinions) {
        this.rules = rules;
        this.archive = archive;
        this.answers = answers;
        this.opinions = opinions;
        this.runs = runs;
        this.resultRows = resultRows;
        this.scope = scope;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.texts = texts;
    }

    @GetMapping("/runs/{id}")
    String results(@PathVariable long id, @RequestParam(required = false) String unit,
            @RequestParam(required = false) AwardCode award, @RequestParam(required = false) Outcome outcome,
            @RequestParam(required = false) PriorityGroup group, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + ResultRows.DEFAULT_SIZE) int size, Model model) {
        Evaluation run = header(id);
        ResultRows.Filter filter = new ResultRows.Filter(unit == null || unit.isBlank() ? null : unit.strip(), award, outcome,
                group);
        ResultRows.Page rows = resultRows.page(id, filter, page, size);
        model.addAttribute("run", run);
        model.addAttribute("runId", id);
        model.addAttribute("filter", filter);
        model.addAttribute("page", rows);
        model.addAttribute("rows", rows.rows());
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("unit", filter.unit());
        kept.put("award", filter.award());
        kept.put("outcome", filter.outcome());
        kept.put("group", filter.group());
        model.addAttribute("links", PageLinks.of("/runs/" + id, kept, rows.size(), rows.page(), rows.pages()));
        model.addAttribute("counts", resultRows.counts(id, filter));
        model.addAttribute("units", resultRows.units(id));
        model.addAttribute("awards", AwardCode.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("groups", PriorityGroup.values());
        List<PublicList> lists = consultations.ofRun(id);
        model.addAttribute("lists", lists);
        Map<Long, CommentCount> commentCounts = new HashMap<>();
        lists.forEach(l -> {
            Map<CommentStatus, Long> counts = answers.counts(l.id());
            commentCounts.put(l.id(), new CommentCount(counts.get(CommentStatus.OPEN), counts.values().stream().mapToLong(Long::longValue).sum()));
        });
        model.addAttribute("commentCounts", commentCounts);
        model.addAttribute("today", consultations.today());
        return "runs/results";
    }

    @GetMapping("/runs/{id}/decision")
    String decision(@PathVariable long id, @RequestParam String subject, @RequestParam AwardCode award, Locale locale, Model model) {
        // The run's header (for the version it was decided on), this decision with its criteria, and its row for the name and unit.
        Evaluation run = header(id);
        EligibilityDecision decision = runs.decisions(id, subject, award, null).orElse(List.of()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("no decision for " + subject + " and " + award + " in run " + id));
        ResultRows.Row row = resultRows.row(id, subject, award).orElse(null);
        model.addAttribute("runId", id);
        model.addAttribute("decision", decision);
        // Words of the version the run was decided on: its statements and fact names, not today's.
        RuleTextCatalog texts = archive.texts(run.ruleSet().version()).orElseGet(rules::active);
        FactTexts factTexts = new FactTexts(texts);
        Map<String, List<FactTexts.Line>> facts = new HashMap<>();
        decision.criteria().forEach(c -> facts.put(c.id(), factTexts.lines(c.facts(), locale)));
        model.addAttribute("facts", facts);
        // What each criterion requires (<ID>.statement), beside its result.
        Map<String, vn.thidua.eligibility.Text> statements = new HashMap<>();
        decision.criteria().forEach(c -> {
            vn.thidua.eligibility.Text statement = texts.text(c.id() + ".statement");
            if (statement != null) {
                statements.put(c.id(), statement);
            }
        });
        model.addAttribute("statements", statements);
        model.addAttribute("name", row == null ? subject : row.name());
        model.addAttribute("unitName", row == null ? "" : row.unitName());
        model.addAttribute("comments", answers.about(id, subject, award.name()));
        model.addAttribute("opinions", opinions.about(id, subject, award.name()));
        model.addAttribute("names", Map.of(subject, row == null ? subject : row.name()));
        return "runs/decision";
    }

    @GetMapping("/runs/{id}/rankings")
    String rankings(@PathVariable long id, Locale locale, Model model) {
        scope.check(id);
        // The rankings and the names of the ranked subjects only: neither the decisions nor the request are read.
        List<Ranking> rankings = runs.rankings(id).orElseThrow(() -> new NotFoundException("no evaluation run " + id));
        ShareTotals shares = ShareTotals.of(rankings);
        Map<String, String> unitNames = new HashMap<>();
        resultRows.units(id).forEach(u -> unitNames.put(u.code(), u.name()));
        model.addAttribute("runId", id);
        model.addAttribute("rankings", rankings);
        model.addAttribute("names", resultRows.names(id,
                rankings.stream().flatMap(r -> r.entries().stream()).map(RankingEntry::subjectId).toList()));
        model.addAttribute("unitNames", unitNames);
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
        header(id);
        try {
            consultations.publish(id, title, opensOn, closesOn, postingPlaces, postedFrom, currentUser.get().username());
            redirect.addFlashAttribute("published", true);
        } catch (ConsultationException e) {
            redirect.addFlashAttribute("publishError", e.messageVi() + " / " + e.getMessage());
        }
        return "redirect:/runs/" + id;
    }

    private Evaluation header(long id) {
        scope.check(id);
        return runs.header(id).orElseThrow(() -> new NotFoundException("no evaluation run " + id));
    }
}

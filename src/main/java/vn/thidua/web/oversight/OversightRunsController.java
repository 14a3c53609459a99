package vn.thidua.web.oversight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.accounts.Account;
import vn.thidua.audit.ResultRows;
import vn.thidua.consultation.OversightScope;
import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.ranking.Ranking;
import vn.thidua.ranking.RankingEntry;
import vn.thidua.system.NotFoundException;
import vn.thidua.web.runs.PageLinks;
import vn.thidua.web.site.CurrentUser;

/**
 * The Fatherland Front's read of a run, for the units it oversees only: each decision's outcome and
 * which criteria were met (what each requires, and its citation), and the rankings' places. Nothing
 * the public list does not show about a person: no birth year, ethnicity, gender, contact, facts,
 * explanations built from facts, or priority groups (which are drawn from ethnicity and gender).
 */
@Controller
class OversightRunsController {

    /** A ranked candidate of a unit the user oversees: the place, the name, the score, whether selected. */
    record Place(Integer rank, String subjectId, String name, int score, boolean selected) {
    }

    /** A ranking with only the places of the units overseen. */
    record RankingView(AwardCode award, String unit, int quota, int selected, List<Place> places) {
    }

    private final OversightScope scope;
    private final ResultRows rows;
    private final EvaluationRuns runs;
    private final RuleSetRegistry rules;
    private final CurrentUser currentUser;

    OversightRunsController(OversightScope scope, ResultRows rows, EvaluationRuns runs, RuleSetRegistry rules, CurrentUser currentUser) {
        this.scope = scope;
        this.rows = rows;
        this.runs = runs;
        this.rules = rules;
        this.currentUser = currentUser;
    }

    @GetMapping("/oversight/runs/{id}")
    String run(@PathVariable long id, @RequestParam(required = false) String unit, @RequestParam(required = false) Outcome outcome,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "" + ResultRows.DEFAULT_SIZE) int size,
            Model model) {
        Set<String> overseen = overseen(id);
        List<ResultRows.UnitName> units = rows.units(id).stream().filter(u -> overseen.contains(u.code())).toList();
        String shown = unit == null || unit.isBlank() ? (units.isEmpty() ? null : units.get(0).code()) : unit.strip();
        if (shown != null && !overseen.contains(shown)) {
            throw new AccessDeniedException("unit " + shown + " is not one you oversee");
        }
        model.addAttribute("runId", id);
        model.addAttribute("units", units);
        model.addAttribute("unit", shown);
        model.addAttribute("outcome", outcome);
        model.addAttribute("outcomes", Outcome.values());
        if (shown != null) {
            ResultRows.Page found = rows.page(id, new ResultRows.Filter(shown, null, outcome, null), page, size);
            model.addAttribute("page", found);
            model.addAttribute("rows", found.rows());
            Map<String, Object> kept = new LinkedHashMap<>();
            kept.put("unit", shown);
            kept.put("outcome", outcome);
            model.addAttribute("links", PageLinks.of("/oversight/runs/" + id, kept, found.size(), found.page(), found.pages()));
        }
        model.addAttribute("rankings", rankings(id, overseen));
        Map<String, String> unitNames = new HashMap<>();
        rows.units(id).forEach(u -> unitNames.put(u.code(), u.name()));
        model.addAttribute("unitNames", unitNames);
        return "oversight/run";
    }

    @GetMapping("/oversight/runs/{id}/decision")
    String decision(@PathVariable long id, @RequestParam String subject, @RequestParam AwardCode award, Model model) {
        Set<String> overseen = overseen(id);
        ResultRows.Row row = rows.row(id, subject, award)
                .orElseThrow(() -> new NotFoundException("no decision for " + subject + " and " + award + " in run " + id));
        if (!overseen.contains(row.unit())) {
            throw new AccessDeniedException(subject + " belongs to a unit you do not oversee");
        }
        EligibilityDecision decision = runs.decisions(id, subject, award, null).orElse(List.of()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("no decision for " + subject + " and " + award + " in run " + id));
        Map<String, vn.thidua.eligibility.Text> statements = new HashMap<>();
        decision.criteria().forEach(c -> {
            vn.thidua.eligibility.Text statement = rules.active().text(c.id() + ".statement");
            if (statement != null) {
                statements.put(c.id(), statement);
            }
        });
        model.addAttribute("runId", id);
        model.addAttribute("row", row);
        model.addAttribute("outcome", decision.outcome());
        model.addAttribute("criteria", decision.criteria());
        model.addAttribute("statements", statements);
        return "oversight/decision";
    }

    /** The units of the run the user oversees; 404 for an unknown run, 403 when it names none of the user's units. */
    private Set<String> overseen(long runId) {
        Account me = currentUser.get();
        if (runs.header(runId).isEmpty()) {
            throw new NotFoundException("no evaluation run " + runId);
        }
        if (!scope.oversees(me, runId)) {
            throw new AccessDeniedException("run " + runId + " concerns none of the units you oversee");
        }
        return scope.units(me, runId);
    }

    private List<RankingView> rankings(long runId, Set<String> overseen) {
        List<Ranking> rankings = runs.rankings(runId).orElse(List.of());
        List<String> subjects = rankings.stream().flatMap(r -> r.entries().stream()).map(RankingEntry::subjectId).distinct().toList();
        Map<String, String> units = rows.unitsOf(runId, subjects);
        Map<String, String> names = rows.names(runId, subjects);
        List<RankingView> views = new ArrayList<>();
        for (Ranking r : rankings) {
            List<Place> places = r.entries().stream().filter(e -> overseen.contains(units.get(e.subjectId())))
                    .map(e -> new Place(e.rank(), e.subjectId(), names.getOrDefault(e.subjectId(), e.subjectId()), e.score(), e.selected()))
                    .toList();
            if (!places.isEmpty()) {
                views.add(new RankingView(r.award(), r.unit(), r.quota(), r.selected(), places));
            }
        }
        return views;
    }
}

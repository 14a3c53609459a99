package vn.thidua.web.policy;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.governance.Draft;
import vn.thidua.governance.ImpactReport;
import vn.thidua.governance.ImpactReports;
import vn.thidua.governance.RuleChangeException;
import vn.thidua.governance.RuleSetActivations;
import vn.thidua.governance.RuleSetDrafts;
import vn.thidua.governance.RuleSetHistory;
import vn.thidua.system.NotFoundException;
import vn.thidua.web.site.CurrentUser;

/**
 * Policy staff change the rules: a draft from a folder on the server, its impact on a stored run,
 * the acknowledgement, activation and rollback, each recorded under the logged-in user.
 */
@Controller
class RuleChangePagesController {

    /** Times on the page are Vietnam's, as the users read them. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RuleSetDrafts drafts;
    private final ImpactReports reports;
    private final RuleSetActivations activations;
    private final CurrentUser currentUser;

    RuleChangePagesController(RuleSetDrafts drafts, ImpactReports reports, RuleSetActivations activations,
            CurrentUser currentUser) {
        this.drafts = drafts;
        this.reports = reports;
        this.activations = activations;
        this.currentUser = currentUser;
    }

    @GetMapping("/policy/changes")
    String changes(Model model) {
        model.addAttribute("history", RuleSetHistory.of(activations, reports));
        model.addAttribute("zone", VIETNAM);
        return "policy/changes";
    }

    @GetMapping("/policy/changes/reports/{id}")
    String report(@PathVariable long id, Model model) {
        model.addAttribute("report", reports.find(id).orElseThrow(() -> new NotFoundException("no impact report " + id)));
        return "policy/report";
    }

    @PostMapping("/policy/changes/drafts")
    String draft(@RequestParam String dir, RedirectAttributes redirect) {
        return attempt(redirect, "/policy/changes", () -> {
            Draft draft = drafts.prepare(Path.of(dir.strip()), me());
            redirect.addFlashAttribute("draft", draft);
        });
    }

    @PostMapping("/policy/changes/impact-reports")
    String impact(@RequestParam String draftVersion, @RequestParam long runId, RedirectAttributes redirect) {
        ImpactReport[] made = new ImpactReport[1];
        String back = attempt(redirect, "/policy/changes", () -> made[0] = reports.onRun(draftVersion.strip(), runId, me()));
        return made[0] == null ? back : "redirect:/policy/changes/reports/" + made[0].id();
    }

    @PostMapping("/policy/changes/reports/{id}/acknowledgement")
    String acknowledge(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return attempt(redirect, "/policy/changes/reports/" + id, () -> reports.acknowledge(id, me(), note));
    }

    @PostMapping("/policy/changes/activations")
    String activate(@RequestParam long reportId, @RequestParam String reason, RedirectAttributes redirect) {
        return attempt(redirect, "/policy/changes", () -> activations.activate(reportId, me(), reason));
    }

    @PostMapping("/policy/changes/rollbacks")
    String rollback(@RequestParam(required = false) String toVersion, @RequestParam String reason, RedirectAttributes redirect) {
        String target = toVersion == null || toVersion.isBlank() ? null : toVersion.strip();
        return attempt(redirect, "/policy/changes", () -> activations.rollback(target, me(), reason));
    }

    private String me() {
        return currentUser.get().username();
    }

    // A refused change comes back to the page with its reason (and problems, file and line).
    private static String attempt(RedirectAttributes redirect, String back, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("done", true);
        } catch (RuleChangeException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:" + back;
    }
}

package vn.thidua.web.policy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.time.ZoneId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.audit.RuleSetArchive;
import vn.thidua.eligibility.Text;
import vn.thidua.eligibility.engine.CriterionDefinition;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetRegistry;
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
    private static final String STATEMENT = ".statement";

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RuleSetDrafts drafts;
    private final ImpactReports reports;
    private final RuleSetActivations activations;
    private final CurrentUser currentUser;
    /** The draft's stored files, for the statements of the criteria its report names. */
    private final RuleSetArchive archive;
    private final RuleSetRegistry registry;

    RuleChangePagesController(RuleSetDrafts drafts, ImpactReports reports, RuleSetActivations activations,
            CurrentUser currentUser, RuleSetArchive archive, RuleSetRegistry registry) {
        this.archive = archive;
        this.registry = registry;
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
        ImpactReport report = reports.find(id).orElseThrow(() -> new NotFoundException("no impact report " + id));
        model.addAttribute("report", report);
        model.addAttribute("statements", statements(report.draftVersion()));
        return "policy/report";
    }

    /**
     * What each criterion requires ({@code <ID>.statement}), as the draft states it: the report shows the
     * criteria through which decisions change under the draft. A draft that is no longer stored, or a
     * criterion the draft states nothing about, takes the active rule set's statement.
     */
    private Map<String, Text> statements(String draftVersion) {
        Map<String, Text> statements = new HashMap<>();
        Map<String, byte[]> files = draftVersion == null ? Map.of() : archive.files(draftVersion).orElse(Map.of());
        Properties vi = properties(files.get("messages_vi.properties"));
        Properties en = properties(files.get("messages_en.properties"));
        for (String key : vi.stringPropertyNames()) {
            if (key.endsWith(STATEMENT) && en.getProperty(key) != null) {
                statements.put(key.substring(0, key.length() - STATEMENT.length()), new Text(vi.getProperty(key), en.getProperty(key)));
            }
        }
        RuleSet active = registry.active();
        for (CriterionDefinition c : active.criteria()) {
            Text statement = active.text(c.id() + STATEMENT);
            if (statement != null) {
                statements.putIfAbsent(c.id(), statement);
            }
        }
        return statements;
    }

    private static Properties properties(byte[] content) {
        Properties properties = new Properties();
        if (content != null) {
            try {
                properties.load(new java.io.StringReader(new String(content, StandardCharsets.UTF_8)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return properties;
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

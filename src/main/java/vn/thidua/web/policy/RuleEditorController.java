package vn.thidua.web.policy;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.audit.RuleSetArchive;
import vn.thidua.eligibility.engine.RuleSetLoader;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.governance.Draft;
import vn.thidua.governance.RuleChangeException;
import vn.thidua.governance.RuleSetDrafts;
import vn.thidua.system.NotFoundException;
import vn.thidua.system.ThiduaProperties;
import vn.thidua.web.site.CurrentUser;

/**
 * Policy staff edit rule files in the browser. Edits collect in a working copy kept in the user's
 * session, over the active version and the scenario files of the rules folder, file by file, so
 * that a change and the scenarios that describe it can be edited together; checking the working copy validates it
 * in full (compile, metadata, met / not-met pairs, every scenario) and, when valid, stores it as a
 * draft, ready for its impact report on the same page. An invalid working copy is kept, with every
 * problem, file and line, and nothing is stored.
 */
@Controller
class RuleEditorController {

    static final String WORKING_COPY = "thidua.ruleWorkingCopy";

    /**
     * The edits of one user: the version they start from, each changed file's text, and the problems
     * the last validation found, so that each file opened afterwards shows its own at their lines.
     */
    static final class WorkingCopy implements Serializable {
        final String base;
        final LinkedHashMap<String, String> changed = new LinkedHashMap<>();
        final ArrayList<EditorProblem> problems = new ArrayList<>();

        WorkingCopy(String base) {
            this.base = base;
        }
    }

    private final RuleSetRegistry registry;
    private final RuleSetArchive archive;
    private final RuleSetDrafts drafts;
    private final CurrentUser currentUser;
    private final Path rulesDir;

    RuleEditorController(RuleSetRegistry registry, RuleSetArchive archive, RuleSetDrafts drafts, CurrentUser currentUser,
            ThiduaProperties properties) {
        this.registry = registry;
        this.archive = archive;
        this.drafts = drafts;
        this.currentUser = currentUser;
        this.rulesDir = properties.rules().dir();
    }

    /**
     * The editor on one file; {@code line} is the line to show first (a problem's line, when the
     * officer follows a problem of the list to its file).
     */
    @GetMapping("/policy/changes/editor")
    String editor(@RequestParam(required = false) String file, @RequestParam(required = false) Integer line,
            HttpSession session, Model model) {
        WorkingCopy copy = workingCopy(session);
        Map<String, byte[]> files = files(copy.base);
        String chosen = file != null && files.containsKey(file) ? file : firstRuleFile(files);
        List<String> names = new ArrayList<>(files.keySet());
        names.sort(null);
        model.addAttribute("base", copy.base);
        model.addAttribute("files", names);
        model.addAttribute("changed", copy.changed.keySet());
        model.addAttribute("file", chosen);
        model.addAttribute("mode", mode(chosen));
        model.addAttribute("line", line != null && line > 0 ? line : null);
        model.addAttribute("content", copy.changed.getOrDefault(chosen, new String(files.get(chosen), StandardCharsets.UTF_8)));
        model.addAttribute("problems", List.copyOf(copy.problems));
        return "policy/editor";
    }

    @PostMapping("/policy/changes/editor/files")
    String save(@RequestParam String file, @RequestParam String content, HttpSession session, RedirectAttributes redirect) {
        WorkingCopy copy = workingCopy(session);
        keep(copy, files(copy.base), file, content);
        session.setAttribute(WORKING_COPY, copy);
        redirect.addFlashAttribute("saved", file);
        return "redirect:/policy/changes/editor?file=" + java.net.URLEncoder.encode(file, StandardCharsets.UTF_8);
    }

    /**
     * Validates the working copy. With {@code content} (the editor's "keep and validate"), the file's
     * text on the page is kept first, so what the officer sees is what is validated.
     */
    @PostMapping("/policy/changes/editor/check")
    String check(@RequestParam(required = false) String file, @RequestParam(required = false) String content,
            HttpSession session, Model model) {
        WorkingCopy copy = workingCopy(session);
        Map<String, byte[]> base = files(copy.base);
        if (file != null && content != null) {
            keep(copy, base, file, content);
        }
        Map<String, byte[]> draft = new LinkedHashMap<>(base);
        copy.changed.forEach((name, text) -> draft.put(name, text.getBytes(StandardCharsets.UTF_8)));
        copy.problems.clear();
        try {
            Draft checked = drafts.prepare(draft, currentUser.get().username());
            model.addAttribute("draft", checked);
            copy.problems.addAll(EditorProblem.place(checked.problems(), draft.keySet()));
        } catch (RuleChangeException e) {
            model.addAttribute("refused", e.getMessage());
            copy.problems.addAll(EditorProblem.place(e.problems(), draft.keySet()));
        }
        session.setAttribute(WORKING_COPY, copy);
        return editor(file, null, session, model);
    }

    /**
     * Keeps a file's text in the working copy. The problems the last validation found in that file
     * go: its lines may have moved, and the next validation says what is left.
     */
    private static void keep(WorkingCopy copy, Map<String, byte[]> files, String file, String content) {
        if (!files.containsKey(file)) {
            throw new NotFoundException("version " + copy.base + " has no file " + file);
        }
        // Browsers send text areas with CR LF line ends; the files keep the LF they were written with.
        String edited = content.replace("\r\n", "\n");
        if (edited.equals(new String(files.get(file), StandardCharsets.UTF_8))) {
            copy.changed.remove(file);
        } else {
            copy.changed.put(file, edited);
        }
        copy.problems.removeIf(problem -> file.equals(problem.file()));
    }

    /** The editor's highlighting for a file, by its kind; any other file is plain text. */
    static String mode(String file) {
        if (file.endsWith(".drl")) {
            return "drl";
        }
        if (file.endsWith(".yaml") || file.endsWith(".yml")) {
            return "yaml";
        }
        if (file.endsWith(".properties")) {
            return "properties";
        }
        return "text";
    }

    @PostMapping("/policy/changes/editor/discard")
    String discard(HttpSession session) {
        session.removeAttribute(WORKING_COPY);
        return "redirect:/policy/changes/editor";
    }

    private WorkingCopy workingCopy(HttpSession session) {
        if (session.getAttribute(WORKING_COPY) instanceof WorkingCopy copy) {
            return copy;
        }
        WorkingCopy copy = new WorkingCopy(registry.active().version());
        session.setAttribute(WORKING_COPY, copy);
        return copy;
    }

    /**
     * The files of a version with the scenario files of the server's rules folder: a version holds
     * the rules that decide, the scenarios that test them live beside them in the folder. A version
     * stored before {@code awards.yaml} and {@code subject-types.yaml} existed is offered the folder's,
     * so that a draft made from it has every file the loader needs.
     */
    private Map<String, byte[]> files(String version) {
        Map<String, byte[]> files = new LinkedHashMap<>(version.equals(registry.active().version()) ? registry.active().files()
                : archive.files(version).orElseThrow(() -> new NotFoundException("no stored rule-set version " + version)));
        try (Stream<Path> found = Files.walk(rulesDir)) {
            for (Path tests : found.filter(p -> p.getFileName().toString().endsWith(".tests.yaml")).sorted().toList()) {
                String name = rulesDir.relativize(tests).toString().replace('\\', '/');
                files.putIfAbsent(name, Files.readAllBytes(tests));
            }
            for (String name : RuleSetLoader.FILES_STORED_VERSIONS_MAY_LACK) {
                Path file = rulesDir.resolve(name);
                if (!files.containsKey(name) && Files.isRegularFile(file)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scenario files in " + rulesDir, e);
        }
        return files;
    }

    private static String firstRuleFile(Map<String, byte[]> files) {
        return files.keySet().stream().filter(name -> name.endsWith(".drl")).sorted().findFirst()
                .orElseGet(() -> files.keySet().iterator().next());
    }
}

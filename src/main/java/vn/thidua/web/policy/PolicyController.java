package vn.thidua.web.policy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import vn.thidua.eligibility.engine.RuleCatalogue;
import vn.thidua.eligibility.engine.RuleCatalogueMarkdown;
import vn.thidua.eligibility.engine.RuleCatalogues;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.eligibility.engine.RuleValidation;
import vn.thidua.system.ThiduaProperties;

/**
 * Policy staff: the catalogue of the active rule set (each award's criteria with their citations,
 * parameter values by date with their references, authorities, review status), the same catalogue as
 * Markdown, and validating the rules folder.
 */
@Controller
class PolicyController {

    private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    private final RuleCatalogues catalogues;
    /** The active rule set's texts, for the words of codes the catalogue carries (an option's name and value). */
    private final RuleSetRegistry registry;
    private final RuleValidation validation;
    private final MessageSource messages;
    private final Path rulesDir;

    PolicyController(RuleCatalogues catalogues, RuleSetRegistry registry, RuleValidation validation, MessageSource messages,
            ThiduaProperties properties) {
        this.catalogues = catalogues;
        this.registry = registry;
        this.validation = validation;
        this.messages = messages;
        this.rulesDir = properties.rules().dir();
    }

    @GetMapping("/policy/awards")
    String awards(Model model) {
        RuleCatalogue catalogue = catalogues.active();
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("ruleSet", registry.active());
        model.addAttribute("version", catalogue.version());
        model.addAttribute("activatedAt", OffsetDateTime.ofInstant(catalogue.activatedAt(), RuleCatalogue.ZONE)
                .truncatedTo(ChronoUnit.SECONDS));
        return "policy/awards";
    }

    /** The same catalogue as Markdown, in the page's language: what {@code thidua rules catalogue} writes for the folder. */
    @GetMapping("/policy/awards/catalogue.md")
    ResponseEntity<String> catalogueMarkdown(Locale locale) {
        String markdown = RuleCatalogueMarkdown.render(catalogues.active(), locale,
                code -> messages.getMessage("award." + code.name(), null, null, locale));
        String file = "thidua-catalogue-" + ("en".equals(locale.getLanguage()) ? "en" : "vi") + ".md";
        return ResponseEntity.ok().contentType(MARKDOWN)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(markdown);
    }

    @GetMapping("/policy/validate")
    String validatePage(Model model) {
        model.addAttribute("dir", rulesDir.toAbsolutePath().normalize().toString());
        return "policy/validate";
    }

    @PostMapping("/policy/validate")
    String validate(Model model) {
        model.addAttribute("dir", rulesDir.toAbsolutePath().normalize().toString());
        model.addAttribute("report", validation.validate(rulesDir));
        return "policy/validate";
    }
}

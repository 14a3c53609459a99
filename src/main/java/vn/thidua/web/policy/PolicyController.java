package vn.thidua.web.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import vn.thidua.eligibility.engine.CriterionDefinition;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.eligibility.engine.RuleValidation;
import vn.thidua.system.ThiduaProperties;

/** Policy staff: the active rule set's awards with their criteria and citations, and validating the rules folder. */
@Controller
class PolicyController {

    private final RuleSetRegistry registry;
    private final RuleValidation validation;
    private final Path rulesDir;

    PolicyController(RuleSetRegistry registry, RuleValidation validation, ThiduaProperties properties) {
        this.registry = registry;
        this.validation = validation;
        this.rulesDir = properties.rules().dir();
    }

    @GetMapping("/policy/awards")
    String awards(Model model) {
        RuleSet active = registry.active();
        Map<String, List<CriterionDefinition>> byAward = active.criteria().stream()
                .collect(Collectors.groupingBy(c -> c.award() == null ? "*" : c.award(), TreeMap::new, Collectors.toList()));
        model.addAttribute("version", active.version());
        model.addAttribute("activatedAt", active.activatedAt());
        model.addAttribute("awards", byAward);
        return "policy/awards";
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

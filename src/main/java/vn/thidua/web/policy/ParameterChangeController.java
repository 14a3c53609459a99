package vn.thidua.web.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.dataformat.yaml.YAMLMapper;

import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.engine.BoundaryCases;
import vn.thidua.eligibility.engine.RuleCatalogue;
import vn.thidua.eligibility.engine.RuleCatalogues;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetLoader;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.governance.Draft;
import vn.thidua.governance.RuleChangeException;
import vn.thidua.governance.RuleSetDrafts;
import vn.thidua.system.ThiduaProperties;
import vn.thidua.web.site.CurrentUser;

/**
 * Policy staff change one dated parameter through a form, without opening a file: they choose the
 * award and the parameter by their names (and a sector's own values as the scope), see the value in
 * force and its history, and give the date, the new value and its legal reference. The form writes the
 * change into a copy of the active version's parameter file as text (comments kept), shows the diff,
 * proposes the boundary scenarios of a changed share for the officer to confirm or correct, and then
 * validates the copy in full and stores it as a draft through {@link RuleSetDrafts}, like the editor:
 * the impact report, acknowledgement and activation follow on the changes page.
 *
 * <p>Switching a provincial option (a Giấy khen's {@code standard} to {@code COMPUTED}) asks, on the
 * same form, for every value the option needs, each entered from the same date with the same reference.
 */
@Controller
class ParameterChangeController {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Pattern FAILURE = Pattern.compile("^(.+\\.tests\\.yaml):(\\d+): \"(.*)\" fails: (.*)$");

    private final RuleCatalogues catalogues;
    private final RuleSetRegistry registry;
    private final RuleSetDrafts drafts;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Path rulesDir;

    ParameterChangeController(RuleCatalogues catalogues, RuleSetRegistry registry, RuleSetDrafts drafts, CurrentUser currentUser,
            MessageSource messages, ThiduaProperties properties) {
        this.catalogues = catalogues;
        this.registry = registry;
        this.drafts = drafts;
        this.currentUser = currentUser;
        this.messages = messages;
        this.rulesDir = properties.rules().dir();
    }

    @GetMapping("/policy/changes/parameter")
    String form(@RequestParam Map<String, String> params, Model model, Locale locale) {
        return form(params, Map.of(), model, locale);
    }

    @PostMapping("/policy/changes/parameter/preview")
    String preview(@RequestParam Map<String, String> params, Model model, Locale locale) {
        Plan plan;
        try {
            plan = plan(params, locale);
        } catch (Invalid e) {
            return form(params, e.errors, model, locale);
        }
        model.addAttribute("plan", plan);
        model.addAttribute("fields", params);
        model.addAttribute("diffs", List.of(ParameterChange.diff(plan.paramsFile, plan.paramsBefore, plan.paramsAfter)));
        return "policy/parameter-change-review";
    }

    @PostMapping("/policy/changes/parameter/draft")
    String draft(@RequestParam Map<String, String> params, Model model, Locale locale) {
        Plan plan;
        try {
            plan = plan(params, locale);
        } catch (Invalid e) {
            return form(params, e.errors, model, locale);
        }
        model.addAttribute("plan", plan);
        model.addAttribute("fields", params);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!plan.proposals.isEmpty() && !"true".equals(params.get("confirmed"))) {
            errors.put("confirmed", text("paramchange.error.confirm", locale));
        }
        List<Boolean> expected = new ArrayList<>();
        for (int i = 0; i < plan.proposals.size(); i++) {
            Proposal proposal = plan.proposals.get(i);
            String chosen = params.get("expected" + i);
            if (!proposal.metOutcome().equals(chosen) && !proposal.notMetOutcome().equals(chosen)) {
                errors.put("expected" + i, text("paramchange.error.expected", locale));
            }
            expected.add(proposal.metOutcome().equals(chosen));
        }
        String testsAfter = plan.testsBefore;
        int pinCount = 0;
        try {
            List<Integer> pins = pinLines(params.get("pinLines"));
            pinCount = pins.size();
            if (!pins.isEmpty()) {
                if (plan.pinKey == null) {
                    throw new ParamsYamlText.Refused("pin", "paramchange.error.pinSector");
                }
                for (int line : pins.stream().sorted(Comparator.reverseOrder()).toList()) {
                    testsAfter = ScenarioText.pin(testsAfter, line, plan.pinKey, plan.pinValue);
                }
            }
            if (!plan.proposals.isEmpty()) {
                List<String> cases = new ArrayList<>();
                for (int i = 0; i < plan.proposals.size(); i++) {
                    cases.add(plan.proposals.get(i).yaml(expected.get(i)));
                }
                testsAfter = ScenarioText.append(testsAfter, "Boundary cases of " + plan.qualifiedName + " from " + plan.since
                        + " (" + plan.valueYaml + "), proposed by the parameter change form and confirmed by "
                        + currentUser.get().username(), cases);
            }
        } catch (ParamsYamlText.Refused e) {
            errors.put(e.field(), text(e.key(), locale, e.args()));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("diffs", List.of(ParameterChange.diff(plan.paramsFile, plan.paramsBefore, plan.paramsAfter)));
            return "policy/parameter-change-review";
        }
        Map<String, byte[]> files = new LinkedHashMap<>(plan.files);
        files.put(plan.paramsFile, plan.paramsAfter.getBytes(StandardCharsets.UTF_8));
        files.put(plan.testsFile, testsAfter.getBytes(StandardCharsets.UTF_8));
        List<ParameterChange.FileDiff> diffs = List.of(ParameterChange.diff(plan.paramsFile, plan.paramsBefore, plan.paramsAfter),
                ParameterChange.diff(plan.testsFile, plan.testsBefore, testsAfter));
        model.addAttribute("diffs", diffs);
        String why = "Parameter change form: " + plan.qualifiedName + (plan.sector == null ? "" : " (" + plan.sector + ")")
                + " = " + plan.valueYaml + " from " + plan.since + "; " + plan.reference;
        try {
            Draft draft = drafts.prepare(files, currentUser.get().username(), why.length() > 1000 ? why.substring(0, 1000) : why);
            model.addAttribute("draft", draft);
            if (!draft.valid()) {
                model.addAttribute("broken", broken(draft.problems(), plan, pinCount));
                model.addAttribute("pinned", pinCount > 0);
            }
        } catch (RuleChangeException e) {
            model.addAttribute("refused", e.getMessage());
            model.addAttribute("problems", e.problems());
        }
        return "policy/parameter-change-result";
    }

    /** An existing scenario the change breaks: its line in the scenario file (before any pin), name and failure. */
    record Broken(int line, String name, String failure) {
    }

    /**
     * The failures of the award's own scenario file among the problems, for cases that were there
     * before the form appended its own (their lines lie in the original file).
     */
    private static List<Broken> broken(List<String> problems, Plan plan, int pins) {
        // Each pin adds one line before the cases it pins; the cases the form appended come after them all.
        int originalLines = plan.testsBefore.split("\n", -1).length + pins;
        // One row per case, with every failure it has.
        Map<Integer, Broken> broken = new LinkedHashMap<>();
        for (String problem : problems) {
            Matcher m = FAILURE.matcher(problem);
            if (m.matches() && m.group(1).equals(plan.testsFile) && Integer.parseInt(m.group(2)) <= originalLines) {
                int line = Integer.parseInt(m.group(2));
                Broken known = broken.get(line);
                broken.put(line, new Broken(line, m.group(3), known == null ? m.group(4) : known.failure() + " " + m.group(4)));
            }
        }
        return List.copyOf(broken.values());
    }

    private static List<Integer> pinLines(String text) {
        List<Integer> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        for (String part : text.split(",")) {
            try {
                int line = Integer.parseInt(part.strip());
                if (!lines.contains(line)) {
                    lines.add(line);
                }
            } catch (NumberFormatException e) {
                throw new ParamsYamlText.Refused("pin", "paramchange.error.pin", part);
            }
        }
        return lines;
    }

    // ------------------------------------------------------------------ the form

    /** A parameter (or a sector's values of it) offered as a choice, by its words. */
    record Choice(String id, String label, String sector) {
    }

    /** A dated value of the chosen parameter, in words. */
    record Dated(String since, String value, String reference, boolean pendingReview, String standing) {
    }

    /** A value an option needs, asked for on the form. */
    record Needed(String name, String label, ParameterChange.Kind kind, List<Choice> choices, String current) {
    }

    private String form(Map<String, String> params, Map<String, String> errors, Model model, Locale locale) {
        RuleCatalogue catalogue = catalogues.active();
        List<Choice> awards = catalogue.awards().stream().filter(a -> !a.parameters().isEmpty())
                .map(a -> new Choice(a.code().name(), text("award." + a.code().name(), locale), null)).toList();
        model.addAttribute("awards", awards);
        model.addAttribute("fields", params);
        model.addAttribute("errors", errors);
        model.addAttribute("version", catalogue.version());
        RuleCatalogue.Award award = award(catalogue, params.get("award"));
        if (award == null) {
            return "policy/parameter-change";
        }
        model.addAttribute("award", award.code().name());
        model.addAttribute("parameters", award.parameters().stream().map(p -> choice(p, locale)).toList());
        RuleCatalogue.Parameter parameter = parameter(award, params.get("parameter"));
        if (parameter == null) {
            return "policy/parameter-change";
        }
        ParameterChange.Kind kind = ParameterChange.kind(parameter);
        model.addAttribute("parameter", choice(parameter, locale));
        model.addAttribute("description", parameter.description());
        model.addAttribute("byDecisionDate", parameter.byDecisionDate());
        model.addAttribute("kind", kind.name());
        model.addAttribute("choices", choices(parameter.name(), locale));
        RuleCatalogue.DatedValue inForce = parameter.inForce();
        model.addAttribute("inForce", inForce == null ? null : words(inForce.value(), kind, locale));
        model.addAttribute("history", parameter.values().stream().map(v -> new Dated(DAY_FIRST.format(v.since()),
                words(v.value(), kind, locale), v.reference(), v.pendingReview(), v.standing().name())).toList());
        model.addAttribute("needed", needed(award, parameter, locale));
        return "policy/parameter-change";
    }

    private Choice choice(RuleCatalogue.Parameter p, Locale locale) {
        String label = messages.getMessage("paramchange.param." + p.name(), null, p.description(), locale);
        if (p.sector() != null) {
            label = text("paramchange.sectorScope", locale, label, text("paramchange.sector." + p.sector(), locale, p.sector()));
        }
        return new Choice(p.sector() == null ? p.name() : p.name() + "@" + p.sector(), label, p.sector());
    }

    private List<Choice> choices(String name, Locale locale) {
        return ParameterChange.CHOICES.getOrDefault(name, List.of()).stream()
                .map(code -> new Choice(code, codeWords(code, locale), null)).toList();
    }

    /** The parameters an option needs when switched to a value ({@code standard: COMPUTED}), with the value they are needed for. */
    private List<Needed> needed(RuleCatalogue.Award award, RuleCatalogue.Parameter option, Locale locale) {
        if (option.sector() != null) {
            return List.of();
        }
        List<Needed> needed = new ArrayList<>();
        for (RuleCatalogue.Parameter p : award.parameters()) {
            if (p.sector() == null && p.neededWhen().containsKey(option.name())) {
                ParameterChange.Kind kind = ParameterChange.kind(p);
                RuleCatalogue.DatedValue current = p.values().isEmpty() ? null : p.values().get(p.values().size() - 1);
                needed.add(new Needed(p.name(), choice(p, locale).label(), kind, choices(p.name(), locale),
                        current == null ? null : words(current.value(), kind, locale)));
            }
        }
        return needed;
    }

    // ------------------------------------------------------------------ the plan

    /** A form that cannot be planned: the problem of each field, in the reader's language. */
    private static final class Invalid extends RuntimeException {
        final Map<String, String> errors;

        Invalid(Map<String, String> errors) {
            super(errors.toString());
            this.errors = errors;
        }
    }

    /**
     * A proposed boundary case: its words, the outcomes it may expect (the criterion met, or not) with
     * the one the comparison gives, and its scenario text for the outcome the officer confirms.
     */
    record Proposal(String words, String metOutcome, String notMetOutcome, boolean proposedMet, String name, Yaml yaml) {

        public String proposedOutcome() {
            return proposedMet ? metOutcome : notMetOutcome;
        }

        String yaml(boolean met) {
            return yaml.of(met);
        }
    }

    @FunctionalInterface
    interface Yaml {
        String of(boolean met);
    }

    /** Everything the change makes, before it is stored. */
    record Plan(AwardCode award, String qualifiedName, String label, String sector, LocalDate since, String valueYaml,
            String valueWords, String reference, String paramsFile, String paramsBefore, String paramsAfter, String testsFile,
            String testsBefore, List<Proposal> proposals, String noProposal, String pinKey, String pinValue,
            List<String> neededWords, Map<String, byte[]> files) {

        public String sinceText() {
            return DAY_FIRST.format(since);
        }
    }

    private Plan plan(Map<String, String> params, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        RuleCatalogue catalogue = catalogues.active();
        RuleCatalogue.Award award = award(catalogue, params.get("award"));
        if (award == null) {
            errors.put("award", text("paramchange.error.award", locale));
            throw new Invalid(errors);
        }
        RuleCatalogue.Parameter parameter = parameter(award, params.get("parameter"));
        if (parameter == null) {
            errors.put("parameter", text("paramchange.error.parameter", locale));
            throw new Invalid(errors);
        }
        ParameterChange.Kind kind = ParameterChange.kind(parameter);
        LocalDate typedSince = null;
        try {
            typedSince = LocalDate.parse(params.getOrDefault("since", "").strip());
        } catch (DateTimeParseException e) {
            errors.put("since", text("paramchange.error.since", locale));
        }
        Object value = null;
        try {
            value = ParameterChange.parse(kind, params.get("value"), "value", parameter.name());
        } catch (ParamsYamlText.Refused e) {
            errors.put("value", text(e.key(), locale, e.args()));
        }
        RuleSet active = registry.active();
        String reference = params.getOrDefault("reference", "").strip();
        if (reference.isEmpty()) {
            errors.put("reference", text("paramchange.error.referenceRequired", locale));
        } else if (reference.contains("\n") || reference.length() > 500) {
            errors.put("reference", text("paramchange.error.text", locale));
        } else if (!active.namesInstrument(reference)) {
            errors.put("reference", text("paramchange.error.instrument", locale, reference));
        }
        // The values an option needs when switched on, each from the same date with the same reference.
        Map<String, Object> neededValues = new LinkedHashMap<>();
        List<String> neededWords = new ArrayList<>();
        if (value != null && parameter.sector() == null) {
            for (RuleCatalogue.Parameter p : award.parameters()) {
                Object when = p.sector() == null ? p.neededWhen().get(parameter.name()) : null;
                if (when != null && String.valueOf(when).equals(String.valueOf(value))) {
                    ParameterChange.Kind neededKind = ParameterChange.kind(p);
                    try {
                        Object v = ParameterChange.parse(neededKind, params.get("needed." + p.name()), "needed." + p.name(), p.name());
                        neededValues.put(p.name(), v);
                        neededWords.add(choice(p, locale).label() + ": " + words(v, neededKind, locale));
                    } catch (ParamsYamlText.Refused e) {
                        errors.put("needed." + p.name(), text(e.key(), locale, e.args()));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        LocalDate since = typedSince;
        Map<String, byte[]> files = files(active);
        String base = "awards/" + award.code().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String paramsFile = base + ".params.yaml";
        String testsFile = base + ".tests.yaml";
        if (!files.containsKey(paramsFile) || !files.containsKey(testsFile)) {
            errors.put("award", text("paramchange.error.noFile", locale, paramsFile));
            throw new Invalid(errors);
        }
        String paramsBefore = new String(files.get(paramsFile), StandardCharsets.UTF_8);
        String testsBefore = new String(files.get(testsFile), StandardCharsets.UTF_8);
        boolean replace = "true".equals(params.get("replace"));
        String valueYaml = ParamsYamlText.scalar(value);
        String paramsAfter;
        try {
            paramsAfter = ParamsYamlText.insert(paramsBefore, parameter.name(), parameter.sector(), since, valueYaml, reference, replace);
            for (Map.Entry<String, Object> needed : neededValues.entrySet()) {
                paramsAfter = ParamsYamlText.insert(paramsAfter, needed.getKey(), null, since,
                        ParamsYamlText.scalar(needed.getValue()), reference, replace);
            }
        } catch (ParamsYamlText.Refused e) {
            errors.put(e.field(), text(e.key(), locale, e.args()));
            throw new Invalid(errors);
        }
        if (paramsAfter.equals(paramsBefore)) {
            errors.put("value", text("paramchange.error.unchanged", locale));
            throw new Invalid(errors);
        }
        String qualifiedName = award.code().name() + "." + parameter.name();
        List<Proposal> proposals = new ArrayList<>();
        String noProposal = null;
        BoundaryCases.Description boundary = boundaries(testsFile, testsBefore).get(parameter.name());
        if (boundary != null && !boundary.exercised()) {
            noProposal = text("paramchange.unexercised", locale, "en".equals(locale.getLanguage())
                    ? boundary.unexercised().en() : boundary.unexercised().vi());
        } else if (boundary == null || !(value instanceof Integer threshold)) {
            noProposal = whyNoProposal(award, parameter, kind, testsFile, locale);
        } else if (!boundary.comparesAt(threshold)) {
            noProposal = text("paramchange.offAt", locale, words(value, kind, locale));
        } else {
            String unit = unitFor(testsBefore, award.sectors(), parameter.sector());
            if (unit == null) {
                noProposal = text("paramchange.noUnit", locale);
            } else {
                proposals.addAll(proposals(boundary, award, parameter, threshold, since, unit, locale));
            }
        }
        String pinKey = null;
        String pinValue = null;
        if (parameter.sector() == null) {
            RuleCatalogue.DatedValue before = parameter.values().stream().filter(v -> v.since().isBefore(since))
                    .reduce((a, b) -> b).orElse(null);
            if (before != null) {
                pinKey = qualifiedName;
                pinValue = ParamsYamlText.scalar(before.value());
            }
        }
        return new Plan(award.code(), qualifiedName, choice(parameter, locale).label(), parameter.sector(), since, valueYaml,
                words(value, kind, locale), reference, paramsFile, paramsBefore, paramsAfter, testsFile, testsBefore,
                List.copyOf(proposals), noProposal, pinKey, pinValue, neededWords, files);
    }

    /**
     * The cases just below, at and just above the new value, as the scenario file's boundary description
     * of the parameter makes them (the comparison taken on the date of the change, in the sector's own
     * values when the change is a sector's).
     */
    private List<Proposal> proposals(BoundaryCases.Description boundary, RuleCatalogue.Award award, RuleCatalogue.Parameter parameter,
            int threshold, LocalDate since, String unit, Locale locale) {
        boolean strict = boundary.strictWhen() != null
                && Boolean.TRUE.equals(award.valueOn(boundary.strictWhen(), parameter.sector(), since));
        BoundaryCases.Comparison comparison = boundary.comparison(strict);
        boolean vi = !"en".equals(locale.getLanguage());
        String code = award.code().name();
        String awardEn = messages.getMessage("award." + code, null, code, Locale.ENGLISH);
        String required = text("paramchange.compare." + comparison.name(), locale, amount(parameter.name(), threshold, vi));
        String requiredEn = text("paramchange.compare." + comparison.name(), Locale.ENGLISH, amount(parameter.name(), threshold, false));
        List<Proposal> proposals = new ArrayList<>();
        int index = 1;
        for (BoundaryCases.Case c : BoundaryCases.cases(boundary, threshold, strict)) {
            String name = "From " + since + ", " + boundary.words(c, false) + ", " + (c.met() ? "meets" : "does not meet") + " "
                    + boundary.criterion() + " of " + awardEn + " under \"" + requiredEn + "\"" + (parameter.sector() == null ? ""
                    : " (sector " + parameter.sector() + ")") + " (boundary: " + c.position().name().toLowerCase(Locale.ROOT)
                    + " the new value)";
            String outcome = c.met() ? boundary.metOutcome() : boundary.notMetOutcome();
            String words = text("paramchange.case.words", locale, capitalized(boundary.words(c, vi)),
                    text("paramchange.position." + c.position().name(), locale), required, text("outcome." + outcome, locale));
            String id = "BIEN-" + since.getYear() + "-" + index++;
            proposals.add(new Proposal(words, boundary.metOutcome(), boundary.notMetOutcome(), c.met(), name,
                    met -> BoundaryCases.scenario(boundary, c, name, code, id, unit, since.getYear(), met)));
        }
        return proposals;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** A threshold with the unit the rule texts give it ({@code parameter.<name>.unit}): "60%", "6 tháng". */
    private String amount(String parameter, int value, boolean vi) {
        String number = NumberFormat.getNumberInstance(vi ? Locale.forLanguageTag("vi") : Locale.ENGLISH).format(value);
        vn.thidua.eligibility.Text unit = registry.active().text("parameter." + parameter + ".unit");
        if (unit == null) {
            return number;
        }
        String words = vi ? unit.vi() : unit.en();
        return "%".equals(words) ? number + "%" : number + " " + words;
    }

    /** The boundary descriptions of the award's scenario file; none when the file does not read (its check will say why). */
    private static Map<String, BoundaryCases.Description> boundaries(String testsFile, String tests) {
        try {
            return BoundaryCases.read(testsFile, YAML.readTree(tests).path("boundaries"), new ArrayList<>());
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    /**
     * Why the form proposes no boundary case: no criterion of the rule set reads the parameter (the
     * council reads it at its session, or a warning does), it is no number threshold, or the scenario
     * file does not describe it.
     */
    private String whyNoProposal(RuleCatalogue.Award award, RuleCatalogue.Parameter parameter, ParameterChange.Kind kind,
            String testsFile, Locale locale) {
        RuleCatalogue catalogue = catalogues.active();
        boolean read = java.util.stream.Stream.concat(catalogue.common().stream(),
                        catalogue.awards().stream().flatMap(a -> a.criteria().stream()))
                .flatMap(c -> c.reads().stream())
                .anyMatch(p -> p.name().equals(parameter.name()) && award.parameters().contains(p));
        if (!read) {
            return text("paramchange.notExercised", locale);
        }
        if (kind != ParameterChange.Kind.PERCENT && kind != ParameterChange.Kind.WHOLE) {
            return text("paramchange.notThreshold", locale);
        }
        return text("paramchange.noProposal", locale, testsFile);
    }

    private static String unitFor(String tests, List<String> sectors, String sector) {
        try {
            return BoundaryCases.unit(YAML.readTree(tests), sectors, sector);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static RuleCatalogue.Award award(RuleCatalogue catalogue, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return catalogue.awards().stream().filter(a -> a.code().name().equals(code) && !a.parameters().isEmpty()).findFirst()
                .orElse(null);
    }

    private static RuleCatalogue.Parameter parameter(RuleCatalogue.Award award, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String name = id.contains("@") ? id.substring(0, id.indexOf('@')) : id;
        String sector = id.contains("@") ? id.substring(id.indexOf('@') + 1) : null;
        return award.parameters().stream().filter(p -> p.name().equals(name) && java.util.Objects.equals(p.sector(), sector))
                .findFirst().orElse(null);
    }

    /** A value in the reader's words: yes or no, a percentage, a number with the language's separators, a code by its name. */
    private String words(Object value, ParameterChange.Kind kind, Locale locale) {
        if (value instanceof Boolean on) {
            return text(on ? "paramchange.yes" : "paramchange.no", locale);
        }
        if (value instanceof Number number) {
            String formatted = NumberFormat.getNumberInstance(locale).format(number);
            return kind == ParameterChange.Kind.PERCENT ? formatted + " %" : formatted;
        }
        String text = String.valueOf(value);
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return DAY_FIRST.format(LocalDate.parse(text));
        }
        if (text.matches("[A-Z][A-Z0-9_]*")) {
            return codeWords(text, locale);
        }
        return text;
    }

    private String codeWords(String code, Locale locale) {
        String own = messages.getMessage("paramchange.code." + code, null, null, locale);
        if (own != null) {
            return own;
        }
        vn.thidua.eligibility.Text words = registry.active().text("value." + code);
        if (words != null) {
            return "en".equals(locale.getLanguage()) ? words.en() : words.vi();
        }
        return code;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /**
     * The files of the active version with the scenario files of the server's rules folder, as the
     * editor offers them: a version holds the rules that decide, the scenarios live beside them.
     */
    private Map<String, byte[]> files(RuleSet active) {
        Map<String, byte[]> files = new LinkedHashMap<>(active.files());
        try (Stream<Path> found = Files.walk(rulesDir)) {
            for (Path tests : found.filter(p -> p.getFileName().toString().endsWith(".tests.yaml")).sorted().toList()) {
                files.putIfAbsent(rulesDir.relativize(tests).toString().replace('\\', '/'), Files.readAllBytes(tests));
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
}

package vn.thidua.eligibility.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.kie.api.KieBase;

import org.springframework.modulith.NamedInterface;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Period;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.dossier.UnitLevel;
import vn.thidua.eligibility.Authority;
import vn.thidua.eligibility.facts.Param;

/**
 * One immutable, loaded version of {@code rules/}: the compiled rule base, the criteria catalogue,
 * parameters, texts, the evaluation stages, and the SHA-256 version of the files it came from.
 */
@NamedInterface("engine")
public final class RuleSet implements RuleTextCatalog {

    private final KieBase kieBase;
    private final Map<String, RuleMeta> rules;
    private final List<CriterionDefinition> criteria;
    private final Map<AwardCode, AwardParameters> parameters;
    private final List<List<AwardCode>> stages;
    private final MessageCatalog messages;
    private final String version;
    private final Instant activatedAt;
    private final Map<String, byte[]> files;
    private final AuthorityTable authorities;
    private final AwardTable awards;
    private final SubjectTypeTable subjectTypes;
    private final InstrumentTable instruments;
    private final BonusTable bonuses;
    private final Map<String, List<CriterionDefinition>> applicable = new java.util.concurrent.ConcurrentHashMap<>();

    RuleSet(KieBase kieBase, Map<String, RuleMeta> rules, List<CriterionDefinition> criteria,
            Map<AwardCode, AwardParameters> parameters, List<List<AwardCode>> stages, MessageCatalog messages,
            String version, Instant activatedAt, Map<String, byte[]> files, AuthorityTable authorities, AwardTable awards,
            SubjectTypeTable subjectTypes, InstrumentTable instruments, BonusTable bonuses) {
        this.instruments = instruments;
        this.bonuses = bonuses;
        this.authorities = authorities;
        this.awards = awards;
        this.subjectTypes = subjectTypes;
        this.kieBase = kieBase;
        this.rules = Map.copyOf(rules);
        this.criteria = List.copyOf(criteria);
        this.parameters = Map.copyOf(parameters);
        this.stages = List.copyOf(stages);
        this.messages = messages;
        this.version = version;
        this.activatedAt = activatedAt;
        this.files = Map.copyOf(files);
    }

    /** "sha256:" and the hex SHA-256 over every loaded rule, parameter and text file. */
    public String version() {
        return version;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    /** Awards that have a rule file, in evaluation order (every award after those it depends on). */
    public List<List<AwardCode>> stages() {
        return stages;
    }

    public boolean hasRules(AwardCode award) {
        return stages.stream().anyMatch(stage -> stage.contains(award));
    }

    /** The awards an award needs decided first, directly. */
    public List<AwardCode> dependsOn(AwardCode award) {
        AwardParameters p = parameters.get(award);
        return p == null ? List.of() : p.dependsOn();
    }

    /** Who confers an award for a unit level on a decision date, or null when {@code authorities.yaml} names no one. */
    public Authority authority(AwardCode award, UnitLevel level, LocalDate decisionDate) {
        return authorities.find(award, level, decisionDate);
    }

    /**
     * The bonus of an award for a kind of subject on a decision date ({@code bonus.yaml}): coefficient,
     * base salary and their references; null when either has no value in force on that date, or the
     * rule set has no bonus file.
     */
    public vn.thidua.eligibility.Bonus bonus(AwardCode award, SubjectKind kind, LocalDate decisionDate) {
        return bonuses.find(award, kind, decisionDate);
    }

    /**
     * The awards of {@code awards.yaml}: names, legal basis, whether decided only when proposed, and
     * which are decided for a collective's members to count them.
     */
    public AwardTable awards() {
        return awards;
    }

    /** How an individual without a subject type gets its branch ({@code subject-types.yaml}). */
    public SubjectTypeTable subjectTypes() {
        return subjectTypes;
    }

    /** The files the version was computed from, by path relative to the rules folder. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** The criteria that must all answer for a subject of this kind and branch. */
    public List<CriterionDefinition> criteriaFor(AwardCode award, SubjectKind kind, String branch) {
        return applicable.computeIfAbsent(award + "/" + kind + "/" + branch, key -> {
            List<CriterionDefinition> list = new ArrayList<>();
            for (CriterionDefinition c : criteria) {
                if (c.appliesTo(award.name(), kind, branch)) {
                    list.add(c);
                }
            }
            return List.copyOf(list);
        });
    }

    /** Every criterion of the catalogue, award criteria first in file order, then cross-cutting ones. */
    public List<CriterionDefinition> criteria() {
        return criteria;
    }

    /** The parameter values in force for a period, plus the names of parameters with no value in force yet. */
    public ResolvedParameters resolve(Period period) {
        List<Param> values = new ArrayList<>();
        List<MissingParameter> notInForce = new ArrayList<>();
        for (AwardParameters award : parameters.values()) {
            // The options in force (e.g. standard: JUDGEMENT), so a parameter needed only under another
            // option, awaiting the province's values, is not reported missing.
            Map<String, Object> options = new LinkedHashMap<>();
            for (AwardParameters.Parameter parameter : award.parameters().values()) {
                parameter.resolve(award.award().name(), period).stream().filter(p -> p.getSector() == null)
                        .forEach(p -> options.put(parameter.name(), p.getValue()));
            }
            for (AwardParameters.Parameter parameter : award.parameters().values()) {
                List<Param> resolved = parameter.resolve(award.award().name(), period);
                if (resolved.stream().noneMatch(p -> p.getSector() == null) && parameter.neededUnder(options)) {
                    notInForce.add(new MissingParameter(award.award(), parameter.name(), parameter.relevantDate(period)));
                }
                values.addAll(resolved);
            }
        }
        return new ResolvedParameters(List.copyOf(values), List.copyOf(notInForce));
    }

    /**
     * A text of the rule set's messages as written, in both languages, without filling placeholders:
     * the names of fact keys ({@code fact.year}) and codes ({@code value.HTTNV}) that pages and
     * documents show. Null when either language lacks the key.
     */
    @Override
    public vn.thidua.eligibility.Text text(String key) {
        return messages.raw(key);
    }

    /**
     * The citation of a value {@link #resolve} gave: its reference, {@code legalReview} PENDING when
     * the file marks that dated value, and the instrument of {@code instruments.yaml} the reference
     * names (null when none, or for a rule set stored before the table). For readers of parameters
     * outside the rules, such as the council's vote thresholds.
     */
    public vn.thidua.eligibility.Citation citationOf(Param value) {
        AwardParameters award = parameters.get(AwardCode.valueOf(value.getAward()));
        AwardParameters.Parameter parameter = award == null ? null : award.parameters().get(value.getName());
        String review = parameter == null ? null : value.getSector() == null ? parameter.reviews().get(value.getSince())
                : parameter.sectors().containsKey(value.getSector())
                        ? parameter.sectors().get(value.getSector()).reviews().get(value.getSince()) : null;
        return new vn.thidua.eligibility.Citation(value.getReference(), null, review)
                .withInstrument(instruments.named(value.getReference()));
    }

    /**
     * This rule set with some parameters fixed, for scenario tests: each {@code AWARD.name} key takes
     * its value from the parameter's first date on. The rules are shared, not recompiled; the version
     * names the overrides, so the copy is never taken for a loaded rule set. Empty overrides give this
     * rule set itself.
     *
     * @throws IllegalArgumentException for an unknown parameter, or a value of another type than the file's
     */
    RuleSet withParameters(Map<String, Object> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        Map<AwardCode, AwardParameters> changed = new LinkedHashMap<>(parameters);
        for (Map.Entry<String, Object> override : new TreeMap<>(overrides).entrySet()) {
            String key = override.getKey();
            AwardParameters award = changed.values().stream()
                    .filter(a -> key.startsWith(a.award().name() + ".")).findFirst().orElse(null);
            AwardParameters.Parameter parameter = award == null ? null
                    : award.parameters().get(key.substring(award.award().name().length() + 1));
            if (parameter == null) {
                throw new IllegalArgumentException("unknown parameter " + key + "; the rule set has " + parameterNames());
            }
            if (override.getValue() == null) {
                throw new IllegalArgumentException("parameter " + key + " needs a value");
            }
            // A parameter awaiting the province's values has none to compare the type with: any scalar will do.
            Object current = parameter.values().isEmpty() ? null : parameter.values().lastEntry().getValue();
            if (current != null && !current.getClass().equals(override.getValue().getClass())) {
                throw new IllegalArgumentException("parameter " + key + " holds values like " + current
                        + ", not " + override.getValue());
            }
            LocalDate first = award.parameters().values().stream().filter(p -> !p.values().isEmpty())
                    .map(p -> p.values().firstKey()).min(LocalDate::compareTo).orElse(LocalDate.EPOCH);
            changed.put(award.award(), award.with(parameter.fixedAt(override.getValue(), first)));
        }
        // The same refusal as the loader's: a case that turns an option on supplies the values it needs.
        for (AwardParameters award : changed.values()) {
            for (ParameterFileReader.Unentered gap : ParameterFileReader.unentered(award.parameters())) {
                throw new IllegalArgumentException(award.award() + ": " + gap.message()
                        + " (in a scenario, give them under parameters: as " + award.award() + "." + gap.missing().get(0).name()
                        + ": …)");
            }
        }
        return new RuleSet(kieBase, rules, criteria, changed, stages, messages,
                version + "+parameters" + new TreeMap<>(overrides), activatedAt, files, authorities, awards, subjectTypes,
                instruments, bonuses);
    }

    /**
     * Whether a citation names an instrument of {@code instruments.yaml}, the check the loader makes of
     * every citation and reference (true for a rule set stored before the table existed, whose
     * citations are not checked).
     */
    public boolean namesInstrument(String citation) {
        return !instruments.present() || instruments.named(citation) != null;
    }

    /** The same rule set (sharing its compiled rule base), stamped with the moment it became active. */
    public RuleSet activatedAt(Instant at) {
        return new RuleSet(kieBase, rules, criteria, parameters, stages, messages, version, at, files, authorities, awards,
                subjectTypes, instruments, bonuses);
    }

    private List<String> parameterNames() {
        return parameters.values().stream()
                .flatMap(a -> a.parameters().keySet().stream().map(name -> a.award() + "." + name)).sorted().toList();
    }

    /** Parameter values for a period. */
    public record ResolvedParameters(List<Param> values, List<MissingParameter> notInForce) {
    }

    /** A parameter of an award with no value in force on the date that decides it. */
    public record MissingParameter(AwardCode award, String name, LocalDate on) {

        /** The name the message files label it by ({@code value.LAO_DONG_TIEN_TIEN.newRecruitMinMonths}). */
        public String qualifiedName() {
            return award.name() + "." + name;
        }
    }

    KieBase kieBase() {
        return kieBase;
    }

    RuleMeta rule(String name) {
        return rules.get(name);
    }

    MessageCatalog messages() {
        return messages;
    }

    Set<AwardCode> awardsWithParameters() {
        return parameters.keySet();
    }

    /** An award's parameter file, or null when the award has none (for {@link RuleCatalogue}). */
    AwardParameters parametersOf(AwardCode award) {
        return parameters.get(award);
    }

    /**
     * Notices for policy staff, not failures: each rule citation and parameter reference whose
     * instrument has ceased to apply on {@code asOf} or ceases within {@code days} days of it, once
     * per instrument and place, sorted.
     */
    public List<String> instrumentNotices(java.time.LocalDate asOf, int days) {
        java.util.TreeSet<String> notices = new java.util.TreeSet<>();
        if (!instruments.present()) {
            return List.of();
        }
        java.time.LocalDate horizon = asOf.plusDays(days);
        java.util.function.BiConsumer<String, String> check = (where, citation) -> {
            vn.thidua.eligibility.Instrument i = instruments.named(citation);
            if (i != null && i.ceases() != null && !i.ceases().isAfter(horizon)) {
                notices.add(where + ": cites " + i.number() + ", which " + (i.ceases().isAfter(asOf) ? "ceases to apply on " : "ceased to apply on ")
                        + i.ceases() + (i.ceases().isAfter(asOf) ? " (within " + days + " days of " + asOf + ")" : "")
                        + ": \"" + citation + "\"");
            }
        };
        rules.values().stream().filter(r -> r.citation() != null)
                .forEach(r -> check.accept(r.file() + " rule \"" + r.name() + "\"", r.citation().title()));
        parameters.values().forEach(p -> p.references().forEach((where, reference) ->
                check.accept("awards/" + RuleSetLoader.kebab(p.award()) + ".params.yaml " + where, reference)));
        return List.copyOf(notices);
    }

    /** The legal instruments of {@code instruments.yaml}; absent for a version stored before the table existed. */
    InstrumentTable instruments() {
        return instruments;
    }

    /** The conferring authorities of {@code authorities.yaml} (for {@link RuleCatalogue}). */
    AuthorityTable authorities() {
        return authorities;
    }
}

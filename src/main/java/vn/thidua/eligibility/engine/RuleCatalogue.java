package vn.thidua.eligibility.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.springframework.modulith.NamedInterface;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.dossier.UnitLevel;
import vn.thidua.eligibility.Authority;
import vn.thidua.eligibility.Citation;
import vn.thidua.eligibility.Text;

/**
 * What a rule set contains, for people: every award in the order of {@link AwardCode} with its
 * criteria (citation, review status, rule file and line), its dated parameter values (reference,
 * review status, and which one is in force today) and its conferring authorities; then the
 * cross-cutting criteria. Built from a loaded {@link RuleSet}, never written by hand, so it is always
 * the rule set's own account of itself.
 *
 * @param today the day "in force" refers to, in Vietnam's time zone
 * @param common the cross-cutting criteria of {@code rules/common}, which apply to every award
 */
@NamedInterface("engine")
public record RuleCatalogue(String version, Instant activatedAt, LocalDate today, List<Award> awards, List<Criterion> common) {

    /** The time zone "today" is taken in, whatever the clock's own zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The review status the rule files give a text whose legal reading is not yet verified. */
    public static final String PENDING = "PENDING";

    public RuleCatalogue {
        awards = List.copyOf(awards);
        common = List.copyOf(common);
    }

    /**
     * One award: whether the rule set has rules for it, the awards decided before it in the same run,
     * and its criteria, parameters and authorities in the files' order.
     */
    public record Award(AwardCode code, boolean hasRules, List<AwardCode> dependsOn, List<Criterion> criteria,
            List<Parameter> parameters, List<Conferral> authorities) {

        public Award {
            dependsOn = List.copyOf(dependsOn);
            criteria = List.copyOf(criteria);
            parameters = List.copyOf(parameters);
            authorities = List.copyOf(authorities);
        }

        /**
         * The value of a parameter on a date: the sector's own value when it has one then, otherwise the
         * general value; null when neither has taken effect (or no parameter has that name).
         *
         * @param sector a unit level with values of its own, or null for the general values
         */
        public Object valueOn(String name, String sector, LocalDate on) {
            Object general = null;
            Object own = null;
            for (Parameter p : parameters) {
                if (!p.name().equals(name)) {
                    continue;
                }
                Object v = p.values().stream().filter(d -> !d.since().isAfter(on)).reduce((a, b) -> b)
                        .map(DatedValue::value).orElse(null);
                if (p.sector() == null) {
                    general = v;
                } else if (p.sector().equals(sector)) {
                    own = v;
                }
            }
            return own != null ? own : general;
        }

        /** The unit levels with values of their own for some parameter of the award. */
        public List<String> sectors() {
            return parameters.stream().map(Parameter::sector).filter(java.util.Objects::nonNull).distinct().toList();
        }
    }

    /**
     * One criterion as its rules declare it.
     *
     * @param subjects the subject kinds it applies to, in the order of {@link SubjectKind}
     * @param branch the individual's branch it is limited to, or null for every branch
     * @param defers whether failing it defers the award rather than refusing it
     * @param text what the criterion requires, one sentence from {@code <ID>.statement} of the message files;
     *        null when they have none (a version stored before statements existed)
     * @param reads the parameters its rules read, general values and each sector's, in the order the rules name them
     */
    public record Criterion(String id, Citation citation, List<SubjectKind> subjects, String branch, boolean defers,
            String file, int line, Text text, List<Parameter> reads) {

        public Criterion {
            subjects = List.copyOf(subjects);
            reads = List.copyOf(reads);
        }

        public Criterion(String id, Citation citation, List<SubjectKind> subjects, String branch, boolean defers,
                String file, int line, Text text) {
            this(id, citation, subjects, branch, defers, file, line, text, List.of());
        }

        public boolean pendingReview() {
            return citation != null && PENDING.equals(citation.legalReview());
        }

        /** The evidence level of the instrument its citation names ({@code [V]}, {@code [M-M]}...), or null. */
        public String evidence() {
            return citation == null || citation.instrument() == null ? null : citation.instrument().evidence();
        }
    }

    /**
     * One parameter of an award, or a sector's own values of it.
     *
     * @param byDecisionDate whether the decision date selects the value (otherwise the achievement cut-off date)
     * @param sector the unit level these values are for, or null for the general values
     * @param values every dated value, oldest first (none for a value the province has yet to enter)
     * @param neededWhen the option under which the rules need it ({@code standard: COMPUTED}), empty when always
     * @param label its name in words ({@code parameter.<name>} of the message files), null when they have none
     */
    public record Parameter(String name, String description, boolean byDecisionDate, String sector, List<DatedValue> values,
            Map<String, Object> neededWhen, Text label) {

        public Parameter {
            values = List.copyOf(values);
            neededWhen = Map.copyOf(neededWhen);
        }

        public Parameter(String name, String description, boolean byDecisionDate, String sector, List<DatedValue> values,
                Map<String, Object> neededWhen) {
            this(name, description, byDecisionDate, sector, values, neededWhen, null);
        }

        public Parameter(String name, String description, boolean byDecisionDate, String sector, List<DatedValue> values) {
            this(name, description, byDecisionDate, sector, values, Map.of());
        }

        /** Whether it has no value yet and waits for the province's (only a parameter needed under an option may). */
        public boolean unentered() {
            return values.isEmpty();
        }

        /** The option that needs it, as {@code standard = COMPUTED}, or null. */
        public String neededUnder() {
            return neededWhen.isEmpty() ? null : neededWhen.entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
        }

        /** The value in force today, or null when none has taken effect yet. */
        public DatedValue inForce() {
            return values.stream().filter(v -> v.standing() == Standing.IN_FORCE).findFirst().orElse(null);
        }

        public boolean pendingReview() {
            return values.stream().anyMatch(DatedValue::pendingReview);
        }
    }

    /**
     * A parameter's value from a date, with its reference and review status.
     *
     * @param legalReview {@code PENDING} when the reading awaits legal review, null otherwise
     * @param shown the value in words in both languages (a yes/no by what it means, a share with %, a date day
     *        first, codes by their names), null when not formatted
     * @param evidence the evidence level of the instrument the reference names ({@code [V]}, {@code [P]}...), or null
     */
    public record DatedValue(LocalDate since, Object value, String reference, String legalReview, Standing standing,
            Text shown, String evidence) {

        public DatedValue(LocalDate since, Object value, String reference, String legalReview, Standing standing) {
            this(since, value, reference, legalReview, standing, null, null);
        }

        public boolean pendingReview() {
            return PENDING.equals(legalReview);
        }
    }

    /** Where a dated value stands today. */
    public enum Standing {
        /** A later value has taken effect since. */
        SUPERSEDED,
        /** The value in force today. */
        IN_FORCE,
        /** Takes effect after today. */
        FUTURE
    }

    /**
     * Who confers the award for some unit levels and decision dates ({@code authorities.yaml}).
     *
     * @param levels the unit levels it covers, empty for any level
     * @param from the first decision date it covers, or null
     * @param until the last decision date it covers, or null
     */
    public record Conferral(List<UnitLevel> levels, LocalDate from, LocalDate until, Authority authority) {

        public Conferral {
            levels = List.copyOf(levels);
        }

        public boolean pendingReview() {
            return authority != null && PENDING.equals(authority.legalReview());
        }
    }

    /** The entry of an award (every award code has one). */
    public Award award(AwardCode code) {
        return awards.stream().filter(a -> a.code() == code).findFirst().orElseThrow();
    }

    /**
     * The catalogue of a rule set, with "in force" meaning on the clock's current day in Vietnam's
     * time zone.
     */
    public static RuleCatalogue of(RuleSet ruleSet, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        MessageCatalog messages = ruleSet.messages();
        List<Award> awards = new ArrayList<>();
        Map<AwardCode, List<Parameter>> byAward = new java.util.EnumMap<>(AwardCode.class);
        for (AwardCode code : AwardCode.values()) {
            AwardParameters file = ruleSet.parametersOf(code);
            List<Parameter> parameters = new ArrayList<>();
            if (file != null) {
                for (AwardParameters.Parameter p : file.parameters().values()) {
                    parameters.add(parameter(p, p, null, today, ruleSet));
                    p.sectors().forEach((sector, values) -> parameters.add(parameter(p, values, sector, today, ruleSet)));
                }
            }
            byAward.put(code, parameters);
        }
        for (AwardCode code : AwardCode.values()) {
            List<Criterion> criteria = ruleSet.criteria().stream().filter(c -> code.name().equals(c.award()))
                    .map(c -> criterion(c, messages, ruleSet, byAward)).toList();
            List<Parameter> parameters = byAward.get(code);
            List<Conferral> authorities = ruleSet.authorities().entries(code).stream()
                    .map(e -> new Conferral(sorted(e.levels()), e.from(), e.until(), e.authority())).toList();
            awards.add(new Award(code, ruleSet.hasRules(code), ruleSet.dependsOn(code), criteria, parameters, authorities));
        }
        List<Criterion> common = ruleSet.criteria().stream().filter(c -> c.award() == null)
                .map(c -> criterion(c, messages, ruleSet, byAward)).toList();
        return new RuleCatalogue(ruleSet.version(), ruleSet.activatedAt(), today, awards, common);
    }

    private static Criterion criterion(CriterionDefinition c, MessageCatalog messages, RuleSet ruleSet,
            Map<AwardCode, List<Parameter>> parameters) {
        Text text = messages.raw(c.id() + RuleSetLoader.STATEMENT);
        List<SubjectKind> subjects = Arrays.stream(SubjectKind.values()).filter(c.subjects()::contains).toList();
        List<Parameter> reads = new ArrayList<>();
        for (CriterionParameters.Read read : CriterionParameters.read(ruleSet.files().get(c.file()), c.id())) {
            AwardCode award;
            try {
                award = AwardCode.valueOf(read.award());
            } catch (IllegalArgumentException e) {
                continue;
            }
            parameters.getOrDefault(award, List.of()).stream().filter(p -> p.name().equals(read.name())).forEach(reads::add);
        }
        return new Criterion(c.id(), c.citation(), subjects, c.branch(), c.defers(), c.file(), c.line(), text, reads);
    }

    /** The general values of a parameter ({@code p == general}) or a sector's, which take the general name, description and date. */
    private static Parameter parameter(AwardParameters.Parameter general, AwardParameters.Parameter p, String sector,
            LocalDate today, RuleSet ruleSet) {
        NavigableMap<LocalDate, Object> values = p.values();
        LocalDate inForce = values.floorKey(today);
        ParameterWords words = new ParameterWords(ruleSet.messages());
        List<DatedValue> dated = new ArrayList<>();
        values.forEach((since, value) -> {
            String reference = p.references().get(since);
            vn.thidua.eligibility.Instrument instrument = reference == null ? null : ruleSet.instruments().named(reference);
            dated.add(new DatedValue(since, value, reference, p.reviews().get(since), since.isAfter(today) ? Standing.FUTURE
                    : since.equals(inForce) ? Standing.IN_FORCE : Standing.SUPERSEDED,
                    words.value(general.name(), value), instrument == null ? null : instrument.evidence()));
        });
        return new Parameter(general.name(), general.description(), general.byDecisionDate(), sector, dated,
                general.neededWhen(), words.label(general.name()));
    }

    private static List<UnitLevel> sorted(java.util.Set<UnitLevel> levels) {
        return Arrays.stream(UnitLevel.values()).filter(levels::contains).toList();
    }
}

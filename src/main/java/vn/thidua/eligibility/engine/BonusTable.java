package vn.thidua.eligibility.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Bonus;

/**
 * The bonuses of {@code rules/bonus.yaml}: the base salary and, per award and kind of subject, the
 * coefficient of it, each a dated parameter read as the awards' parameter files are (values keyed by
 * the date they take effect, a reference per date, {@code legalReview}), always by the decision date.
 * A rule set without the file (a version stored before it existed) has no bonuses.
 */
final class BonusTable {

    static final String FILE = "bonus.yaml";
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> FIELDS = Set.of("rounding", "baseSalary", "coefficients");

    private final AwardParameters.Parameter baseSalary;
    private final Map<AwardCode, Map<SubjectKind, AwardParameters.Parameter>> coefficients;
    private final RoundingMode rounding;

    private BonusTable(AwardParameters.Parameter baseSalary, Map<AwardCode, Map<SubjectKind, AwardParameters.Parameter>> coefficients,
            RoundingMode rounding) {
        this.baseSalary = baseSalary;
        this.coefficients = coefficients;
        this.rounding = rounding;
    }

    static BonusTable empty() {
        return new BonusTable(null, Map.of(), RoundingMode.HALF_UP);
    }

    /** The bonus of an award for a kind of subject on a decision date; null when the coefficient or the base salary is not in force. */
    Bonus find(AwardCode award, SubjectKind kind, LocalDate decisionDate) {
        AwardParameters.Parameter coefficient = coefficients.getOrDefault(award, Map.of()).get(kind);
        if (coefficient == null || baseSalary == null) {
            return null;
        }
        Map.Entry<LocalDate, Object> c = coefficient.values().floorEntry(decisionDate);
        Map.Entry<LocalDate, Object> b = baseSalary.values().floorEntry(decisionDate);
        if (c == null || b == null) {
            return null;
        }
        return new Bonus(new BigDecimal(c.getValue().toString()), c.getKey(), coefficient.references().get(c.getKey()),
                coefficient.reviews().get(c.getKey()), ((Number) b.getValue()).longValue(), b.getKey(),
                baseSalary.references().get(b.getKey()), baseSalary.reviews().get(b.getKey()), rounding);
    }

    /** Every reference, keyed by where it is ("baseSalary, 2024-07-01", "CHIEN_SI_THI_DUA_CO_SO.INDIVIDUAL, 2025-07-01"). */
    Map<String, String> references() {
        Map<String, String> all = new LinkedHashMap<>();
        if (baseSalary != null) {
            baseSalary.references().forEach((date, reference) -> all.put("baseSalary, " + date, reference));
        }
        coefficients.forEach((award, kinds) -> kinds.forEach((kind, p) -> p.references()
                .forEach((date, reference) -> all.put(award + "." + kind + ", " + date, reference))));
        return all;
    }

    static BonusTable read(byte[] content, List<RuleProblem> problems) {
        JsonNode root;
        try {
            root = YAML.readTree(content);
        } catch (JacksonException e) {
            problems.add(new RuleProblem(FILE, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid YAML: " + e.getOriginalMessage()));
            return empty();
        }
        if (root == null || !root.isObject()) {
            problems.add(new RuleProblem(FILE, 0, "expected a mapping with rounding, baseSalary and coefficients"));
            return empty();
        }
        String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
        for (String field : root.propertyNames()) {
            if (!FIELDS.contains(field)) {
                problems.add(new RuleProblem(FILE, 0, "unknown field " + field + "; expected one of " + FIELDS));
            }
        }
        RoundingMode rounding = RoundingMode.HALF_UP;
        try {
            rounding = RoundingMode.valueOf(root.path("rounding").asString("HALF_UP"));
        } catch (IllegalArgumentException e) {
            problems.add(new RuleProblem(FILE, ParameterFileReader.line(text, "rounding", "rounding"), "rounding must be one of "
                    + java.util.Arrays.toString(RoundingMode.values()) + ", not " + root.path("rounding").asString()));
        }
        AwardParameters.Parameter base = null;
        if (!root.hasNonNull("baseSalary")) {
            problems.add(new RuleProblem(FILE, 0, "baseSalary is missing: the base salary (đồng a month) by decision date"));
        } else {
            base = parameter("baseSalary", root.get("baseSalary"), text, problems);
            if (base != null) {
                base.values().forEach((date, value) -> {
                    if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() <= 0) {
                        problems.add(new RuleProblem(FILE, ParameterFileReader.line(text, "baseSalary", date.toString()),
                                "baseSalary from " + date + " must be a whole number of đồng above 0, not " + value));
                    }
                });
            }
        }
        Map<AwardCode, Map<SubjectKind, AwardParameters.Parameter>> coefficients = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> award : root.path("coefficients").properties()) {
            AwardCode code;
            try {
                code = AwardCode.valueOf(award.getKey());
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(FILE, ParameterFileReader.line(text, award.getKey(), award.getKey()),
                        "coefficients: " + award.getKey() + " is not an award code"));
                continue;
            }
            for (Map.Entry<String, JsonNode> kind : award.getValue().properties()) {
                SubjectKind subject;
                try {
                    subject = SubjectKind.valueOf(kind.getKey());
                } catch (IllegalArgumentException e) {
                    problems.add(new RuleProblem(FILE, 0, "coefficients." + code + ": " + kind.getKey()
                            + " is not a kind of subject; expected INDIVIDUAL, COLLECTIVE or HOUSEHOLD"));
                    continue;
                }
                AwardParameters.Parameter p = parameter(code + "." + subject, kind.getValue(), text, problems);
                if (p == null) {
                    continue;
                }
                p.values().forEach((date, value) -> {
                    if (!(value instanceof Number n) || new BigDecimal(n.toString()).signum() < 0) {
                        problems.add(new RuleProblem(FILE, 0, "coefficients." + code + "." + subject + " from " + date
                                + " must be a number of 0 or more, not " + value));
                    }
                });
                coefficients.computeIfAbsent(code, k -> new LinkedHashMap<>()).put(subject, p);
            }
        }
        return new BonusTable(base, coefficients, rounding);
    }

    private static AwardParameters.Parameter parameter(String name, JsonNode node, String text, List<RuleProblem> problems) {
        AwardParameters.Parameter p = ParameterFileReader.parameter(FILE, name, node, problems);
        if (p != null && !p.byDecisionDate()) {
            problems.add(new RuleProblem(FILE, 0, "parameter " + name + ": date must be decision (a bonus follows the decision date)"));
        }
        if (p != null && !p.sectors().isEmpty()) {
            problems.add(new RuleProblem(FILE, 0, "parameter " + name + ": a bonus has no sectors"));
        }
        return p;
    }
}

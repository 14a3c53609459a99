package vn.thidua.eligibility.engine;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.modulith.NamedInterface;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import vn.thidua.eligibility.Text;

/**
 * The boundary descriptions of a scenario file ({@code boundaries:} of an award's {@code .tests.yaml}):
 * for a threshold parameter, the criterion that compares it, how it compares (at least, more than…),
 * and a case template in which {@code ${n}} is the number the request holds for it. From these the
 * parameter change form proposes the cases just below, at and just above a new value, each with the
 * result the comparison gives, without knowing any parameter by name.
 *
 * <p>A template is a scenario case's request fields (individuals, collectives, households…) where a
 * text {@code "${expr}"} is replaced by its value: a whole number, or a date written {@code yyyy-MM-dd}.
 * An expression adds and subtracts whole numbers and the variables {@code n} (the number tried),
 * {@code total} (the members of a share), {@code year} (the case's year), {@code i} (in a repeat);
 * a date ({@code cutoff}, {@code dayAfterCutoff}, {@code decisionDate}) adds or subtracts a number with
 * {@code days}, {@code months} or {@code years}. {@code id} and {@code unit} are texts. A list item
 * {@code { repeat: "${n - 1}", item: {…} }} stands for that many items, {@code i} counting from 1.
 */
@NamedInterface("engine")
public final class BoundaryCases {

    /** How a criterion compares the request's number {@code n} with the parameter's value. */
    public enum Comparison {
        AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, EQUAL;

        boolean met(long n, long value) {
            return switch (this) {
                case AT_LEAST -> n >= value;
                case MORE_THAN -> n > value;
                case AT_MOST -> n <= value;
                case LESS_THAN -> n < value;
                case EQUAL -> n == value;
            };
        }
    }

    /** Where a case lies against the value. */
    public enum Position {
        BELOW, AT, ABOVE
    }

    /**
     * A parameter's boundary description.
     *
     * @param strictWhen a yes/no parameter of the award that makes the comparison strict (MORE_THAN) when
     *        yes and not (AT_LEAST) when no, or null when {@code compare} holds alone
     * @param share whether {@code n} is a share of {@code total} and the value a percentage
     * @param words the case in words with {@code {n}} and {@code {total}}, in both languages
     * @param met what the case expects when the comparison holds: the outcome and the criterion's result
     * @param notMet what the case expects when it does not
     * @param unexercised why no scenario can exercise the parameter (a criterion the council judges
     *        whatever the value), in both languages; null when the description has a case
     * @param with other parameters of the award each case fixes ({@code standard: COMPUTED}), so that the
     *        criterion compares at all; empty when none
     * @param offAt a value at which the criterion does not compare (0: the council judges), or null
     */
    public record Description(String parameter, String criterion, Comparison compare, String strictWhen, boolean share,
            Text words, Expected met, Expected notMet, JsonNode template, Text unexercised, Map<String, Object> with,
            Long offAt) {

        /** Whether cases can be written for this value (described, and not the value that switches the comparison off). */
        public boolean comparesAt(long value) {
            return unexercised == null && (offAt == null || offAt != value);
        }

        /** Whether the description gives cases (rather than saying why none can be written). */
        public boolean exercised() {
            return unexercised == null;
        }

        /** The outcome a case expects when the criterion is met. */
        public String metOutcome() {
            return met.outcome();
        }

        /** The outcome a case expects when it is not. */
        public String notMetOutcome() {
            return notMet.outcome();
        }

        /** The comparison on a date, given whether {@link #strictWhen} holds then (ignored without one). */
        public Comparison comparison(boolean strict) {
            if (strictWhen == null) {
                return compare;
            }
            return strict ? Comparison.MORE_THAN : Comparison.AT_LEAST;
        }

        /** The case in words in one language. */
        public String words(Case c, boolean vi) {
            return (vi ? words.vi() : words.en()).replace("{n}", Long.toString(c.n())).replace("{total}", Long.toString(c.total()));
        }
    }

    /** What a case expects of the decision: its outcome and the criterion's result. */
    public record Expected(String outcome, String result) {
    }

    /** One case: the request's number, of {@code total} for a share (0 otherwise), and whether the criterion is met. */
    public record Case(Position position, long n, long total, boolean met) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES).build();
    private static final Set<String> FIELDS = Set.of("criterion", "compare", "strictWhen", "share", "words", "expect", "case",
            "unexercised", "with", "offAt");
    private static final Set<String> OUTCOMES = Set.of("ELIGIBLE", "NOT_ELIGIBLE", "DEFERRED", "INCOMPLETE");
    private static final Set<String> RESULTS = Set.of("MET", "NOT_MET", "NOT_EVALUATED", "JUDGEMENT");
    private static final Pattern WHOLE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern TOKEN = Pattern.compile("\\s*(?:([A-Za-z][A-Za-z0-9]*)|(\\d+)|([+-]))");
    private static final Set<String> UNITS = Set.of("days", "months", "years");

    private BoundaryCases() {
    }

    /**
     * The descriptions under {@code boundaries} of a scenario file's root, by parameter name; a
     * malformed one is left out and reported to {@code problems} with the file.
     */
    public static Map<String, Description> read(String file, JsonNode boundaries, List<RuleProblem> problems) {
        Map<String, Description> descriptions = new LinkedHashMap<>();
        if (boundaries == null || boundaries.isMissingNode() || boundaries.isNull()) {
            return descriptions;
        }
        if (!boundaries.isObject()) {
            problems.add(new RuleProblem(file, 0, "boundaries: expected a mapping of parameter names"));
            return descriptions;
        }
        for (String parameter : boundaries.propertyNames()) {
            JsonNode d = boundaries.get(parameter);
            List<String> wrong = new ArrayList<>();
            for (String field : d.propertyNames()) {
                if (!FIELDS.contains(field)) {
                    wrong.add("unknown field " + field);
                }
            }
            String criterion = d.path("criterion").asString("");
            if (criterion.isBlank()) {
                wrong.add("criterion (the criterion that compares it) is missing");
            }
            if (d.has("unexercised")) {
                Text why = text(d.path("unexercised"));
                if (why == null) {
                    wrong.add("unexercised needs vi and en: why no scenario can exercise it");
                } else if (wrong.isEmpty()) {
                    descriptions.put(parameter, new Description(parameter, criterion, null, null, false, null, null, null, null, why,
                            Map.of(), null));
                }
                if (!wrong.isEmpty()) {
                    problems.add(new RuleProblem(file, 0, "boundaries of " + parameter + ": " + String.join("; ", wrong)));
                }
                continue;
            }
            Comparison compare = null;
            try {
                compare = Comparison.valueOf(d.path("compare").asString(""));
            } catch (IllegalArgumentException e) {
                wrong.add("compare must be one of AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, EQUAL");
            }
            Text words = text(d.path("words"));
            if (words == null) {
                wrong.add("words needs vi and en, the case in words with {n}");
            }
            Expected met = new Expected(d.at("/expect/met/outcome").asString("ELIGIBLE"), d.at("/expect/met/criterion").asString("MET"));
            Expected notMet = new Expected(d.at("/expect/notMet/outcome").asString("NOT_ELIGIBLE"),
                    d.at("/expect/notMet/criterion").asString("NOT_MET"));
            for (Expected e : List.of(met, notMet)) {
                if (!OUTCOMES.contains(e.outcome()) || !RESULTS.contains(e.result())) {
                    wrong.add("expect: an outcome is ELIGIBLE, NOT_ELIGIBLE, DEFERRED or INCOMPLETE, a criterion MET, NOT_MET, "
                            + "NOT_EVALUATED or JUDGEMENT");
                    break;
                }
            }
            if (!d.path("case").isObject()) {
                wrong.add("case (the request fields of a case, with ${n}) is missing");
            }
            boolean share = d.path("share").asBoolean(false);
            if (share && compare != Comparison.AT_LEAST && compare != Comparison.MORE_THAN) {
                wrong.add("a share compares AT_LEAST or MORE_THAN");
            }
            Map<String, Object> with = new LinkedHashMap<>();
            for (String name : d.path("with").propertyNames()) {
                JsonNode v = d.path("with").get(name);
                with.put(name, v.isIntegralNumber() ? (Object) v.longValue() : v.isBoolean() ? (Object) v.booleanValue() : v.asString());
            }
            Long offAt = d.has("offAt") ? d.path("offAt").longValue() : null;
            if (wrong.isEmpty()) {
                String strictWhen = d.path("strictWhen").asString(null);
                descriptions.put(parameter, new Description(parameter, criterion, compare, strictWhen, share, words, met, notMet,
                        d.get("case"), null, Map.copyOf(with), offAt));
            } else {
                problems.add(new RuleProblem(file, 0, "boundaries of " + parameter + ": " + String.join("; ", wrong)));
            }
        }
        return descriptions;
    }

    private static Text text(JsonNode node) {
        String vi = node.path("vi").asString("");
        String en = node.path("en").asString("");
        return vi.isBlank() || en.isBlank() ? null : new Text(vi, en);
    }

    /**
     * The cases just below, at and just above {@code value}: for a share, in whole members of a
     * collective where the value falls on a whole count (ten when it can, otherwise the smallest that
     * does), compared in integer arithmetic ({@code n * 100 > value * total}); otherwise the numbers
     * {@code value - 1}, {@code value} and {@code value + 1}. A case that cannot exist (below 0, or above
     * every member) is left out.
     *
     * @throws IllegalArgumentException for a share outside 0 to 100
     */
    public static List<Case> cases(Description description, long value, boolean strict) {
        Comparison comparison = description.comparison(strict);
        List<Case> cases = new ArrayList<>();
        if (description.share()) {
            if (value < 0 || value > 100) {
                throw new IllegalArgumentException("a share is 0 to 100, not " + value);
            }
            long total = value * 10 % 100 == 0 ? 10 : 100 / BigInteger.valueOf(value).gcd(BigInteger.valueOf(100)).longValue();
            long at = value * total / 100;
            for (Position position : Position.values()) {
                long n = at + position.ordinal() - 1;
                if (n >= 0 && n <= total) {
                    cases.add(new Case(position, n, total, comparison.met(n * 100, value * total)));
                }
            }
            return cases;
        }
        for (Position position : Position.values()) {
            long n = value + position.ordinal() - 1;
            if (n >= 0) {
                cases.add(new Case(position, n, 0, comparison.met(n, value)));
            }
        }
        return cases;
    }

    /**
     * A unit of a scenario file's defaults for the boundary cases: one of the sector's level for a
     * sector's values, otherwise one whose level has no values of its own ({@code sectors}); null when
     * the file has none.
     */
    public static String unit(JsonNode testsRoot, List<String> sectors, String sector) {
        for (JsonNode unit : testsRoot.at("/defaults/units")) {
            String level = unit.path("level").asString("");
            if (sector != null ? sector.equals(level) : !level.isEmpty() && !sectors.contains(level)) {
                return unit.path("code").asString(null);
            }
        }
        return null;
    }

    /**
     * A case as an item of the scenario format (a list item at indentation 0): the template expanded
     * for the case, in {@code year} (cut-off 31 December, decision 20 January of the next year),
     * expecting the subject {@code id}'s decision on {@code award} to have the criterion met or not
     * as {@code met} says, with the description's outcome for that.
     */
    public static String scenario(Description description, Case c, String name, String award, String id, String unit, int year,
            boolean met) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("n", c.n());
        variables.put("total", c.total());
        variables.put("year", (long) year);
        variables.put("id", id);
        variables.put("unit", unit);
        variables.put("yearStart", LocalDate.of(year, 1, 1));
        variables.put("cutoff", LocalDate.of(year, 12, 31));
        variables.put("dayAfterCutoff", LocalDate.of(year + 1, 1, 1));
        variables.put("decisionDate", LocalDate.of(year + 1, 1, 20));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode item = nodes.objectNode();
        item.put("name", name);
        ObjectNode period = item.putObject("period");
        period.put("year", year);
        period.put("cutoffDate", variables.get("cutoff").toString());
        period.put("decisionDate", variables.get("decisionDate").toString());
        if (!description.with().isEmpty()) {
            ObjectNode fixed = item.putObject("parameters");
            description.with().forEach((key, value) -> fixed.set(award + "." + key, value instanceof Long number
                    ? nodes.numberNode(number) : value instanceof Boolean flag ? nodes.booleanNode(flag)
                    : nodes.stringNode(value.toString())));
        }
        JsonNode fields = expand(description.template(), variables);
        fields.propertyNames().forEach(field -> item.set(field, fields.get(field)));
        ObjectNode expect = item.putArray("expect").addObject();
        expect.put("subject", id);
        expect.put("award", award);
        Expected expected = met ? description.met() : description.notMet();
        expect.put("outcome", expected.outcome());
        expect.putObject("criteria").put(description.criterion(), expected.result());
        return YAML.writeValueAsString(nodes.arrayNode().add(item)).stripTrailing();
    }

    static JsonNode expand(JsonNode template, Map<String, Object> variables) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (template.isObject()) {
            ObjectNode object = nodes.objectNode();
            template.propertyNames().forEach(field -> object.set(field, expand(template.get(field), variables)));
            return object;
        }
        if (template.isArray()) {
            ArrayNode array = nodes.arrayNode();
            for (JsonNode element : template) {
                if (element.isObject() && element.has("repeat")) {
                    Object count = value(element.get("repeat").asString(), variables);
                    if (!(count instanceof Long times)) {
                        throw new IllegalArgumentException("repeat needs a whole number, not " + element.get("repeat"));
                    }
                    for (long i = 1; i <= times; i++) {
                        Map<String, Object> inner = new HashMap<>(variables);
                        inner.put("i", i);
                        array.add(expand(element.path("item"), inner));
                    }
                } else {
                    array.add(expand(element, variables));
                }
            }
            return array;
        }
        if (template.isString()) {
            Object value = value(template.asString(), variables);
            return value instanceof Long number ? nodes.numberNode(number) : nodes.stringNode(value.toString());
        }
        return template;
    }

    /** A text with its {@code ${…}} replaced: the value itself when the text is one expression, otherwise a text. */
    private static Object value(String text, Map<String, Object> variables) {
        Matcher whole = WHOLE.matcher(text);
        if (whole.matches()) {
            return evaluate(whole.group(1), variables);
        }
        StringBuilder out = new StringBuilder();
        Matcher m = WHOLE.matcher(text);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(evaluate(m.group(1), variables))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Object evaluate(String expression, Map<String, Object> variables) {
        List<String> tokens = new ArrayList<>();
        String e = expression.strip();
        Matcher m = TOKEN.matcher(e);
        int at = 0;
        while (at < e.length()) {
            m.region(at, e.length());
            if (!m.lookingAt()) {
                throw new IllegalArgumentException("cannot read \"${" + expression + "}\" at " + e.substring(at));
            }
            tokens.add(m.group().strip());
            at = m.end();
        }
        int[] next = {0};
        Object result = term(tokens, next, variables, expression);
        while (next[0] < tokens.size()) {
            String op = tokens.get(next[0]++);
            if (!op.equals("+") && !op.equals("-")) {
                throw new IllegalArgumentException("expected + or - in \"${" + expression + "}\", found " + op);
            }
            Object operand = term(tokens, next, variables, expression);
            String unit = next[0] < tokens.size() && UNITS.contains(tokens.get(next[0])) ? tokens.get(next[0]++) : null;
            result = combine(result, op.equals("+") ? 1 : -1, operand, unit, expression);
        }
        return result;
    }

    private static Object term(List<String> tokens, int[] next, Map<String, Object> variables, String expression) {
        if (next[0] >= tokens.size()) {
            throw new IllegalArgumentException("\"${" + expression + "}\" ends too early");
        }
        String token = tokens.get(next[0]++);
        if (token.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(token);
        }
        if (!variables.containsKey(token)) {
            throw new IllegalArgumentException("unknown name " + token + " in \"${" + expression + "}\"; known: " + variables.keySet());
        }
        return variables.get(token);
    }

    private static Object combine(Object left, int sign, Object right, String unit, String expression) {
        if (left instanceof Long a && right instanceof Long b && unit == null) {
            return a + sign * b;
        }
        if (left instanceof LocalDate date && right instanceof Long b && unit != null) {
            long amount = sign * b;
            return switch (unit) {
                case "days" -> date.plusDays(amount);
                case "months" -> date.plusMonths(amount);
                default -> date.plusYears(amount);
            };
        }
        throw new IllegalArgumentException("cannot compute \"${" + expression + "}\": a number adds to a number, "
                + "a date adds a number of days, months or years");
    }
}

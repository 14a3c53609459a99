package vn.thidua.eligibility.engine;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import vn.thidua.dossier.AwardCode;

/**
 * Reads {@code <award>.params.yaml}:
 *
 * <pre>
 * dependsOn: [LAO_DONG_TIEN_TIEN]
 * parameters:
 *   newRecruitMinMonths:
 *     description: ...
 *     date: achievement        # or decision: which date selects the value in force
 *     values:    { 2017-07-31: 10, 2024-01-01: 6 }
 *     reference: { 2017-07-31: "NĐ 91/2017/NĐ-CP ...", 2024-01-01: "TT 01/2024/TT-BNV ..." }
 *     legalReview: { 2024-01-01: PENDING }   # optional: values whose reading awaits legal review
 * </pre>
 *
 * {@code legalReview} may also be the one word {@code PENDING}, for every dated value of the parameter.
 *
 * <p>A parameter that the rules need only under one option of the same file says so, and may then ship
 * with no values until the province enters its own:
 *
 * <pre>
 *   householdMinContributionVnd:
 *     neededWhen: { standard: COMPUTED }
 *     values: {}
 *     reference: {}
 * </pre>
 *
 * The file is refused when the option holds that value from a date on which such a parameter has no
 * value yet: the problem names the line, the date and every parameter (with its description) to enter.
 */
final class ParameterFileReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final String PENDING = "PENDING";

    private ParameterFileReader() {
    }

    static AwardParameters read(String file, byte[] content, AwardCode award, List<RuleProblem> problems) {
        JsonNode root;
        try {
            root = YAML.readTree(content);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new RuleProblem(file, line, "not valid YAML: " + e.getOriginalMessage()));
            return new AwardParameters(award, List.of(), Map.of());
        }
        if (root == null || !root.isObject()) {
            problems.add(new RuleProblem(file, 0, "expected a mapping with dependsOn and parameters"));
            return new AwardParameters(award, List.of(), Map.of());
        }
        for (String field : root.propertyNames()) {
            if (!List.of("award", "dependsOn", "parameters").contains(field)) {
                problems.add(new RuleProblem(file, 0, "unknown field " + field + "; expected award, dependsOn, parameters"));
            }
        }
        if (root.has("award") && !award.name().equals(root.get("award").asString())) {
            problems.add(new RuleProblem(file, 0, "award " + root.get("award").asString() + " does not match the file name, "
                    + award.name()));
        }
        List<AwardCode> dependsOn = new ArrayList<>();
        for (JsonNode dependency : root.path("dependsOn")) {
            try {
                dependsOn.add(AwardCode.valueOf(dependency.asString()));
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(file, 0, "dependsOn names unknown award " + dependency.asString()));
            }
        }
        Map<String, AwardParameters.Parameter> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.path("parameters").properties()) {
            AwardParameters.Parameter parameter = parameter(file, entry.getKey(), entry.getValue(), problems);
            if (parameter != null) {
                parameters.put(entry.getKey(), parameter);
            }
        }
        String text = new String(content, StandardCharsets.UTF_8);
        for (Unentered gap : unentered(parameters)) {
            problems.add(new RuleProblem(file, line(text, gap.option(), gap.since().toString()), gap.message()));
        }
        for (AwardParameters.Parameter parameter : parameters.values()) {
            for (String option : parameter.neededWhen().keySet()) {
                AwardParameters.Parameter switching = parameters.get(option);
                if (switching == null) {
                    problems.add(new RuleProblem(file, line(text, parameter.name(), "neededWhen"), "parameter "
                            + parameter.name() + ": neededWhen names " + option + ", which is not a parameter of this file"));
                } else if (switching.byDecisionDate() != parameter.byDecisionDate()) {
                    problems.add(new RuleProblem(file, line(text, parameter.name(), "date"), "parameter " + parameter.name()
                            + ": its date must be the one of " + option + " (" + (switching.byDecisionDate() ? "decision"
                            : "achievement") + "), which decides when it is needed"));
                }
            }
        }
        return new AwardParameters(award, List.copyOf(dependsOn), parameters);
    }

    /** An option switched on from a date on which parameters it needs have no value yet. */
    record Unentered(String option, Object value, LocalDate since, List<AwardParameters.Parameter> missing) {

        String message() {
            StringBuilder text = new StringBuilder("parameter ").append(option).append(" is ").append(value)
                    .append(" from ").append(since).append(", but the province's own values it needs are not entered: ");
            for (int i = 0; i < missing.size(); i++) {
                AwardParameters.Parameter p = missing.get(i);
                text.append(i == 0 ? "" : "; ").append(p.name());
                if (!p.description().isBlank()) {
                    text.append(" (").append(p.description().strip()).append(')');
                }
            }
            return text.append(". Enter each one under values: with a date on or before ").append(since)
                    .append(" and, under reference: for the same date, the number and article of the province's decision")
                    .append(" that sets it; or keep ").append(option).append(" at its other value until then").toString();
        }
    }

    /**
     * Every date from which an option holds the value some parameter is {@code neededWhen}, while that
     * parameter has no value on or before the date.
     */
    static List<Unentered> unentered(Map<String, AwardParameters.Parameter> parameters) {
        List<Unentered> gaps = new ArrayList<>();
        for (AwardParameters.Parameter switching : parameters.values()) {
            for (Map.Entry<LocalDate, Object> dated : switching.values().entrySet()) {
                List<AwardParameters.Parameter> missing = parameters.values().stream()
                        .filter(p -> p.neededWhen().containsKey(switching.name()))
                        .filter(p -> p.neededUnder(Map.of(switching.name(), dated.getValue()))
                                && p.values().floorKey(dated.getKey()) == null)
                        .toList();
                if (!missing.isEmpty()) {
                    gaps.add(new Unentered(switching.name(), dated.getValue(), dated.getKey(), missing));
                }
            }
        }
        return gaps;
    }

    /**
     * The 1-based line of {@code key:} inside the block of parameter {@code name} (the parameter's own
     * line when the key is not found there, 0 when the parameter is not found): YAML trees keep no lines.
     */
    static int line(String text, String name, String key) {
        String[] lines = text.split("\\R", -1);
        int start = -1;
        int indent = 0;
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].strip();
            if (start < 0) {
                if (stripped.startsWith(name + ":") && !lines[i].startsWith(name)) {
                    start = i;
                    indent = lines[i].indexOf(name);
                }
                continue;
            }
            int own = lines[i].length() - lines[i].stripLeading().length();
            if (!stripped.isEmpty() && !stripped.startsWith("#") && own <= indent) {
                break;
            }
            if (stripped.startsWith(key + ":") || stripped.startsWith("\"" + key + "\":")
                    || stripped.startsWith("'" + key + "':")) {
                return i + 1;
            }
        }
        return start + 1;
    }

    static AwardParameters.Parameter parameter(String file, String name, JsonNode node, List<RuleProblem> problems) {
        String where = "parameter " + name + ": ";
        for (String field : node.propertyNames()) {
            if (!List.of("description", "date", "values", "reference", "legalReview", "sectors", "neededWhen").contains(field)) {
                problems.add(new RuleProblem(file, 0, where + "unknown field " + field
                        + "; expected description, date, values, reference, legalReview, sectors, neededWhen"));
            }
        }
        String date = node.path("date").asString("achievement");
        if (!date.equals("achievement") && !date.equals("decision")) {
            problems.add(new RuleProblem(file, 0, where + "date must be achievement or decision, not " + date));
        }
        TreeMap<LocalDate, Object> values = new TreeMap<>();
        Map<LocalDate, String> references = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> value : node.path("values").properties()) {
            LocalDate since = date(file, where, value.getKey(), problems);
            if (since != null) {
                values.put(since, scalar(value.getValue()));
            }
        }
        for (Map.Entry<String, JsonNode> reference : node.path("reference").properties()) {
            LocalDate since = date(file, where, reference.getKey(), problems);
            if (since != null) {
                references.put(since, reference.getValue().asString());
            }
        }
        Map<String, Object> neededWhen = new LinkedHashMap<>();
        JsonNode when = node.path("neededWhen");
        if (!when.isMissingNode() && !when.isNull()) {
            if (!when.isObject() || when.size() != 1 || !when.properties().iterator().next().getValue().isValueNode()) {
                problems.add(new RuleProblem(file, 0, where + "neededWhen must name one option and its value,"
                        + " as { standard: COMPUTED }"));
            } else {
                Map.Entry<String, JsonNode> option = when.properties().iterator().next();
                neededWhen.put(option.getKey(), scalar(option.getValue()));
            }
        }
        if (values.isEmpty() && neededWhen.isEmpty()) {
            problems.add(new RuleProblem(file, 0, where + "has no dated values (only a parameter needed under an option,"
                    + " with neededWhen, may wait for the province's values)"));
            return null;
        }
        for (LocalDate since : values.keySet()) {
            if (!references.containsKey(since)) {
                problems.add(new RuleProblem(file, 0, where + "the value from " + since + " has no reference"));
            }
        }
        Map<LocalDate, String> reviews = reviews(file, where, node.path("legalReview"), values.keySet(), problems);
        Map<String, AwardParameters.Parameter> sectors = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> sector : node.path("sectors").properties()) {
            AwardParameters.Parameter override = parameter(file, name + " (sector " + sector.getKey() + ")", sector.getValue(), problems);
            if (override != null) {
                sectors.put(sector.getKey(), override);
            }
        }
        return new AwardParameters.Parameter(name, node.path("description").asString(""), date.equals("decision"),
                values, references, reviews, sectors, Map.copyOf(neededWhen));
    }

    /**
     * The review status by date: {@code legalReview: PENDING} marks every dated value, a mapping by
     * date marks the values of those dates. Only PENDING is a status: anything else is refused, so a
     * misspelt mark never passes for a reviewed value.
     */
    private static Map<LocalDate, String> reviews(String file, String where, JsonNode node, java.util.Set<LocalDate> dates,
            List<RuleProblem> problems) {
        Map<LocalDate, String> reviews = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return reviews;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> review : node.properties()) {
                LocalDate since = date(file, where, review.getKey(), problems);
                if (since == null) {
                    continue;
                }
                if (!dates.contains(since)) {
                    problems.add(new RuleProblem(file, 0, where + "legalReview names " + since + ", which has no value"));
                } else if (pending(file, where, review.getValue(), problems)) {
                    reviews.put(since, PENDING);
                }
            }
        } else if (pending(file, where, node, problems)) {
            dates.forEach(since -> reviews.put(since, PENDING));
        }
        return reviews;
    }

    private static boolean pending(String file, String where, JsonNode value, List<RuleProblem> problems) {
        if (value.isString() && PENDING.equals(value.asString())) {
            return true;
        }
        problems.add(new RuleProblem(file, 0, where + "legalReview may only be PENDING, not " + value));
        return false;
    }

    static Object scalar(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return value.intValue();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        return value.asString();
    }

    private static LocalDate date(String file, String where, String text, List<RuleProblem> problems) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new RuleProblem(file, 0, where + "\"" + text + "\" is not a date YYYY-MM-DD"));
            return null;
        }
    }
}

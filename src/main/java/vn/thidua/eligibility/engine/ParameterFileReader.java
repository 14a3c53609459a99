package vn.thidua.eligibility.engine;

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
        return new AwardParameters(award, List.copyOf(dependsOn), parameters);
    }

    private static AwardParameters.Parameter parameter(String file, String name, JsonNode node, List<RuleProblem> problems) {
        String where = "parameter " + name + ": ";
        for (String field : node.propertyNames()) {
            if (!List.of("description", "date", "values", "reference", "legalReview", "sectors").contains(field)) {
                problems.add(new RuleProblem(file, 0, where + "unknown field " + field
                        + "; expected description, date, values, reference, legalReview, sectors"));
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
        if (values.isEmpty()) {
            problems.add(new RuleProblem(file, 0, where + "has no dated values"));
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
                values, references, reviews, sectors);
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

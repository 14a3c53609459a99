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
 * </pre>
 */
final class ParameterFileReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

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
            if (!List.of("description", "date", "values", "reference", "sectors").contains(field)) {
                problems.add(new RuleProblem(file, 0, where + "unknown field " + field
                        + "; expected description, date, values, reference, sectors"));
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
        Map<String, AwardParameters.Parameter> sectors = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> sector : node.path("sectors").properties()) {
            AwardParameters.Parameter override = parameter(file, name + " (sector " + sector.getKey() + ")", sector.getValue(), problems);
            if (override != null) {
                sectors.put(sector.getKey(), override);
            }
        }
        return new AwardParameters.Parameter(name, node.path("description").asString(""), date.equals("decision"),
                values, references, sectors);
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

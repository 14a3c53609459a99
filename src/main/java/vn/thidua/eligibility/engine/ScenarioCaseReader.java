package vn.thidua.eligibility.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Turns the cases of one tests file into scenarios: each case's request fields merged over the
 * file's defaults, its parameters (the file's, then the case's own) and its expectations, reporting whatever is malformed with the
 * file and the line of the case's name.
 */
record ScenarioCaseReader(String file, String[] lines, JsonNode defaults, JsonNode individualDefaults,
        JsonNode fileParameters, List<RuleProblem> problems) {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> CASE_FIELDS = Set.of("name", "parameters", "expect");

    /** The scenario of the case at {@code index}, or null when it is malformed (the problems say why). */
    Scenario read(int index, JsonNode node) {
        if (!node.isObject() || !node.path("name").isString() || node.path("name").asString().isBlank()) {
            problems.add(new RuleProblem(file, 0, "cases[" + index
                    + "] needs a name: a whole sentence saying what is expected"));
            return null;
        }
        String name = node.get("name").asString().strip();
        int line = lineOf(name);
        int before = problems.size();
        ObjectNode request = defaults.isObject() ? (ObjectNode) defaults.deepCopy() : JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!CASE_FIELDS.contains(field.getKey())) {
                RequestFragments.merge(request, field.getKey(), field.getValue());
            }
        }
        RequestFragments.applyToIndividuals(request, individualDefaults);
        // The file's parameters pin every case (for example to the law before a dated change); a case's own win.
        Map<String, Object> parameters = parameters(fileParameters, name, line);
        parameters.putAll(parameters(node.path("parameters"), name, line));
        List<Scenario.Expectation> expectations = expectations(node.path("expect"), request, name, line);
        return problems.size() > before ? null
                : new Scenario(file, line, name, JSON.writeValueAsString(request), parameters, expectations);
    }

    private Map<String, Object> parameters(JsonNode node, String name, int line) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (node.isMissingNode()) {
            return parameters;
        }
        if (!node.isObject()) {
            problem(line, name, "parameters must map AWARD.parameter to a value");
            return parameters;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                parameters.put(entry.getKey(), ParameterFileReader.scalar(entry.getValue()));
            } else {
                problem(line, name, "parameter " + entry.getKey() + " needs a single value");
            }
        }
        return parameters;
    }

    private List<Scenario.Expectation> expectations(JsonNode node, ObjectNode request, String name, int line) {
        List<Scenario.Expectation> expectations = new ArrayList<>();
        if (!node.isArray() || node.isEmpty()) {
            problem(line, name, "needs expect: a list of the decisions it expects");
            return expectations;
        }
        int individuals = request.path("individuals").size();
        for (int i = 0; i < node.size(); i++) {
            String at = "expect[" + i + "]: ";
            Scenario.Expectation expected;
            try {
                expected = YAML.treeToValue(node.get(i), Scenario.Expectation.class);
            } catch (JacksonException e) {
                problem(line, name, at + e.getOriginalMessage());
                continue;
            }
            if (expected.award() == null) {
                problem(line, name, at + "needs an award");
            } else if (expected.isAbsent() == (expected.outcome() != null)) {
                problem(line, name, at + "needs either an outcome or absent: true");
            } else if (expected.subject() == null && individuals != 1) {
                problem(line, name, at + "needs a subject: the case has " + individuals + " individuals");
            } else {
                expectations.add(expected);
            }
        }
        return expectations;
    }

    private void problem(int line, String name, String message) {
        problems.add(new RuleProblem(file, line, "case \"" + name + "\": " + message));
    }

    /** The line where the case's name is written (a long name may fold onto later lines). */
    private int lineOf(String name) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int at = line.indexOf("name:");
            if (at >= 0 && (at == 0 || line.startsWith("- "))) {
                String written = line.substring(at + "name:".length()).strip().replaceAll("^[\"'>|-]+|[\"']$", "").strip();
                if (!written.isEmpty() && name.startsWith(written)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }
}

package vn.thidua.eligibility.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The scenarios written beside the rules: every {@code common/*.tests.yaml} and
 * {@code awards/*.tests.yaml} of a rules folder, each case merged with its file's defaults into a
 * whole evaluation request. The format is described at the top of each tests file. The rule-set
 * loader never reads these files: they test the rules, they are not part of them.
 */
public final class ScenarioSuite {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> FILE_FIELDS = Set.of("defaults", "individualDefaults", "parameters", "cases", "boundaries");

    private final List<Scenario> scenarios;

    private ScenarioSuite(List<Scenario> scenarios) {
        this.scenarios = List.copyOf(scenarios);
    }

    /**
     * Reads the tests files of a rules folder, common ones first, each in name order. A folder without
     * tests files gives an empty suite.
     *
     * @throws RuleSetException naming the file, the case and, where it can be found, the line of every malformed case
     */
    public static ScenarioSuite read(Path rulesDir) {
        List<Scenario> scenarios = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (String folder : List.of("common", "awards")) {
            for (Path path : testsFiles(rulesDir.resolve(folder), problems)) {
                String file = folder + "/" + path.getFileName();
                try {
                    scenarios.addAll(parse(file, Files.readString(path, StandardCharsets.UTF_8), problems));
                } catch (IOException e) {
                    problems.add(new RuleProblem(file, 0, "cannot be read: " + e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new ScenarioSuite(scenarios);
    }

    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** The scenarios grouped by tests file, in reading order. */
    public Map<String, List<Scenario>> byFile() {
        return scenarios.stream().collect(Collectors.groupingBy(Scenario::file, LinkedHashMap::new, Collectors.toList()));
    }

    private static List<Path> testsFiles(Path dir, List<RuleProblem> problems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".tests.yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(new RuleProblem(dir.toString(), 0, "cannot be read: " + e.getMessage()));
            return List.of();
        }
    }

    static List<Scenario> parse(String file, String text, List<RuleProblem> problems) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new RuleProblem(file, line, "not valid YAML: " + e.getOriginalMessage()));
            return List.of();
        }
        if (root == null || !root.isObject() || !root.path("cases").isArray()) {
            problems.add(new RuleProblem(file, 0, "expected a mapping with defaults, individualDefaults and a list of cases"));
            return List.of();
        }
        for (String field : root.propertyNames()) {
            if (!FILE_FIELDS.contains(field)) {
                problems.add(new RuleProblem(file, 0, "unknown field " + field + "; expected " + FILE_FIELDS));
            }
        }
        // Read by the parameter change form; checked here so that `rules validate` reports a malformed one.
        BoundaryCases.read(file, root.path("boundaries"), problems);
        ScenarioCaseReader reader = new ScenarioCaseReader(file, text.split("\n", -1), root.path("defaults"),
                root.path("individualDefaults"), root.path("parameters"), problems);
        List<Scenario> scenarios = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int index = 0;
        for (JsonNode node : root.get("cases")) {
            Scenario scenario = reader.read(index++, node);
            if (scenario != null && !names.add(scenario.name())) {
                problems.add(new RuleProblem(file, scenario.line(), "the case name \"" + scenario.name() + "\" is used twice"));
            } else if (scenario != null) {
                scenarios.add(scenario);
            }
        }
        return scenarios;
    }
}

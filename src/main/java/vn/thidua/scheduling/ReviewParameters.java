package vn.thidua.scheduling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import vn.thidua.dossier.AwardCode;

/**
 * Minutes per dossier and review deadlines per award, from {@code rules/scheduling/review.yaml}
 * (see the comments there). Without the file every dossier takes 10 minutes, 10 more when it needs
 * the council's judgement, and is due on the decision date.
 */
record ReviewParameters(Map<String, Integer> minutes, int judgementMinutes, Map<String, Integer> daysBeforeDecision) {

    static final String FILE = "scheduling/review.yaml";
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final ReviewParameters DEFAULTS = new ReviewParameters(Map.of(), 10, Map.of());

    int minutesFor(AwardCode award, boolean judgement) {
        return minutes.getOrDefault(award.name(), minutes.getOrDefault("default", 10)) + (judgement ? judgementMinutes : 0);
    }

    int daysBeforeDecision(AwardCode award) {
        return daysBeforeDecision.getOrDefault(award.name(), daysBeforeDecision.getOrDefault("default", 0));
    }

    /** Reads the file under the rules folder; a missing file gives the defaults, a broken one fails with its problem. */
    static ReviewParameters read(Path rulesDir) {
        Path file = rulesDir.resolve(FILE);
        JsonNode root;
        try {
            root = YAML.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return DEFAULTS;
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException(file + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalStateException(file + ": expected a mapping with minutes, judgementMinutes, daysBeforeDecision");
        }
        JsonNode judgement = root.path("judgementMinutes");
        return new ReviewParameters(table(root.path("minutes"), file, "minutes"),
                judgement.isMissingNode() ? DEFAULTS.judgementMinutes() : count(judgement, file, "judgementMinutes"),
                table(root.path("daysBeforeDecision"), file, "daysBeforeDecision"));
    }

    private static Map<String, Integer> table(JsonNode node, Path file, String name) {
        Map<String, Integer> values = new HashMap<>();
        if (node.isMissingNode()) {
            return values;
        }
        if (!node.isObject()) {
            throw new IllegalStateException(file + ": " + name + " must map award codes (or default) to numbers");
        }
        for (String key : node.propertyNames()) {
            if (!key.equals("default") && Arrays.stream(AwardCode.values()).noneMatch(a -> a.name().equals(key))) {
                throw new IllegalStateException(file + ": " + name + "." + key + " is not an award code");
            }
            values.put(key, count(node.get(key), file, name + "." + key));
        }
        return values;
    }

    private static int count(JsonNode node, Path file, String name) {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            throw new IllegalStateException(file + ": " + name + " must be a whole number of at least 0, found " + node);
        }
        return node.intValue();
    }
}

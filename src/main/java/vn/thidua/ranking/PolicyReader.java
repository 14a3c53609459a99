package vn.thidua.ranking;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import vn.thidua.dossier.Reserved;
import vn.thidua.eligibility.engine.RuleProblem;
import vn.thidua.eligibility.engine.RuleSetException;
import vn.thidua.eligibility.engine.RuleSetLoader;

/**
 * Reads and checks {@code rules/ranking/policy.yaml}; every problem is reported with the file and
 * the line it was found on (or the line of the section it belongs to).
 */
final class PolicyReader {

    private static final String FILE = RuleSetLoader.RANKING_POLICY;
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final RankingPolicy.RoundingRule DEFAULT_ROUNDING = new RankingPolicy.RoundingRule(Rounding.FLOOR,
            "docs/request-and-result.md §6: maxPercent is rounded down unless a rounding parameter says otherwise");

    private final String[] lines;
    private final List<RuleProblem> problems = new ArrayList<>();

    private PolicyReader(String text) {
        this.lines = text.split("\n", -1);
    }

    /**
     * The policy in {@code content}, with its defaults filled in (mode LEXICOGRAPHIC, rounding FLOOR, no default quotas).
     *
     * @throws RuleSetException naming the file and line of every problem, or the missing file when {@code content} is null
     */
    static RankingPolicy read(byte[] content) {
        if (content == null) {
            throw new RuleSetException(List.of(new RuleProblem(FILE, 0,
                    "missing: quotas are ranked by this policy; copy it from the rules folder of the release")));
        }
        PolicyReader reader = new PolicyReader(new String(content, StandardCharsets.UTF_8));
        RankingPolicy policy;
        try {
            policy = YAML.readValue(content, RankingPolicy.class);
        } catch (JacksonException e) {
            throw new RuleSetException(List.of(new RuleProblem(FILE, reader.lineOf(e), message(e))));
        }
        if (policy == null) {
            throw new RuleSetException(List.of(new RuleProblem(FILE, 0, "empty: expected mode, rounding, lexicographic, merit")));
        }
        return reader.check(policy);
    }

    // Jackson reports an unknown field of a record at the record's end: the field's own line is more use.
    private int lineOf(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown && line(unknown.getPropertyName() + ":", 0) > 0) {
            return line(unknown.getPropertyName() + ":", 0);
        }
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static String message(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        String at = path.isEmpty() ? "" : path + ": ";
        if (e instanceof UnrecognizedPropertyException unknown) {
            return at + "unknown field; expected one of " + unknown.getKnownPropertyIds();
        }
        return at + e.getOriginalMessage();
    }

    private RankingPolicy check(RankingPolicy policy) {
        Mode mode = policy.mode() == null ? Mode.LEXICOGRAPHIC : policy.mode();
        RankingPolicy.RoundingRule rounding = policy.rounding() == null ? DEFAULT_ROUNDING : policy.rounding();
        if (rounding.mode() == null || blank(rounding.reference())) {
            problem("rounding:", 0, "rounding needs a mode (FLOOR, HALF_UP or CEILING) and a reference");
        }
        checkSteps(policy.lexicographic());
        checkMerit(policy.merit());
        if (mode == Mode.WEIGHTED && policy.weighted() == null) {
            problem("mode:", 0, "mode WEIGHTED needs a weighted section with groups and merit points");
        }
        if (policy.weighted() != null) {
            checkPoints("groups:", policy.weighted().groups());
            checkValue("merit:", 1, policy.weighted().merit());
        }
        List<RankingPolicy.DefaultQuota> defaults = policy.defaults() == null ? List.of() : policy.defaults();
        for (int i = 0; i < defaults.size(); i++) {
            checkDefault(defaults.get(i), i, defaults);
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new RankingPolicy(mode, rounding, List.copyOf(policy.lexicographic()), policy.merit(), policy.weighted(),
                List.copyOf(defaults));
    }

    private void checkSteps(List<StepLabel> steps) {
        if (steps == null || steps.isEmpty()) {
            problem("lexicographic:", 0, "lexicographic needs its steps, the last one SUBJECT_ID");
            return;
        }
        Set<Step> seen = EnumSet.noneOf(Step.class);
        for (int i = 0; i < steps.size(); i++) {
            StepLabel label = steps.get(i);
            if (label.step() == null || blank(label.anchor())) {
                problem("step:", i, "every step needs a step and an anchor (its legal basis, or \"Policy [P]\")");
            } else if (label.step() == Step.WEIGHTED_SCORE) {
                problem("step:", i, "WEIGHTED_SCORE is not a lexicographic step; set mode: WEIGHTED instead");
            } else if (!seen.add(label.step())) {
                problem("step:", i, "step " + label.step() + " is listed twice");
            }
        }
        if (steps.get(steps.size() - 1).step() != Step.SUBJECT_ID) {
            problem("step:", steps.size() - 1, "the last step must be SUBJECT_ID, so that no two candidates tie");
        }
    }

    private void checkMerit(RankingPolicy.Merit merit) {
        if (merit == null) {
            problem("merit:", 0, "merit needs rating, initiative, consecutiveYear and priorTitle points");
            return;
        }
        checkPoints("rating:", merit.rating());
        checkPoints("initiative:", merit.initiative());
        checkValue("consecutiveYear:", 0, merit.consecutiveYear());
        checkPoints("priorTitle:", merit.priorTitle());
    }

    private void checkPoints(String key, RankingPolicy.Points<?> points) {
        if (points == null || points.points() == null || blank(points.reference())) {
            problem(key, 0, key.replace(":", "") + " needs points and a reference");
        } else if (points.points().values().stream().anyMatch(p -> p == null || p < 0)) {
            problem(key, 0, key.replace(":", "") + " points must be whole numbers, 0 or more");
        }
    }

    private void checkValue(String key, int occurrence, RankingPolicy.Value value) {
        if (value == null || value.points() == null || blank(value.reference())) {
            problem(key, occurrence, key.replace(":", "") + " needs points and a reference");
        } else if (value.points() < 0) {
            problem(key, occurrence, key.replace(":", "") + " points must be 0 or more");
        }
    }

    private void checkDefault(RankingPolicy.DefaultQuota quota, int index, List<RankingPolicy.DefaultQuota> all) {
        String at = "defaults[" + index + "]: ";
        if (quota.award() == null || quota.unitLevel() == null || blank(quota.reference())) {
            problem("award:", index, at + "a default quota needs award, unitLevel and reference");
        }
        if ((quota.maxCount() == null) == (quota.maxPercent() == null)) {
            problem("award:", index, at + "give maxCount or maxPercent, not both");
        } else if (quota.maxCount() != null && (quota.maxCount() < 0 || quota.ofAward() != null)) {
            problem("award:", index, at + "maxCount is 0 or more, and ofAward applies only with maxPercent");
        } else if (quota.maxPercent() != null && (quota.maxPercent() < 0 || quota.maxPercent() > 100 || quota.ofAward() == null)) {
            problem("award:", index, at + "maxPercent is 0 to 100 and needs ofAward");
        }
        for (int j = 0; j < index; j++) {
            if (all.get(j).award() == quota.award() && all.get(j).unitLevel() == quota.unitLevel()) {
                problem("award:", index, at + "repeats the default for " + quota.award() + " at " + quota.unitLevel());
            }
        }
        Set<Object> groups = new HashSet<>();
        int total = 0;
        for (Reserved reserved : quota.reserved() == null ? List.<Reserved>of() : quota.reserved()) {
            if (reserved.group() == null || reserved.minShare() == null || reserved.minShare() < 0 || reserved.minShare() > 100
                    || !groups.add(reserved.group())) {
                problem("award:", index, at + "each reserved share needs a group, once, and a minShare from 0 to 100");
            } else {
                total += reserved.minShare();
            }
        }
        if (total > 100) {
            problem("award:", index, at + "reserved shares add up to " + total + "%, more than 100%");
        }
    }

    private void problem(String key, int occurrence, String message) {
        problems.add(new RuleProblem(FILE, line(key, occurrence), message));
    }

    // The line of the occurrence-th (0-based) uncommented line holding key; 0 when not found.
    private int line(String key, int occurrence) {
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("#") && line.contains(key) && seen++ == occurrence) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

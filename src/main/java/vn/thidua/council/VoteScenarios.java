package vn.thidua.council;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.engine.RuleSet;

/**
 * The scenarios of {@code rules/council/votes.tests.yaml}: a council, its attendance, recusals and
 * agreeing votes on one dossier of an award on a session date, and the result the vote rule of the
 * rule set must give. Run by a unit test and by {@code thidua rules validate}.
 */
public final class VoteScenarios {

    /** Where the scenarios live, relative to the rules folder. */
    public static final String FILE = "council/votes.tests.yaml";

    /** One case, by the sentence that names it. */
    public record Case(String name, int line, AwardCode award, LocalDate heldOn, CouncilVote.Tally tally,
            Map<String, Object> rule, Map<String, Object> expect) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private VoteScenarios() {
    }

    /** The cases of the file in a rules folder; empty when the folder has none. */
    public static List<Case> read(Path rulesDir) {
        Path file = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            String text = Files.readString(file);
            List<String> lines = text.lines().toList();
            List<Case> cases = new ArrayList<>();
            for (JsonNode c : YAML.readTree(text).path("cases")) {
                String name = c.path("name").asString();
                int line = 1 + (int) lines.stream().takeWhile(l -> !l.contains(name)).count();
                cases.add(new Case(name, line, AwardCode.valueOf(c.path("award").asString()), LocalDate.parse(c.path("heldOn").asString()),
                        new CouncilVote.Tally(c.path("members").asInt(), c.path("present").asInt(), c.path("absentWritten").asInt(),
                                c.path("recused").asInt(), c.path("recusedVoting").asInt(), c.path("agree").asInt()),
                        YAML.convertValue(c.path("rule"), Map.class) == null ? Map.of() : YAML.convertValue(c.path("rule"), Map.class),
                        YAML.convertValue(c.path("expect"), Map.class)));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(FILE + ": " + e.getMessage(), e);
        }
    }

    /** What the case gets wrong under the rule set, each as a sentence; empty when it passes. */
    public static List<String> run(RuleSet ruleSet, Case c) {
        Optional<VoteRule> found = VoteRules.of(ruleSet, c.award(), c.heldOn());
        if (found.isEmpty()) {
            return List.of("no vote rule for " + c.award() + " on " + c.heldOn());
        }
        VoteRule rule = found.get();
        if (c.rule().containsKey("denominator")) {
            rule = rule.withDenominator(VoteRule.Denominator.valueOf(c.rule().get("denominator").toString()));
        }
        if (c.rule().containsKey("quorumPercent")) {
            rule = rule.withQuorumPercent(new BigDecimal(c.rule().get("quorumPercent").toString()));
        }
        if (c.rule().containsKey("recusedCounted")) {
            rule = rule.withRecusedCounted(Boolean.parseBoolean(c.rule().get("recusedCounted").toString()));
        }
        CouncilVote.Count count = CouncilVote.count(rule, c.tally());
        List<String> failures = new ArrayList<>();
        Map<String, Object> actual = new java.util.LinkedHashMap<>();
        actual.put("outcome", count.approved() ? "APPROVED" : "NOT_APPROVED");
        actual.put("percent", count.percent());
        actual.put("threshold", rule.percent());
        actual.put("comparison", rule.comparison().name());
        actual.put("denominatorKind", rule.denominator().name());
        actual.put("denominator", count.denominator());
        actual.put("quorumMet", count.quorumMet());
        actual.put("instrument", rule.citation().instrument() == null ? null : rule.citation().instrument().id());
        actual.put("legalReview", rule.pending() ? "PENDING" : "NONE");
        for (Map.Entry<String, Object> expected : c.expect().entrySet()) {
            if (!actual.containsKey(expected.getKey())) {
                failures.add("unknown expectation " + expected.getKey() + "; expected one of " + actual.keySet());
                continue;
            }
            Object got = actual.get(expected.getKey());
            boolean same = got instanceof BigDecimal number
                    ? number.compareTo(new BigDecimal(expected.getValue().toString())) == 0
                    : Objects.equals(String.valueOf(got), String.valueOf(expected.getValue()));
            if (!same) {
                failures.add(expected.getKey() + " is " + got + ", expected " + expected.getValue());
            }
        }
        return failures;
    }
}

package vn.thidua.audit;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The DRL text of each rule of a stored rule-set version, cut from its stored file by rule name:
 * from the {@code rule "..."} line to its {@code end}. Versions never change, so each is cut once.
 */
@Component
class RuleTexts {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.MULTILINE);
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$", Pattern.MULTILINE);

    private final RuleSetArchive archive;
    private final Map<String, Map<String, RuleText>> byVersion = new ConcurrentHashMap<>();

    RuleTexts(RuleSetArchive archive) {
        this.archive = archive;
    }

    /** The rule of a stored version by name, or null when the version is not stored or has no such rule. */
    RuleText find(String version, String ruleName) {
        return byVersion.computeIfAbsent(version, this::cut).get(ruleName);
    }

    private Map<String, RuleText> cut(String version) {
        Map<String, RuleText> rules = new HashMap<>();
        archive.files(version).ifPresent(files -> files.forEach((path, bytes) -> {
            if (path.endsWith(".drl")) {
                cut(path, new String(bytes, StandardCharsets.UTF_8), rules);
            }
        }));
        return Map.copyOf(rules);
    }

    static void cut(String file, String drl, Map<String, RuleText> rules) {
        Matcher rule = RULE.matcher(drl);
        while (rule.find()) {
            Matcher end = END.matcher(drl);
            int stop = end.find(rule.end()) ? end.end() : drl.length();
            int line = (int) drl.substring(0, rule.start()).chars().filter(c -> c == '\n').count() + 1;
            String name = rule.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
            rules.putIfAbsent(name, new RuleText(file, line, drl.substring(rule.start(), stop).strip()));
        }
    }
}

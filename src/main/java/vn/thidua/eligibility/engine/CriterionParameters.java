package vn.thidua.eligibility.engine;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which dated parameters a criterion's rules read: every {@code Param(award == "A", name == "n")}
 * pattern in the rules of its file whose name starts with the criterion id. Read from the rule text
 * itself, so the awards page never lists a value a criterion does not use, nor misses one it does.
 */
final class CriterionParameters {

    /** A parameter read: its award code and its name, as the pattern writes them. */
    record Read(String award, String name) {
    }

    private static final Pattern RULE = Pattern.compile("(?ms)^\\s*rule\\s+\"([^\"]+)\"(.*?)^\\s*end\\b");
    private static final Pattern PARAM = Pattern.compile(
            "Param\\s*\\(\\s*award\\s*==\\s*\"([A-Z_]+)\"\\s*,\\s*name\\s*==\\s*\"([A-Za-z0-9_]+)\"");
    private static final Pattern LINE_COMMENT = Pattern.compile("//[^\\n]*");

    private CriterionParameters() {
    }

    /** The parameters the rules of {@code criterion} in a rule file read, each once, in the order they first appear. */
    static List<Read> read(byte[] drl, String criterion) {
        if (drl == null) {
            return List.of();
        }
        String text = LINE_COMMENT.matcher(new String(drl, StandardCharsets.UTF_8)).replaceAll("");
        Set<Read> reads = new LinkedHashSet<>();
        Matcher rule = RULE.matcher(text);
        while (rule.find()) {
            if (!rule.group(1).startsWith(criterion + " ")) {
                continue;
            }
            Matcher param = PARAM.matcher(rule.group(2));
            while (param.find()) {
                reads.add(new Read(param.group(1), param.group(2)));
            }
        }
        return List.copyOf(reads);
    }
}

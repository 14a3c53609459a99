package vn.thidua.eligibility.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps rule files to the facts vocabulary before they are compiled: imports only from the
 * vocabulary package and a short allow-list of value types, the {@code Outcomes out} global only,
 * and none of the constructs that would let a rule reach outside the engine.
 */
final class RuleLinter {

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(function\\s+|static\\s+)?([\\w.]+(\\.\\*)?)\\s*;?\\s*$");
    private static final Pattern GLOBAL = Pattern.compile("^\\s*global\\s+(\\S+)\\s+(\\w+)\\s*;?\\s*$");
    private static final List<String> ALLOWED_IMPORTS = List.of(
            "vn.thidua.eligibility.facts.", "java.time.", "java.math.BigDecimal", "java.math.BigInteger",
            "java.util.List", "java.util.Map", "java.util.Set", "java.util.Collection");
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("\\bSystem\\s*\\."), Pattern.compile("\\bRuntime\\b"), Pattern.compile("\\bProcessBuilder\\b"),
            Pattern.compile("\\bThread\\b"), Pattern.compile("\\bClass\\s*\\.\\s*forName\\b"), Pattern.compile("\\bgetClass\\s*\\("),
            Pattern.compile("\\bjava\\s*\\.\\s*(io|nio|net|lang\\s*\\.\\s*reflect)\\b"), Pattern.compile("\\beval\\s*\\("),
            Pattern.compile("^\\s*dialect\\b"), Pattern.compile("\\bdrools\\s*\\.\\s*(getKieRuntime|getWorkingMemory|halt)\\b"),
            Pattern.compile("\\bkcontext\\b"), Pattern.compile("^\\s*(declare|function|query|accumulate\\s+function)\\b"));

    private RuleLinter() {
    }

    static void lint(String file, String text, List<RuleProblem> problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]);
            int number = i + 1;
            Matcher imp = IMPORT.matcher(line);
            if (imp.matches()) {
                String name = imp.group(2);
                if (imp.group(1) != null || ALLOWED_IMPORTS.stream().noneMatch(a -> a.endsWith(".") ? name.startsWith(a) : name.equals(a))) {
                    problems.add(new RuleProblem(file, number, "import " + name
                            + " is not allowed; rules may import the facts vocabulary (vn.thidua.eligibility.facts), java.time, "
                            + "java.math and the collection types"));
                }
                continue;
            }
            Matcher global = GLOBAL.matcher(line);
            if (global.matches() && !(global.group(1).equals("Outcomes") && global.group(2).equals("out"))) {
                problems.add(new RuleProblem(file, number, "only the global \"Outcomes out\" is allowed"));
            }
            for (Pattern forbidden : FORBIDDEN) {
                if (forbidden.matcher(line).find()) {
                    problems.add(new RuleProblem(file, number, "\"" + line.trim() + "\" uses a construct rules may not use ("
                            + forbidden.pattern().replace("\\b", "").replace("\\s*", "") + ")"));
                }
            }
        }
    }

    private static String stripComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '"') {
                inString = !inString;
            } else if (!inString && c == '/' && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}

package vn.thidua.eligibility.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps rule files to the facts vocabulary before they are compiled: imports only from the
 * vocabulary package and a short allow-list of value types, the {@code Outcomes out} global only,
 * and none of the constructs that would let a rule reach outside the engine, change the working
 * memory, loop or allocate without bound. A consequence only states a result through {@code out}.
 * <p>
 * Comments and the contents of string literals are blanked before matching, so legal text quoted in
 * a comment or a rule name never trips a check. {@code new} is allowed only for an empty collection
 * or a {@code BigDecimal} / {@code BigInteger}: rules never need to build facts (they cannot insert
 * them) nor text ({@code StringBuilder} is refused; explanations come from the message files).
 */
final class RuleLinter {

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(function\\s+|static\\s+)?([\\w.]+(\\.\\*)?)\\s*;?\\s*$");
    private static final Pattern GLOBAL = Pattern.compile("^\\s*global\\s+(\\S+)\\s+(\\w+)\\s*;?\\s*$");
    private static final List<String> ALLOWED_IMPORTS = List.of(
            "vn.thidua.eligibility.facts.", "java.time.", "java.math.BigDecimal", "java.math.BigInteger",
            "java.util.List", "java.util.Map", "java.util.Set", "java.util.Collection");
    private static final String COLLECTIONS = "(?:java\\s*\\.\\s*util\\s*\\.\\s*)?"
            + "(?:ArrayList|LinkedList|HashMap|LinkedHashMap|TreeMap|HashSet|LinkedHashSet|TreeSet)\\s*(?:<[^>]*>)?\\s*\\(\\s*\\)";
    private static final String NUMBERS = "(?:java\\s*\\.\\s*math\\s*\\.\\s*)?(?:BigDecimal|BigInteger)\\s*\\(";
    private static final String QUALIFIED_ALLOWED = "java\\s*\\.\\s*(?:time|math)\\b|java\\s*\\.\\s*util\\s*\\.\\s*"
            + "(?:List|Map|Set|Collection|ArrayList|LinkedList|HashMap|LinkedHashMap|TreeMap|HashSet|LinkedHashSet|TreeSet)\\b"
            + "|vn\\s*\\.\\s*thidua\\s*\\.\\s*eligibility\\s*\\.\\s*facts\\b";

    /** What a rule may not use, anywhere in the file, and why. */
    private record Forbidden(Pattern pattern, String reason) {
        Forbidden(String regex, String reason) {
            this(Pattern.compile(regex), reason);
        }
    }

    private static final List<Forbidden> FORBIDDEN = List.of(
            new Forbidden("\\bSystem\\s*\\.|\\bRuntime\\b", "process exit, console and environment (System, Runtime)"),
            new Forbidden("\\bProcess(Builder|Handle)?\\b", "external processes"),
            new Forbidden("\\bThread\\w*|\\bExecutors?\\b|\\bExecutorService\\b|\\bCompletableFuture\\b|\\bForkJoin\\w*|\\bTimer\\b"
                    + "|\\bjava\\s*\\.\\s*util\\s*\\.\\s*concurrent\\b|\\bsynchronized\\b|\\.\\s*(wait|notify|notifyAll)\\s*\\(",
                    "threads and locks"),
            new Forbidden("\\bClass\\b|\\.\\s*class\\b|\\bgetClass\\s*\\(|\\bgetMethods?\\s*\\(|\\bgetDeclared\\w*\\s*\\("
                    + "|\\.\\s*invoke\\s*\\(|\\bnewInstance\\b|\\bClassLoader\\b|\\bMethodHandles?\\b|\\bUnsafe\\b"
                    + "|\\bjava\\s*\\.\\s*lang\\s*\\.\\s*(reflect|invoke)\\b", "reflection"),
            new Forbidden("\\bjava\\s*\\.\\s*(io|nio|net)\\b|\\b(File|Files|Paths|RandomAccessFile|Socket|ServerSocket|URL|URI|HttpClient)\\b",
                    "file and network access"),
            new Forbidden("\\b(?!(?:" + QUALIFIED_ALLOWED + "))(?:java|javax|jdk|sun|com|org|groovy|kotlin|scala)\\s*\\.\\s*\\w"
                    + "|\\bvn\\s*\\.\\s*thidua\\s*\\.(?!\\s*eligibility\\s*\\.\\s*facts\\b)",
                    "a fully qualified name outside the facts vocabulary, java.time, java.math and the collection types"),
            new Forbidden("\\beval\\s*\\(|\\bScriptEngine\\w*", "eval: code the linter cannot see"),
            new Forbidden("\\bdialect\\b", "a dialect switch: rules are written in the default dialect"),
            new Forbidden("^\\s*(declare|function|query)\\b|\\baccumulate\\s+function\\b",
                    "declare, function and query: rules use the facts vocabulary only"),
            new Forbidden("^\\s*(timer|calendars|duration)\\b|\\bentry-point\\b", "timers and entry points"),
            new Forbidden("\\bdrools\\s*\\.|\\bkcontext\\b", "the rule context (drools, kcontext) reaches the engine"),
            new Forbidden("\\b(insert|insertLogical|modify|update|retract|delete)\\s*\\(",
                    "changing the working memory: a consequence only states a result through out"),
            new Forbidden("\\b(while|for|do)\\b|->|::|\\.\\s*repeat\\s*\\(",
                    "loops, lambdas and method references: a consequence states one result"),
            new Forbidden("\\b(try|catch|finally|throw)\\b", "exception handling: a consequence states one result"),
            new Forbidden("\\bnew\\s+[\\w.$]+\\s*(<[^>]*>)?\\s*\\[|\\[\\s*\\]\\s*\\{", "array creation (unbounded allocation)"),
            new Forbidden("\\bnew\\s+(?!" + COLLECTIONS + ")(?!" + NUMBERS + ")[\\w.$]+\\s*(<[^>]*>)?\\s*\\(",
                    "new of a class other than an empty collection, BigDecimal or BigInteger"));

    private RuleLinter() {
    }

    static void lint(String file, String text, List<RuleProblem> problems) {
        String[] original = text.split("\n", -1);
        String[] lines = blankCommentsAndStrings(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            Matcher imp = IMPORT.matcher(line);
            if (imp.matches()) {
                String name = imp.group(2);
                if (imp.group(1) != null || ALLOWED_IMPORTS.stream().noneMatch(a -> a.endsWith(".") ? name.startsWith(a) : name.equals(a))) {
                    problems.add(new RuleProblem(file, number, "import " + (imp.group(1) == null ? "" : imp.group(1)) + name
                            + " is not allowed; rules may import the facts vocabulary (vn.thidua.eligibility.facts), java.time, "
                            + "java.math and the collection types"));
                }
                continue;
            }
            Matcher global = GLOBAL.matcher(line);
            if (global.matches() && !(global.group(1).equals("Outcomes") && global.group(2).equals("out"))) {
                problems.add(new RuleProblem(file, number, "only the global \"Outcomes out\" is allowed"));
            }
            for (Forbidden forbidden : FORBIDDEN) {
                if (forbidden.pattern().matcher(line).find()) {
                    problems.add(new RuleProblem(file, number, "\"" + original[i].trim() + "\" uses a construct rules may not use ("
                            + forbidden.reason() + ")"));
                }
            }
        }
    }

    private static final Pattern OUTCOME_CALL = Pattern.compile("\\bout\\s*\\.\\s*(met|notMet|needs|judgement)\\s*\\(");

    /** The verb a rule's name must have for each call of {@code out} its consequence makes (Outcomes). */
    private static final java.util.Map<String, String> VERB_OF_CALL = java.util.Map.of("met", "met", "notMet", "not met",
            "needs", "needs", "judgement", "for the council");

    /**
     * Checks that the verb of a criterion rule's name says what its consequence records: "met" for
     * {@code out.met}, "not met" for {@code out.notMet}, "needs" for {@code out.needs} (INCOMPLETE),
     * "for the council" for {@code out.judgement}. A rule whose consequence records two different
     * outcomes, or none, is refused too.
     */
    static void checkVerb(String file, String text, String ruleName, String verb, List<RuleProblem> problems) {
        if (text == null) {
            return;
        }
        Matcher start = Pattern.compile("(?m)^[ \\t]*rule\\s+[\"']" + Pattern.quote(ruleName) + "[\"']").matcher(text);
        if (!start.find()) {
            return;
        }
        int line = (int) text.substring(0, start.start()).chars().filter(c -> c == '\n').count() + 1;
        String blanked = blankCommentsAndStrings(text.substring(start.end()));
        Matcher end = Pattern.compile("(?m)^\\s*end\\b").matcher(blanked);
        String body = end.find() ? blanked.substring(0, end.start()) : blanked;
        Matcher then = Pattern.compile("\\bthen\\b").matcher(body);
        if (!then.find()) {
            return;
        }
        java.util.Set<String> recorded = new java.util.TreeSet<>();
        Matcher call = OUTCOME_CALL.matcher(body.substring(then.end()));
        while (call.find()) {
            recorded.add(VERB_OF_CALL.get(call.group(1)));
        }
        if (recorded.isEmpty()) {
            problems.add(new RuleProblem(file, line, "rule \"" + ruleName + "\" records no outcome: its consequence must call"
                    + " out.met, out.notMet, out.needs or out.judgement"));
        } else if (recorded.size() > 1 || !recorded.contains(verb)) {
            String expected = recorded.size() == 1 ? recorded.iterator().next() : null;
            problems.add(new RuleProblem(file, line, "rule \"" + ruleName + "\" is named \"" + verb + "\" but its consequence"
                    + " records " + recorded.stream().map(v -> "\"" + v + "\"").toList()
                    + (expected == null ? ": a rule records one outcome" : ": name it \"" + ruleName.substring(0, ruleName.indexOf(' '))
                            + " " + expected + ": ...\"")
                    + " (met: out.met; not met: out.notMet; needs: out.needs; for the council: out.judgement)"));
        }
    }

    /** The text with comments and the contents of string and character literals replaced by spaces; line breaks are kept. */
    static String blankCommentsAndStrings(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && next == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (; i < end; i++) {
                    out.append(text.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (c == '"' || c == '\'') {
                out.append(c);
                i++;
                while (i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                        out.append(' ');
                        i++;
                    }
                    out.append(' ');
                    i++;
                }
                if (i < text.length() && text.charAt(i) == c) {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}

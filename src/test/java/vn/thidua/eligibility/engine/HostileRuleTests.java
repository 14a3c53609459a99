package vn.thidua.eligibility.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.thidua.eligibility.engine.RuleFolders.AWARD_FILE;
import static vn.thidua.eligibility.engine.RuleFolders.HEADER;
import static vn.thidua.eligibility.engine.RuleFolders.MET_RULE;
import static vn.thidua.eligibility.engine.RuleFolders.NOT_MET_RULE;
import static vn.thidua.eligibility.engine.RuleFolders.lineOf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.eligibility.EligibilityDecision;

/**
 * Rule files written to harm the service: each is refused by the loader, naming file and line, or
 * stopped at evaluation by a limit, after which the good rules still evaluate.
 */
class HostileRuleTests {

    private static final String OUT_MET = "out.met($p, Facts.of(\"year\", 2025));";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T00:00:00Z"), ZoneOffset.UTC);

    private final RuleSetLoader loader = new RuleSetLoader(CLOCK);

    @TempDir
    Path dir;

    static Stream<Arguments> refused() {
        return Stream.of(
                consequence("process exit", "System.exit(1);"),
                consequence("process halt", "Runtime.getRuntime().halt(0);"),
                consequence("file access", "new java.io.File(\"/etc/passwd\").delete();"),
                consequence("file read, fully qualified without import", "String s = java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));"),
                consequence("file stream", "new java.io.FileOutputStream(\"/tmp/x\");"),
                consequence("socket", "new java.net.Socket(\"example.org\", 80);"),
                consequence("url", "new java.net.URL(\"http://example.org\").openStream();"),
                consequence("Class.forName", "Class.forName(\"java.lang.Runtime\");"),
                consequence("getClass().getMethod", "$p.getClass().getMethod(\"toString\").invoke($p);"),
                consequence("java.lang.reflect", "java.lang.reflect.Array.getLength(null);"),
                consequence("new Thread", "new Thread(() -> {}).start();"),
                consequence("executors", "java.util.concurrent.Executors.newFixedThreadPool(4);"),
                consequence("ProcessBuilder", "new ProcessBuilder(\"sh\", \"-c\", \"id\").start();"),
                consequence("insert", "insert(new Proposal(\"x\", \"INDIVIDUAL\", \"LAO_DONG_TIEN_TIEN\"));"),
                consequence("insertLogical", "insertLogical($p);"),
                consequence("modify", "modify($p) { };"),
                consequence("update", "update($p);"),
                consequence("retract", "retract($p);"),
                consequence("delete", "delete($p);"),
                consequence("drools.", "drools.halt();"),
                consequence("kcontext.", "kcontext.getKieRuntime();"),
                consequence("new java.util.Random", "int n = new java.util.Random().nextInt();"),
                consequence("new StringBuilder", "Object text = new StringBuilder(\"x\");"),
                consequence("endless loop while", "while (true) { }"),
                consequence("endless loop for", "for (;;) { }"),
                consequence("endless loop do", "do { } while (true);"),
                consequence("endless fact insertion", "insert(new Proposal($s, \"INDIVIDUAL\", \"LAO_DONG_TIEN_TIEN\")); // again and again"),
                consequence("huge array", "long[] huge = new long[Integer.MAX_VALUE];"),
                consequence("huge collection capacity", "Object huge = new java.util.ArrayList<Object>(Integer.MAX_VALUE);"),
                consequence("huge string", "String huge = \"x\".repeat(Integer.MAX_VALUE);"),
                consequence("stream loop", "java.util.stream.IntStream.range(0, 10).forEach(i -> { });"),
                consequence("lock and wait", "synchronized ($p) { }"),
                consequence("catch the limit", "try { } catch (Throwable t) { }"),
                condition("eval", "eval(true)"),
                condition("System in a constraint", "Person(id == $s, System.currentTimeMillis() > 0)"),
                attribute("dialect mvel", "dialect \"mvel\""),
                attribute("timer", "timer (int: 0 1)"),
                header("dialect in the package", "dialect \"mvel\""),
                header("declare", "declare Evil\n    x : int\nend"),
                header("function", "function void evil() { }"),
                header("query", "query \"people\"\n    Person()\nend"),
                header("import static", "import static java.lang.System.exit;"),
                header("import outside the vocabulary", "import java.util.Random;"),
                header("second global", "global java.util.List leaked;"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refused(String name, String drl, String marker) {
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> loader.load(RuleFolders.withAwardRules(dir, drl)));

        assertThat(e).as("the rule set should have been refused").isNotNull();
        assertThat(e.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(AWARD_FILE);
            assertThat(problem.line()).isEqualTo(lineOf(drl, marker));
        });
    }

    @Test
    void legalTextInCommentsAndStringsNeverTripsTheLinter() {
        String drl = HEADER + "// System.exit, while (true), insert(...) and new java.io.File are quoted here only\n"
                + "/* for, do, drools.halt(), Class.forName */\n"
                + MET_RULE.replace("rated well\"", "rated well for a year, do not insert or update\"") + NOT_MET_RULE;

        assertThat(loader.load(RuleFolders.withAwardRules(dir, drl)).criteria()).extracting(CriterionDefinition::id)
                .containsExactly("T-1");
    }

    @Test
    void stopsACartesianJoinAtTheFiringLimitAndKeepsAnswering() throws IOException {
        String pairs = extraMetRule("every pair of people", "Person()\n    Person()");

        assertStoppedThenGoodRulesAnswer(new RuleEngine(256, 20), pairs, "fired more than 20 times per subject");
    }

    @Test
    void stopsAHugeAccumulatedCollectionAtTheFiringLimitAndKeepsAnswering() throws IOException {
        String accumulated = extraMetRule("every pair of everyone accumulated",
                "$all : List() from accumulate(Person($i : id), collectList($i))\n    $x : String() from $all\n    $y : String() from $all");

        assertStoppedThenGoodRulesAnswer(new RuleEngine(256, 20), accumulated, "fired more than 20 times per subject");
    }

    @Test
    void stopsAJoinTooLargeForTheTimeLimitAndKeepsAnswering() throws IOException {
        String triples = extraMetRule("every triple of people", "Person()\n    Person()\n    Person()");

        // 1 ms: hundreds of thousands of firings cannot finish in it on any machine, so the limit always stops the join.
        assertStoppedThenGoodRulesAnswer(new RuleEngine(256, Integer.MAX_VALUE / 64, Duration.ofMillis(1)), triples,
                "thidua.engine.max-seconds-per-run");
    }

    @Test
    void stopsARunPastTheTimeLimit() throws IOException {
        RuleSet good = loader.load(RuleFolders.valid(dir));

        assertThatThrownBy(() -> new RuleEngine(8, 2000, Duration.ofNanos(1)).evaluate(good, sampleCommune()))
                .isInstanceOf(EvaluationLimitException.class)
                .hasMessageContaining("ran longer than thidua.engine.max-seconds-per-run");
        assertThat(new RuleEngine(8, 2000).evaluate(good, sampleCommune()).decisions()).isNotEmpty();
    }

    @Test
    void countsOnlyTheTimeSpentInTheEngineNotTheTimeBetweenParts() throws Exception {
        RuleSet good = loader.load(RuleFolders.valid(dir));
        EvaluationRequest request = sampleCommune();
        List<EligibilityDecision> decisions = new ArrayList<>();
        // 3 s for the engine; a run read and stored in parts spends longer than that outside it (reading, storing).
        RuleEngine.Evaluating evaluating = new RuleEngine(8, 2000, Duration.ofSeconds(3)).start(good, request.period(),
                request.units(), request.collectives());
        int half = request.individuals().size() / 2;

        evaluating.individuals(request.individuals().subList(0, half), decisions::add);
        Thread.sleep(3_200);
        evaluating.individuals(request.individuals().subList(half, request.individuals().size()), decisions::add);
        evaluating.collectives(request.collectives(), decisions::add);
        evaluating.households(request.households(), decisions::add);
        evaluating.finish();

        assertThat(decisions).hasSameSizeAs(new RuleEngine(8, 2000).evaluate(good, request).decisions());
    }

    private void assertStoppedThenGoodRulesAnswer(RuleEngine engine, String drl, String message) throws IOException {
        RuleSet hostile = loader.load(RuleFolders.withAwardRules(dir.resolve("hostile"), drl));
        RuleSet good = loader.load(RuleFolders.valid(dir.resolve("good")));
        EvaluationRequest request = sampleCommune();

        assertThatThrownBy(() -> engine.evaluate(hostile, request)).isInstanceOf(EvaluationLimitException.class)
                .hasMessageContaining(message);
        // The engine holds no state between runs; the good rules run under the default limits.
        assertThat(new RuleEngine(256, 2000).evaluate(good, request).decisions()).isNotEmpty()
                .allSatisfy(decision -> assertThat(decision.award().name()).isEqualTo("LAO_DONG_TIEN_TIEN"));
    }

    private static EvaluationRequest sampleCommune() throws IOException {
        try (InputStream input = Files.newInputStream(Path.of("data/sample-commune.json"))) {
            return new RequestReader(10_000_000, 10_000, CLOCK).read(input);
        }
    }

    /** The minimal rules and one more met rule of criterion T-1 with the given conditions after the proposal. */
    private static String extraMetRule(String name, String conditions) {
        return HEADER.replace("facts.*;", "facts.*;\nimport java.util.List;") + MET_RULE + NOT_MET_RULE + "\n" + MET_RULE.replace("rated well\"", name + "\"")
                .replace("Person(id == $s, ratedGoodOrAbove)", conditions);
    }

    private static Arguments consequence(String name, String code) {
        return Arguments.of(name, HEADER + MET_RULE.replace(OUT_MET, code + "\n    " + OUT_MET) + NOT_MET_RULE, code);
    }

    private static Arguments condition(String name, String condition) {
        return Arguments.of(name, HEADER + MET_RULE.replace("    Person(id == $s, ratedGoodOrAbove)",
                "    Person(id == $s, ratedGoodOrAbove)\n    " + condition) + NOT_MET_RULE, condition);
    }

    private static Arguments attribute(String name, String attribute) {
        return Arguments.of(name, HEADER + MET_RULE.replace("when\n", "    " + attribute + "\nwhen\n") + NOT_MET_RULE, attribute);
    }

    private static Arguments header(String name, String declaration) {
        String drl = HEADER.replace("global Outcomes out;", declaration + "\n\nglobal Outcomes out;") + MET_RULE + NOT_MET_RULE;
        return Arguments.of(name, drl, declaration.lines().findFirst().orElseThrow());
    }
}

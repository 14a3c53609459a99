package vn.thidua.eligibility.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.dossier.AwardCode;
import vn.thidua.system.Progress;
import vn.thidua.testing.ShippedRules;

/**
 * The compiled rule cache: what each kind of edit compiles again, what an unchanged folder reuses,
 * and that nothing read from the cache folder is trusted unless whole. Each "process" is a cache of
 * its own over the same folder, as a second start or a second command would have.
 */
class CompiledRulesTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T00:00:00Z"), ZoneOffset.UTC);
    private static final String LDTT = "awards/lao-dong-tien-tien";

    /** A cache folder the shipped rules were compiled into once, by {@link #firstProcess}, copied into each test's folder. */
    @TempDir
    static Path seed;
    private static CompiledRules.Counts firstProcess;
    private static String shippedVersion;

    @TempDir
    Path temp;

    @BeforeAll
    static void compileTheShippedRulesOnce() throws IOException {
        CompiledRules first = CompiledRules.in(seed.resolve("cache"));
        shippedVersion = new RuleSetLoader(CLOCK, first).load(ShippedRules.copyTo(seed.resolve("rules"))).version();
        firstProcess = first.counts();
    }

    private Path rules() throws IOException {
        return ShippedRules.copyTo(temp.resolve("rules"));
    }

    private Path cacheFolder() throws IOException {
        Path folder = temp.resolve("cache");
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            try (Stream<Path> entries = Files.list(seed.resolve("cache"))) {
                for (Path entry : entries.toList()) {
                    Files.copy(entry, folder.resolve(entry.getFileName()));
                }
            }
        }
        return folder;
    }

    /** A new process's cache: nothing in memory, the folder as the last one left it (at first, the shipped rules compiled). */
    private CompiledRules process() throws IOException {
        return CompiledRules.in(cacheFolder());
    }

    private static long drlFiles(Path rules) throws IOException {
        try (Stream<Path> files = Files.walk(rules)) {
            return files.filter(f -> f.toString().endsWith(".drl")).count();
        }
    }

    private static void edit(Path rules, String file, String from, String to) throws IOException {
        Path path = rules.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
    }

    @Test
    void compilesAnUnchangedFolderOnlyInTheFirstProcess() throws IOException {
        Path rules = rules();
        assertThat(firstProcess.compiled()).isEqualTo(drlFiles(rules));
        assertThat(firstProcess.fromFolder()).isZero();

        CompiledRules second = process();
        RuleValidation.Report report = RuleValidation.standalone(CLOCK, second).validate(rules);

        assertThat(second.counts().compiled()).isZero();
        assertThat(second.counts().fromFolder()).isEqualTo(drlFiles(rules));
        // The rules read back decide every scenario as the freshly compiled ones do.
        assertThat(report.problems()).isEmpty();
        assertThat(report.scenarios()).isPositive();
        assertThat(report.version()).isEqualTo(shippedVersion);
    }

    @Test
    void compilesAgainOnlyTheRuleFileThatChanged() throws IOException {
        Path rules = rules();
        String before = new RuleSetLoader(CLOCK, process()).load(rules).version();
        edit(rules, LDTT + ".drl", "global Outcomes out;", "global Outcomes out;\n// a comment that changes nothing but the file");

        CompiledRules next = process();
        RuleSet after = new RuleSetLoader(CLOCK, next).load(rules);

        assertThat(after.version()).isNotEqualTo(before);
        assertThat(next.counts().compiled()).isEqualTo(1);
        assertThat(next.counts().fromFolder()).isEqualTo(drlFiles(rules) - 1);
    }

    @Test
    void aParameterChangeMakesANewRuleSetWithTheNewValueAndCompilesNoRuleFile() throws IOException {
        Path rules = rules();
        CompiledRules cache = process();
        RuleSetLoader loader = new RuleSetLoader(CLOCK, cache);
        RuleSet before = loader.load(rules);
        edit(rules, LDTT + ".params.yaml", "2025-08-05: 6", "2025-08-05: 7");

        RuleSet after = loader.load(rules);

        assertThat(after.version()).isNotEqualTo(before.version());
        assertThat(after.parametersOf(AwardCode.LAO_DONG_TIEN_TIEN).parameters().get("newRecruitMinMonths").values())
                .containsEntry(LocalDate.parse("2025-08-05"), 7);
        assertThat(cache.counts().ruleSetsBuilt()).isEqualTo(2);
        assertThat(cache.counts().compiled()).isZero();
    }

    @Test
    void aMessageChangeMakesANewRuleSetWithTheNewTextAndCompilesNoRuleFile() throws IOException {
        Path rules = rules();
        CompiledRules cache = process();
        RuleSetLoader loader = new RuleSetLoader(CLOCK, cache);
        RuleSet before = loader.load(rules);
        edit(rules, "messages_en.properties", "LDTT-A1.MET=Quality rating for", "LDTT-A1.MET=Rated for");

        RuleSet after = loader.load(rules);

        assertThat(after.version()).isNotEqualTo(before.version());
        assertThat(after.text("LDTT-A1.MET").en()).startsWith("Rated for");
        assertThat(before.text("LDTT-A1.MET").en()).startsWith("Quality rating for");
        assertThat(cache.counts().ruleSetsBuilt()).isEqualTo(2);
        assertThat(cache.counts().compiled()).isZero();
    }

    @Test
    void aScenarioChangeIsRunOnTheRuleBaseAlreadyBuilt() throws IOException {
        Path rules = rules();
        CompiledRules cache = process();
        RuleValidation validation = RuleValidation.standalone(CLOCK, cache);
        assertThat(validation.validate(rules).problems()).isEmpty();
        edit(rules, LDTT + ".tests.yaml", "{ award: LAO_DONG_TIEN_TIEN, outcome: ELIGIBLE, criteria: { LDTT-A1: MET } }",
                "{ award: LAO_DONG_TIEN_TIEN, outcome: NOT_ELIGIBLE, criteria: { LDTT-A1: MET } }");

        RuleValidation.Report report = validation.validate(rules);

        assertThat(report.problems()).singleElement().asString()
                .startsWith(LDTT + ".tests.yaml:").contains("\"A civil servant rated HTXSNV is an Advanced Worker (TC-03)\" fails");
        assertThat(cache.counts().ruleSetsReused()).isEqualTo(1);
        assertThat(cache.counts().ruleSetsBuilt()).isEqualTo(1);
        assertThat(cache.counts().compiled()).isZero();
    }

    @Test
    void ignoresCorruptEntriesAndCompilesThemAgainWhole() throws IOException {
        Path rules = rules();
        String version = new RuleSetLoader(CLOCK, process()).load(rules).version();
        List<Path> entries;
        try (Stream<Path> files = Files.list(cacheFolder())) {
            entries = files.sorted().toList();
        }
        assertThat(entries).hasSize((int) drlFiles(rules));
        byte[] whole = Files.readAllBytes(entries.get(0));
        Files.write(entries.get(0), java.util.Arrays.copyOf(whole, whole.length / 2));
        byte[] flipped = Files.readAllBytes(entries.get(1));
        flipped[flipped.length - 10] ^= 0x5a;
        Files.write(entries.get(1), flipped);
        Files.writeString(entries.get(2), "not compiled rules at all");

        CompiledRules next = process();
        RuleSet reloaded = new RuleSetLoader(CLOCK, next).load(rules);

        assertThat(reloaded.version()).isEqualTo(version);
        assertThat(next.counts().ignored()).isEqualTo(3);
        assertThat(next.counts().compiled()).isEqualTo(3);
        CompiledRules after = process();
        new RuleSetLoader(CLOCK, after).load(rules);
        assertThat(after.counts().compiled()).isZero();
    }

    @Test
    void anEntryStoredUnderAnotherKeyIsNotTaken() throws IOException {
        Path rules = rules();
        new RuleSetLoader(CLOCK, process()).load(rules);
        List<Path> entries;
        try (Stream<Path> files = Files.list(cacheFolder())) {
            entries = files.sorted().toList();
        }
        // Another file's compiled rules, whole, under this file's name.
        Files.copy(entries.get(1), entries.get(0), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CompiledRules next = process();
        new RuleSetLoader(CLOCK, next).load(rules);

        assertThat(next.counts().ignored()).isEqualTo(1);
        assertThat(next.counts().compiled()).isEqualTo(1);
    }

    @Test
    void keepsCompiledRulesInMemoryWhenTheFolderCannotBeWritten() throws IOException {
        Path rules = RuleFolders.valid(temp.resolve("small"));
        Path blocked = Files.writeString(temp.resolve("a-file"), "a file where the folder should be");
        CompiledRules cache = CompiledRules.in(blocked.resolve("cache"));
        RuleSetLoader loader = new RuleSetLoader(CLOCK, cache);

        loader.load(rules);
        cache.clearMemory();
        loader.load(rules);

        assertThat(cache.counts().compiled()).isEqualTo(2);
    }

    @Test
    void namesARuleNameUsedInTwoFilesOfOnePackage() throws IOException {
        Path dir = RuleFolders.valid(temp.resolve("small"));
        String other = RuleFolders.HEADER + RuleFolders.MET_RULE.replace("T-1", "T-2").replace("\"T-2 met: rated well\"",
                "\"T-1 met: rated well\"");
        RuleFolders.write(dir, "awards/chien-si-thi-dua-co-so.drl", other);

        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> new RuleSetLoader(CLOCK, CompiledRules.in(null)).load(dir));

        assertThat(e.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("awards/lao-dong-tien-tien.drl");
            assertThat(problem.message()).isEqualTo("rule name \"T-1 met: rated well\" is used twice: first at "
                    + "awards/chien-si-thi-dua-co-so.drl:" + RuleFolders.lineOf(other, "rule \"T-1 met"));
        });
    }

    @Test
    void tellsProgressOfCompilingAndOfScenarios() throws IOException {
        Path rules = rules();
        List<String> phases = new ArrayList<>();
        Progress recording = (name, total) -> new Progress.Task() {
            private long done;

            @Override
            public void stepBy(long units) {
                done += units;
            }

            @Override
            public void close() {
                synchronized (phases) {
                    phases.add(name + " " + done + "/" + total);
                }
            }
        };

        RuleValidation.Checked checked = RuleValidation.standalone(CLOCK, process()).check(rules, recording);

        assertThat(phases).containsExactly("compile " + drlFiles(rules) + "/" + drlFiles(rules),
                "scenarios " + checked.report().scenarios() + "/" + checked.report().scenarios());
    }

    @Test
    void aRegistryLoadingItsFirstRuleSetNamesEveryProblemWhenAsked() {
        RuleSetRegistry registry = RuleSetRegistry.loading(() -> {
            throw new RuleSetException(List.of(new RuleProblem("awards/x.drl", 3, "broken")));
        });

        RuleSetException e = catchThrowableOfType(RuleSetException.class, registry::active);

        assertThat(e.problems()).containsExactly(new RuleProblem("awards/x.drl", 3, "broken"));
        assertThat(registry.loaded()).isNull();
    }
}

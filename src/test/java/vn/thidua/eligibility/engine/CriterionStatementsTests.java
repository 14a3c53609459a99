package vn.thidua.eligibility.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.eligibility.Text;

/**
 * Every criterion says in one sentence what it requires ({@code <ID>.statement}), in Vietnamese and
 * English, and a folder lacking one is refused with the criterion, its rule file and the message file.
 */
class CriterionStatementsTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Pattern CRITERION = Pattern.compile("@criterion\\(\"([^\"]+)\"\\)");

    @TempDir
    Path dir;

    @Test
    void everyCriterionOfTheRulesFolderHasItsStatementInBothLanguages() throws IOException {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Matcher m = CRITERION.matcher(Files.readString(drl, StandardCharsets.UTF_8));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        RuleSet rules = new RuleSetLoader(CLOCK).load(Path.of("rules"));

        assertThat(ids).hasSize(53).containsExactlyInAnyOrderElementsOf(rules.criteria().stream().map(CriterionDefinition::id).toList());
        for (String id : ids) {
            Text statement = rules.text(id + ".statement");
            assertThat(statement).as(id + ".statement in both message files").isNotNull();
            assertThat(statement.vi()).as(id + " in Vietnamese").isNotBlank().endsWith(".").isNotEqualTo(statement.en());
            assertThat(statement.en()).as(id + " in English").isNotBlank().endsWith(".");
            assertThat(statement.vi() + statement.en()).as(id + ": a statement holds no placeholder").doesNotContain("{");
        }
    }

    @Test
    void refusesAFolderWhoseCriterionLacksItsVietnameseStatementNamingItAndTheFile() {
        RuleFolders.valid(dir);
        RuleFolders.write(dir, "messages_vi.properties", RuleFolders.MESSAGES.replaceAll("T-1\\.statement=[^\\n]*\\n", ""));

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> new RuleSetLoader(CLOCK).load(dir));

        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(RuleFolders.AWARD_FILE);
            assertThat(problem.line()).isEqualTo(RuleFolders.lineOf(RuleFolders.HEADER + RuleFolders.MET_RULE, "rule \"T-1 met"));
            assertThat(problem.message()).contains("criterion T-1", "T-1.statement", "messages_vi.properties")
                    .doesNotContain("messages_en.properties");
        });
    }

    @Test
    void refusesABlankEnglishStatement() {
        RuleFolders.valid(dir);
        RuleFolders.write(dir, "messages_en.properties", RuleFolders.MESSAGES.replaceAll("T-1\\.statement=[^\\n]*", "T-1.statement= "));

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> new RuleSetLoader(CLOCK).load(dir));

        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("T-1.statement", "messages_en.properties"));
    }

    @Test
    void stillLoadsAStoredVersionFromBeforeStatementsForReplay() throws IOException {
        RuleFolders.valid(dir);
        RuleFolders.write(dir, "messages_vi.properties", RuleFolders.MESSAGES.replaceAll("T-1\\.statement=[^\\n]*\\n", ""));
        RuleFolders.write(dir, "messages_en.properties", RuleFolders.MESSAGES.replaceAll("T-1\\.statement=[^\\n]*\\n", ""));
        Map<String, byte[]> stored = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                stored.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }

        RuleSet stored2024 = new RuleSetLoader(CLOCK).load(stored, Instant.EPOCH);

        assertThat(stored2024.criteria()).extracting(CriterionDefinition::id).containsExactly("T-1");
        assertThat(RuleCatalogue.of(stored2024, CLOCK).award(vn.thidua.dossier.AwardCode.LAO_DONG_TIEN_TIEN).criteria())
                .singleElement().satisfies(c -> assertThat(c.text()).isNull());
    }
}

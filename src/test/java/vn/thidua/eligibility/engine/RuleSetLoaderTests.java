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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.dossier.AwardCode;
import vn.thidua.testing.ShippedRules;

class RuleSetLoaderTests {

    private static final Path REAL_RULES = Path.of("rules");

    private static final String CITATION = " @citation(\"Luật Thi đua, khen thưởng 06/2022/QH15, Điều 24\")";

    private final RuleSetLoader loader = new RuleSetLoader(Clock.fixed(Instant.parse("2026-01-20T00:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    @Test
    void loadsAMinimalRuleFolder() {
        RuleSet ruleSet = loader.load(RuleFolders.valid(dir));

        assertThat(ruleSet.criteria()).extracting(CriterionDefinition::id).containsExactly("T-1");
        assertThat(ruleSet.stages()).containsExactly(List.of(AwardCode.LAO_DONG_TIEN_TIEN));
    }

    @Test
    void reportsSyntaxErrorWithFileAndLine() {
        String broken = MET_RULE.replace("Person(id == $s, ratedGoodOrAbove)", "Person(id == $s, ratedGoodOrAbove");

        List<RuleProblem> problems = problems(RuleFolders.withAwardRules(dir, HEADER + broken + NOT_MET_RULE));

        assertThat(problems).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(AWARD_FILE);
            assertThat(problem.line()).isPositive();
        });
    }

    @Test
    void rejectsRuleWithoutCitation() {
        String drl = HEADER + MET_RULE + NOT_MET_RULE.replace(CITATION, "");

        assertThat(problems(RuleFolders.withAwardRules(dir, drl))).contains(new RuleProblem(AWARD_FILE,
                lineOf(drl, "rule \"T-1 not met"),
                "rule \"T-1 not met: rated below well\" needs @criterion and @citation"
                        + " (or, for a warning rule, @warning and @citation)"));
    }

    @Test
    void rejectsRuleWithoutCriterion() {
        String drl = HEADER + MET_RULE.replace("@criterion(\"T-1\") ", "") + NOT_MET_RULE;

        List<RuleProblem> problems = problems(RuleFolders.withAwardRules(dir, drl));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(AWARD_FILE);
            assertThat(problem.line()).isEqualTo(lineOf(drl, "rule \"T-1 met"));
            assertThat(problem.message()).contains("\"T-1 met: rated well\"", "needs @criterion and @citation");
        });
    }

    @Test
    void rejectsCriterionWithOnlyAMetRule() {
        String drl = HEADER + MET_RULE;

        assertThat(problems(RuleFolders.withAwardRules(dir, drl))).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(AWARD_FILE);
            assertThat(problem.line()).isEqualTo(lineOf(drl, "rule \"T-1 met"));
            assertThat(problem.message()).contains("criterion T-1 has no \"not met\", \"needs\" or \"for the council\" rule");
        });
    }

    @Test
    void rejectsARuleWhoseVerbDoesNotMatchTheOutcomeItRecords() {
        String drl = HEADER + MET_RULE + NOT_MET_RULE.replace("out.notMet(", "out.needs(");

        assertThat(problems(RuleFolders.withAwardRules(dir, drl))).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(drl, "rule \"T-1 not met"));
            assertThat(problem.message()).contains("is named \"not met\" but its consequence records [\"needs\"]")
                    .contains("name it \"T-1 needs: ...\"");
        });
    }

    @Test
    void rejectsACitationThatNamesNoInstrumentWithFileLineAndText() {
        String drl = HEADER + MET_RULE.replace("Luật Thi đua, khen thưởng 06/2022/QH15, Điều 24", "Quy định chưa có số") + NOT_MET_RULE;

        assertThat(problems(RuleFolders.withAwardRules(dir, drl))).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(AWARD_FILE);
            assertThat(problem.line()).isEqualTo(lineOf(drl, "rule \"T-1 met"));
            assertThat(problem.message()).contains("\"Quy định chưa có số\" names no instrument of instruments.yaml");
        });
    }

    @Test
    void rejectsRulesOfOneCriterionThatDisagreeOnTheirBranch() {
        String drl = HEADER + MET_RULE + NOT_MET_RULE.replace("@criterion(\"T-1\")", "@criterion(\"T-1\") @branch(\"CBCCVC_NLD\")");

        assertThat(problems(RuleFolders.withAwardRules(dir, drl))).anySatisfy(problem ->
                assertThat(problem.message()).contains("disagrees with the rule of line").contains("@branch"));
    }

    @Test
    void rejectsWronglyNamedRule() {
        String drl = HEADER + MET_RULE + NOT_MET_RULE.replace("T-1 not met: rated below well", "T-1 fails when rated below well");

        assertThat(problems(RuleFolders.withAwardRules(dir, drl))).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(AWARD_FILE);
            assertThat(problem.line()).isEqualTo(lineOf(drl, "rule \"T-1 fails"));
            assertThat(problem.message()).contains("must be named \"T-1 met: ...\", \"T-1 not met: ...\", \"T-1 needs: ...\" or \"T-1 for the council: ...\"");
        });
    }

    @Test
    void rejectsForbiddenImport() {
        String drl = HEADER.replace("global Outcomes out;", "import java.io.File;\n\nglobal Outcomes out;") + MET_RULE + NOT_MET_RULE;

        assertThat(problems(RuleFolders.withAwardRules(dir, drl))).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(AWARD_FILE);
            assertThat(problem.line()).isEqualTo(lineOf(drl, "import java.io.File;"));
            assertThat(problem.message()).contains("import java.io.File is not allowed");
        });
    }

    @Test
    void rejectsSystemExitInConsequence() {
        String drl = HEADER + MET_RULE.replace("out.met($p, Facts.of(\"year\", 2025));",
                "System.exit(1);\n    out.met($p, Facts.of(\"year\", 2025));") + NOT_MET_RULE;

        assertThat(problems(RuleFolders.withAwardRules(dir, drl))).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(AWARD_FILE);
            assertThat(problem.line()).isEqualTo(lineOf(drl, "System.exit(1);"));
            assertThat(problem.message()).contains("System.exit(1);", "a construct rules may not use");
        });
    }

    @Test
    void rejectsMissingMessagesFile() throws IOException {
        Files.delete(RuleFolders.valid(dir).resolve("messages_en.properties"));

        assertThat(problems(dir)).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("messages_en.properties");
            assertThat(problem.message()).contains("missing");
        });
    }

    @Test
    void rejectsParameterValueWithoutReference() {
        RuleFolders.valid(dir);
        String undated = RuleFolders.PARAMS.replace("  2024-01-01: 6", "  2024-01-01: 6\n      2026-01-01: 8");
        RuleFolders.write(dir, RuleFolders.PARAMS_FILE, undated);

        assertThat(problems(dir)).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(RuleFolders.PARAMS_FILE);
            assertThat(problem.message()).contains("newRecruitMinMonths", "2026-01-01", "has no reference");
        });
    }

    @Test
    void refusesEmptyFolderRatherThanFindEveryoneEligible() throws IOException {
        Files.createDirectories(dir.resolve("awards"));

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("no rule files (*.drl)").hasMessageContaining("refusing to start with an empty rule set");
    }

    @Test
    void refusesMissingFolder() {
        Path missing = dir.resolve("no-such-rules");

        assertThatThrownBy(() -> loader.load(missing)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("no-such-rules").hasMessageContaining("the rules folder does not exist");
    }

    @Test
    void rejectsDependsOnCycle() {
        RuleFolders.valid(dir);
        RuleFolders.write(dir, RuleFolders.PARAMS_FILE,
                RuleFolders.PARAMS.replace("dependsOn: []", "dependsOn: [CHIEN_SI_THI_DUA_CO_SO]"));
        String other = (HEADER + MET_RULE + NOT_MET_RULE).replace("T-1", "T-2").replace("LAO_DONG_TIEN_TIEN", "CHIEN_SI_THI_DUA_CO_SO");
        RuleFolders.write(dir, "awards/chien-si-thi-dua-co-so.drl", other);
        RuleFolders.write(dir, "awards/chien-si-thi-dua-co-so.params.yaml",
                "award: CHIEN_SI_THI_DUA_CO_SO\ndependsOn: [LAO_DONG_TIEN_TIEN]\nparameters: {}\n");
        RuleFolders.write(dir, "messages_vi.properties", RuleFolders.MESSAGES + RuleFolders.MESSAGES.replace("T-1", "T-2"));
        RuleFolders.write(dir, "messages_en.properties", RuleFolders.MESSAGES + RuleFolders.MESSAGES.replace("T-1", "T-2"));

        assertThat(problems(dir)).anySatisfy(problem -> assertThat(problem.message()).contains("form a cycle"));
    }

    @Test
    void loadsTheRealRulesFolder() {
        RuleSet ruleSet = loader.load(REAL_RULES);

        assertThat(ruleSet.version()).matches("sha256:[0-9a-f]{64}");
        assertThat(ruleSet.criteria()).extracting(CriterionDefinition::id)
                .contains("LDTT-A1", "LDTT-S1", "LDTT-S6", "CSCS-C1", "CSCS-C2", "X-1");
        assertThat(stageOf(ruleSet, AwardCode.LAO_DONG_TIEN_TIEN)).isLessThan(stageOf(ruleSet, AwardCode.CHIEN_SI_THI_DUA_CO_SO));
        assertThat(stageOf(ruleSet, AwardCode.CHIEN_SI_THI_DUA_CO_SO)).isLessThan(stageOf(ruleSet, AwardCode.CHIEN_SI_THI_DUA_CAP_TINH));
        assertThat(stageOf(ruleSet, AwardCode.CHIEN_SI_THI_DUA_CAP_TINH)).isLessThan(stageOf(ruleSet, AwardCode.CHIEN_SI_THI_DUA_TOAN_QUOC));
        assertThat(stageOf(ruleSet, AwardCode.TAP_THE_LAO_DONG_TIEN_TIEN)).isLessThan(stageOf(ruleSet, AwardCode.TAP_THE_LAO_DONG_XUAT_SAC));
        assertThat(ruleSet.stages().stream().mapToInt(List::size).sum()).isEqualTo(AwardCode.values().length);
    }

    private static int stageOf(RuleSet ruleSet, AwardCode award) {
        for (int i = 0; i < ruleSet.stages().size(); i++) {
            if (ruleSet.stages().get(i).contains(award)) {
                return i;
            }
        }
        throw new AssertionError(award + " is in no stage");
    }

    @Test
    void versionChangesWhenOneByteOfARuleFileChanges() throws IOException {
        Path copy = copyOfRealRules();
        String original = loader.load(copy).version();
        Path drl = copy.resolve("awards/lao-dong-tien-tien.drl");
        byte[] bytes = Files.readAllBytes(drl);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int letter = text.substring(0, text.indexOf("// Danh hiệu")).getBytes(StandardCharsets.UTF_8).length + 3;
        bytes[letter] ^= 0x20;
        Files.write(drl, bytes);

        assertThat(original).isEqualTo(loader.load(REAL_RULES).version());
        assertThat(loader.load(copy).version()).matches("sha256:[0-9a-f]{64}").isNotEqualTo(original);
    }

    @Test
    void ignoresScenarioFilesInTheVersion() throws IOException {
        Path copy = copyOfRealRules();
        String original = loader.load(copy).version();
        RuleFolders.write(copy, "awards/lao-dong-tien-tien.tests.yaml", "not even YAML: [");

        assertThat(loader.load(copy).version()).isEqualTo(original);
    }

    private Path copyOfRealRules() throws IOException {
        return ShippedRules.copyTo(dir.resolve("rules"));
    }

    private List<RuleProblem> problems(Path rules) {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> loader.load(rules));
        assertThat(e).as("the rule set should have been refused").isNotNull();
        return e.problems();
    }
}

package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.dossier.AwardCode;

/**
 * {@code rules catalogue [DIR] [--out FILE]} as the jar runs it: the Markdown catalogue of the real
 * rules on stdout or in a file, exit 3 naming file and line for a broken folder, exit 1 and nothing
 * written for an output folder that does not exist.
 */
class RulesCatalogueCommandIntegrationTests {

    @Test
    void isOneOfTheRulesCommands() {
        CommandRun run = CommandRun.of("rules", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("catalogue");
    }

    @Test
    void writesTheCatalogueOfTheRulesFolderToStdoutByDefault() {
        CommandRun run = CommandRun.of("rules", "catalogue");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# Danh mục danh hiệu, tiêu chí và giá trị quy định\n")
                .contains("## Lao động tiên tiến (`LAO_DONG_TIEN_TIEN`)")
                .contains("## Chiến sĩ thi đua cơ sở (`CHIEN_SI_THI_DUA_CO_SO`)")
                .containsPattern("\\| `CSCS-C2` \\| Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến được cơ sở công nhận[^|]* \\| "
                        + "\\[?Luật Thi đua, khen thưởng 06/2022/QH15, Điều 23 khoản 2")
                .containsPattern("\\| \\[[^]]+\\]\\(https?://[^)]+\\) \\|")
                // Values in words, as the awards page shows them.
                .contains("(`newRecruitMinMonths`) | — | chốt thành tích | 01/01/2024 | 06 tháng | Thông tư 01/2024/TT-BNV")
                .doesNotContain("| `6` |")
                .contains("**đang áp dụng**")
                .contains("chờ rà soát pháp lý")
                .contains("## Tiêu chí chung (áp dụng cho mọi danh hiệu)");
        for (AwardCode award : AwardCode.values()) {
            assertThat(run.out()).contains("(`" + award + "`)");
        }
    }

    @Test
    void writesTheCatalogueInEnglishToAFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("catalogue.md");

        CommandRun run = CommandRun.of("rules", "catalogue", "rules", "--out", out.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("wrote " + out).contains("12 awards").contains("rule set sha256:");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("# Catalogue of awards, criteria and parameters\n")
                .contains("## Advanced Worker (`LAO_DONG_TIEN_TIEN`)")
                .contains("| **in force** |")
                .contains("| 01/01/2024 | 50% |")
                .contains("pending legal review");
    }

    @Test
    void refusesABrokenFolderWithExitThreeNamingFileAndLine(@TempDir Path dir) throws IOException {
        RuleFolders.Broken broken = RuleFolders.withSyntaxError(dir.resolve("rules"));
        Path out = dir.resolve("catalogue.md");

        CommandRun run = CommandRun.of("rules", "catalogue", broken.dir().toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_BROKEN);
        assertThat(run.err()).contains(broken.file() + ":" + broken.line());
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAnOutputFolderThatDoesNotExistWithExitOneWritingNothing(@TempDir Path dir) {
        Path out = dir.resolve("missing").resolve("catalogue.md");

        CommandRun run = CommandRun.of("rules", "catalogue", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("cannot write " + out).contains("does not exist");
        assertThat(run.out()).isEmpty();
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void refusesAnUnknownLanguageAsInvalidInput() {
        CommandRun run = CommandRun.of("rules", "catalogue", "--lang", "fr");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("--lang must be vi or en");
    }
}

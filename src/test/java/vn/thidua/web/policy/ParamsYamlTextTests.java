package vn.thidua.web.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class ParamsYamlTextTests {

    private static final String FILE = """
            # The header comment stays.
            award: TAP_THE_LAO_DONG_TIEN_TIEN
            dependsOn: []
            parameters:
              advancedWorkerSharePercent:
                description: Share of members holding LĐTT (TTTT-C3).
                date: achievement
                values:
                  2020-01-01: 40   # an older reading
                  2024-01-01: 50
                reference:
                  2020-01-01: "Nghị định 91/2017/NĐ-CP"
                  2024-01-01: "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 28"
                sectors:
                  SCHOOL:
                    values:
                      2024-01-01: 70
                    reference:
                      2024-01-01: "Thông tư 29/2023/TT-BGDĐT"
              shareStrictlyMore:
                description: true for "trên X%".
                date: achievement
                values:
                  2024-01-01: true
                reference:
                  2024-01-01: "Luật Thi đua, khen thưởng 06/2022/QH15"
              minimumRating:
                description: The lowest rating when COMPUTED.
                date: decision
                neededWhen: { standard: COMPUTED }
                values: {}
                reference: {}
            """;

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Test
    void insertsALaterDatedValueAfterTheOthersAndKeepsEveryOtherLine() {
        String changed = ParamsYamlText.insert(FILE, "advancedWorkerSharePercent", null, LocalDate.of(2027, 1, 1), "60",
                "Quyết định 12/2026/QĐ-UBND, Điều 3", false);

        assertThat(changed).contains("""
                    values:
                      2020-01-01: 40   # an older reading
                      2024-01-01: 50
                      2027-01-01: 60
                    reference:
                      2020-01-01: "Nghị định 91/2017/NĐ-CP"
                      2024-01-01: "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 28"
                      2027-01-01: "Quyết định 12/2026/QĐ-UBND, Điều 3"
                    sectors:
                """);
        assertThat(changed.lines().filter(l -> !l.contains("2027-01-01")).toList()).isEqualTo(FILE.lines().toList());
        JsonNode tree = YAML.readTree(changed);
        assertThat(tree.at("/parameters/advancedWorkerSharePercent/values/2027-01-01").intValue()).isEqualTo(60);
        assertThat(tree.at("/parameters/advancedWorkerSharePercent/sectors/SCHOOL/values").size()).isEqualTo(1);
    }

    @Test
    void insertsADateBetweenTwoInDateOrder() {
        String changed = ParamsYamlText.insert(FILE, "advancedWorkerSharePercent", null, LocalDate.of(2022, 7, 1), "45",
                "Nghị định 98/2023/NĐ-CP", false);

        List<String> dates = changed.lines().filter(l -> l.matches("\\s{6}20\\d\\d-.*")).map(String::strip)
                .map(l -> l.substring(0, 10)).toList();
        assertThat(dates).containsExactly("2020-01-01", "2022-07-01", "2024-01-01", "2020-01-01", "2022-07-01", "2024-01-01",
                // shareStrictlyMore's, unchanged
                "2024-01-01", "2024-01-01");
    }

    @Test
    void insertsUnderTheChosenSectorOnly() {
        String changed = ParamsYamlText.insert(FILE, "advancedWorkerSharePercent", "SCHOOL", LocalDate.of(2027, 1, 1), "75",
                "Thông tư 29/2023/TT-BGDĐT, sửa đổi", false);

        JsonNode tree = YAML.readTree(changed);
        assertThat(tree.at("/parameters/advancedWorkerSharePercent/sectors/SCHOOL/values/2027-01-01").intValue()).isEqualTo(75);
        assertThat(tree.at("/parameters/advancedWorkerSharePercent/values").size()).isEqualTo(2);
        assertThat(changed).contains("""
                        values:
                          2024-01-01: 70
                          2027-01-01: 75
                        reference:
                          2024-01-01: "Thông tư 29/2023/TT-BGDĐT"
                          2027-01-01: "Thông tư 29/2023/TT-BGDĐT, sửa đổi"
                """);
    }

    @Test
    void refusesADateAlreadyGivenWithAnotherValueUnlessAskedToReplace() {
        assertThatThrownBy(() -> ParamsYamlText.insert(FILE, "advancedWorkerSharePercent", null, LocalDate.of(2024, 1, 1), "60",
                "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 28", false))
                .isInstanceOfSatisfying(ParamsYamlText.Refused.class, e -> {
                    assertThat(e.field()).isEqualTo("since");
                    assertThat(e.args()).containsExactly(LocalDate.of(2024, 1, 1), "50");
                });

        String replaced = ParamsYamlText.insert(FILE, "advancedWorkerSharePercent", null, LocalDate.of(2024, 1, 1), "60",
                "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 28", true);
        JsonNode tree = YAML.readTree(replaced);
        assertThat(tree.at("/parameters/advancedWorkerSharePercent/values/2024-01-01").intValue()).isEqualTo(60);
        assertThat(tree.at("/parameters/advancedWorkerSharePercent/values").size()).isEqualTo(2);
        assertThat(replaced.lines().count()).isEqualTo(FILE.lines().count());
    }

    @Test
    void fillsTheEmptyListsOfAValueTheProvinceHadYetToEnter() {
        String changed = ParamsYamlText.insert(FILE, "minimumRating", null, LocalDate.of(2027, 1, 1), "HTTNV",
                "Quyết định 5/2027/QĐ-UBND tỉnh Lâm Đồng, Điều 4", false);

        assertThat(changed).contains("""
                    neededWhen: { standard: COMPUTED }
                    values:
                      2027-01-01: HTTNV
                    reference:
                      2027-01-01: "Quyết định 5/2027/QĐ-UBND tỉnh Lâm Đồng, Điều 4"
                """);
        assertThat(YAML.readTree(changed).at("/parameters/minimumRating/values/2027-01-01").asString()).isEqualTo("HTTNV");
    }

    @Test
    void namesTheFieldOfAParameterOrSectorNotFound() {
        assertThatThrownBy(() -> ParamsYamlText.insert(FILE, "noSuchThing", null, LocalDate.of(2027, 1, 1), "1", "x", false))
                .isInstanceOfSatisfying(ParamsYamlText.Refused.class, e -> assertThat(e.field()).isEqualTo("parameter"));
        assertThatThrownBy(() -> ParamsYamlText.insert(FILE, "shareStrictlyMore", "SCHOOL", LocalDate.of(2027, 1, 1), "false",
                "x", false)).isInstanceOfSatisfying(ParamsYamlText.Refused.class, e -> assertThat(e.field()).isEqualTo("scope"));
    }

    @Test
    void quotesTextAndLeavesNumbersBooleansAndCodesBare() {
        assertThat(ParamsYamlText.scalar(60)).isEqualTo("60");
        assertThat(ParamsYamlText.scalar(false)).isEqualTo("false");
        assertThat(ParamsYamlText.scalar("COMPUTED")).isEqualTo("COMPUTED");
        assertThat(ParamsYamlText.scalar("2025-06-30")).isEqualTo("\"2025-06-30\"");
        assertThat(ParamsYamlText.scalar("yes")).isEqualTo("\"yes\"");
        assertThat(ParamsYamlText.quote("Điều 28: \"trên 50%\"")).isEqualTo("\"Điều 28: \\\"trên 50%\\\"\"");
    }

    @Test
    void keepsEveryCommentOfTheShippedFile() throws IOException {
        String shipped = Files.readString(Path.of("rules/awards/tap-the-lao-dong-tien-tien.params.yaml"), StandardCharsets.UTF_8);
        String changed = ParamsYamlText.insert(shipped, "advancedWorkerSharePercent", null, LocalDate.of(2027, 1, 1), "60",
                "Quyết định 12/2026/QĐ-UBND, Điều 3", false);

        assertThat(changed.lines().filter(l -> !l.contains("2027-01-01")).toList()).isEqualTo(shipped.lines().toList());
        assertThat(changed.lines().count()).isEqualTo(shipped.lines().count() + 2);
        assertThat(YAML.readTree(changed).at("/parameters/advancedWorkerSharePercent/reference/2027-01-01").asString())
                .isEqualTo("Quyết định 12/2026/QĐ-UBND, Điều 3");
    }
}

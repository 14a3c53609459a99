package vn.thidua.eligibility.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Text;
import vn.thidua.eligibility.engine.RuleCatalogue.DatedValue;
import vn.thidua.eligibility.engine.RuleCatalogue.Standing;

/**
 * The catalogue of the real {@code rules/} folder and its Markdown: every award and criterion, the
 * parameter values by date with the one in force on the clock's day in Vietnam, and review status.
 * The two-date case is a copy of {@code rules/} with a dated change added to a parameter, as policy
 * staff would add one.
 */
class RuleCatalogueTests {

    /** 2026-03-01 in Hà Nội. */
    private static final Clock MARCH_2026 = Clock.fixed(Instant.parse("2026-03-01T03:00:00Z"), ZoneOffset.UTC);

    private static final String CSCS_PARAMS = "awards/chien-si-thi-dua-co-so.params.yaml";
    private static final String AMENDED_REFERENCE =
            "Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng (dự thảo) | Điều 23 khoản 2";

    private static RuleSet real;
    private static RuleSet amended;

    @BeforeAll
    static void load(@TempDir Path copy) throws IOException {
        real = new RuleSetLoader(MARCH_2026).load(Path.of("rules"));
        copy(Path.of("rules"), copy);
        Path params = copy.resolve(CSCS_PARAMS);
        String text = Files.readString(params, StandardCharsets.UTF_8);
        // The dated change goes into requireExcellentAndInitiative, wherever it stands in the file.
        String reference = "khoản 2: HTXSNV hoặc sáng kiến hoặc đề tài nghiệm thu\"\n";
        assertThat(text).containsOnlyOnce(reference).containsOnlyOnce("      2024-01-01: false\n");
        Files.writeString(params, text.replace("      2024-01-01: false\n", "      2024-01-01: false\n      2026-07-01: true\n")
                .replace(reference, reference + "      2026-07-01: \"" + AMENDED_REFERENCE + "\"\n"
                        + "    legalReview:\n      2026-07-01: PENDING\n"), StandardCharsets.UTF_8);
        for (String language : List.of("vi", "en")) {
            Path messages = copy.resolve("messages_" + language + ".properties");
            String texts = Files.readString(messages, StandardCharsets.UTF_8);
            assertThat(texts).containsOnlyOnce("\nCSCS-C2.statement=");
            Files.writeString(messages, texts.replaceFirst("\nCSCS-C2\\.statement=[^\n]*", "\nCSCS-C2.statement="
                    + (language.equals("vi") ? "Hoàn thành xuất sắc nhiệm vụ, hoặc sáng kiến, hoặc đề tài"
                            : "Excellent rating, or an initiative, or a science work")), StandardCharsets.UTF_8);
        }
        amended = new RuleSetLoader(MARCH_2026).load(copy);
    }

    @Test
    void listsEveryAwardInTheOrderOfTheAwardCodesAndEveryCriterionOnce() {
        RuleCatalogue catalogue = RuleCatalogue.of(real, MARCH_2026);

        assertThat(catalogue.awards()).extracting(RuleCatalogue.Award::code).containsExactly(AwardCode.values());
        assertThat(catalogue.awards()).allSatisfy(award -> assertThat(award.hasRules()).as(award.code().name()).isTrue());
        List<String> listed = Stream.concat(catalogue.awards().stream().flatMap(a -> a.criteria().stream()),
                catalogue.common().stream()).map(RuleCatalogue.Criterion::id).toList();
        assertThat(listed).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(real.criteria().stream().map(CriterionDefinition::id).toList());
        assertThat(catalogue.common()).extracting(RuleCatalogue.Criterion::id).contains("X-1");
        assertThat(catalogue.version()).isEqualTo(real.version());
        assertThat(catalogue.activatedAt()).isEqualTo(real.activatedAt());
        assertThat(catalogue.today()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void givesACriterionItsCitationLinkSubjectsAndRuleFileAndLine() throws IOException {
        RuleCatalogue.Criterion c2 = criterion(RuleCatalogue.of(real, MARCH_2026), AwardCode.CHIEN_SI_THI_DUA_CO_SO, "CSCS-C2");

        assertThat(c2.citation().title()).isEqualTo("Luật Thi đua, khen thưởng 06/2022/QH15, Điều 23 khoản 2");
        assertThat(c2.citation().href()).isEqualTo(definition("CSCS-C2").citation().href());
        assertThat(c2.subjects()).containsExactly(SubjectKind.INDIVIDUAL);
        assertThat(c2.file()).isEqualTo("awards/chien-si-thi-dua-co-so.drl");
        assertThat(Files.readAllLines(Path.of("rules").resolve(c2.file())).get(c2.line() - 1)).startsWith("rule \"CSCS-C2 met:");
        assertThat(c2.pendingReview()).isFalse();
        assertThat(c2.text()).as("the real CSCS-C2.statement").isEqualTo(real.text("CSCS-C2.statement"));
        assertThat(c2.text().vi()).startsWith("Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến được cơ sở công nhận");
        assertThat(c2.reads()).extracting(RuleCatalogue.Parameter::name).containsExactly("requireExcellentAndInitiative");
    }

    @Test
    void marksTheCriteriaAndAuthoritiesAwaitingLegalReview() {
        RuleCatalogue catalogue = RuleCatalogue.of(real, MARCH_2026);

        RuleCatalogue.Criterion b1 = criterion(catalogue, AwardCode.LAO_DONG_TIEN_TIEN, "LDTT-B1");
        assertThat(b1.pendingReview()).isTrue();
        assertThat(b1.branch()).isEqualTo("CONG_NHAN_NONG_DAN_NLD_KHAC");
        assertThat(criterion(catalogue, AwardCode.LAO_DONG_TIEN_TIEN, "LDTT-A1").pendingReview()).isFalse();
        List<RuleCatalogue.Conferral> authorities = catalogue.award(AwardCode.TAP_THE_LAO_DONG_TIEN_TIEN).authorities();
        assertThat(authorities).anySatisfy(a -> {
            assertThat(a.from()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(a.pendingReview()).isTrue();
        });
        assertThat(authorities).anySatisfy(a -> {
            assertThat(a.levels()).isEmpty();
            assertThat(a.pendingReview()).isTrue();
        });
        assertThat(catalogue.award(AwardCode.CHIEN_SI_THI_DUA_CO_SO).authorities()).anySatisfy(a -> {
            assertThat(a.from()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(a.authority().citation()).contains("638/QĐ-BNV");
            assertThat(a.pendingReview()).isFalse();
        });
    }

    @Test
    void givesEveryParameterItsValuesByDateWithReferencesAndSectorValuesApart() {
        RuleCatalogue catalogue = RuleCatalogue.of(real, MARCH_2026);

        RuleCatalogue.Parameter months = parameter(catalogue, AwardCode.LAO_DONG_TIEN_TIEN, "newRecruitMinMonths", null);
        assertThat(months.byDecisionDate()).isFalse();
        assertThat(months.values()).hasSize(2);
        assertThat(months.values().get(0)).satisfies(v -> {
            assertThat(v.since()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(v.value()).isEqualTo(6);
            assertThat(v.reference()).startsWith("Thông tư 01/2024/TT-BNV");
            assertThat(v.standing()).isEqualTo(Standing.SUPERSEDED);
            assertThat(v.pendingReview()).isFalse();
        });
        // From the reported date of Thông tư 15/2025/TT-BNV the same value, its carry-over unverified.
        assertThat(months.values().get(1)).satisfies(v -> {
            assertThat(v.since()).isEqualTo(LocalDate.of(2025, 8, 5));
            assertThat(v.value()).isEqualTo(6);
            assertThat(v.reference()).startsWith("Thông tư 15/2025/TT-BNV");
            assertThat(v.standing()).isEqualTo(Standing.IN_FORCE);
            assertThat(v.pendingReview()).isTrue();
        });
        assertThat(months.inForce()).isSameAs(months.values().get(1));
        RuleCatalogue.Parameter schools = parameter(catalogue, AwardCode.TAP_THE_LAO_DONG_TIEN_TIEN,
                "advancedWorkerSharePercent", "SCHOOL");
        assertThat(schools.inForce().value()).isEqualTo(70);
        assertThat(schools.inForce().reference()).contains("29/2023/TT-BGDĐT");
        assertThat(parameter(catalogue, AwardCode.TAP_THE_LAO_DONG_TIEN_TIEN, "advancedWorkerSharePercent", null)
                .inForce().value()).isEqualTo(50);
        assertThat(catalogue.award(AwardCode.GIAY_KHEN_CHU_TICH_UBND_HUYEN).parameters())
                .extracting(RuleCatalogue.Parameter::byDecisionDate).containsOnly(true);
        RuleCatalogue.Parameter flagVote = parameter(catalogue, AwardCode.CO_THI_DUA_CAP_TINH, "councilVotePercent", null);
        assertThat(flagVote.byDecisionDate()).isTrue();
        assertThat(flagVote.inForce().value()).isEqualTo(80);
        assertThat(flagVote.inForce().pendingReview()).isTrue();
    }

    @Test
    void showsTheValuesTheProvinceHasYetToEnterInsteadOfDroppingThem() {
        RuleCatalogue catalogue = RuleCatalogue.of(real, MARCH_2026);

        RuleCatalogue.Parameter amount = parameter(catalogue, AwardCode.GIAY_KHEN_CHU_TICH_UBND_XA,
                "householdMinContributionVnd", null);
        assertThat(amount.unentered()).isTrue();
        assertThat(amount.inForce()).isNull();
        assertThat(amount.neededUnder()).isEqualTo("standard = COMPUTED");
        assertThat(parameter(catalogue, AwardCode.GIAY_KHEN_CHU_TICH_UBND_XA, "standard", null).neededUnder()).isNull();

        String vi = RuleCatalogueMarkdown.render(catalogue, Locale.forLanguageTag("vi"), code -> null);
        assertThat(vi).containsPattern("\\| mức đóng góp tối thiểu của hộ gia đình \\(0: Hội đồng đánh giá\\) \\(`householdMinContributionVnd`\\) "
                + "\\| — \\| quyết định \\| — \\| — \\| chưa nhập: "
                + "giá trị do tỉnh quy định, bắt buộc có trước khi chuyển sang `standard = COMPUTED` \\| — \\| chưa nhập \\|");
        assertThat(RuleCatalogueMarkdown.render(catalogue, Locale.ENGLISH, code -> null))
                .contains("| minimum rating (`minimumRating`) | — | decision date | — | — | not entered: the province's value");
    }

    @Test
    void aLaterValueIsInForceFromItsDateInVietnamAndShowsItsPendingReview() {
        // 2026-06-30T16:59Z is still 30 June in Hà Nội; 17:00Z is 1 July there, though still 30 June in UTC.
        RuleCatalogue before = RuleCatalogue.of(amended, Clock.fixed(Instant.parse("2026-06-30T16:59:00Z"), ZoneOffset.UTC));
        RuleCatalogue after = RuleCatalogue.of(amended, Clock.fixed(Instant.parse("2026-06-30T17:00:00Z"), ZoneOffset.UTC));

        List<DatedValue> beforeValues = parameter(before, AwardCode.CHIEN_SI_THI_DUA_CO_SO, "requireExcellentAndInitiative", null)
                .values();
        assertThat(beforeValues).extracting(DatedValue::since)
                .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 7, 1));
        assertThat(beforeValues).extracting(DatedValue::standing).containsExactly(Standing.IN_FORCE, Standing.FUTURE);
        List<DatedValue> afterValues = parameter(after, AwardCode.CHIEN_SI_THI_DUA_CO_SO, "requireExcellentAndInitiative", null)
                .values();
        assertThat(afterValues).extracting(DatedValue::standing).containsExactly(Standing.SUPERSEDED, Standing.IN_FORCE);
        assertThat(afterValues).extracting(DatedValue::value).containsExactly(false, true);
        assertThat(afterValues.get(1).reference()).startsWith("Luật sửa đổi, bổ sung");
        assertThat(afterValues.get(1).pendingReview()).isTrue();
        assertThat(afterValues.get(0).pendingReview()).isFalse();

        String markdown = RuleCatalogueMarkdown.render(after, Locale.forLanguageTag("vi"), code -> null);
        assertThat(markdown)
                .contains("| xét theo dự thảo sửa đổi: phải có cả Hoàn thành xuất sắc nhiệm vụ và sáng kiến (`requireExcellentAndInitiative`)"
                        + " | — | chốt thành tích | 01/01/2024 | xét theo luật hiện hành: một trong các điều kiện | Luật Thi đua, "
                        + "khen thưởng 06/2022/QH15, Điều 23 khoản 2: HTXSNV hoặc sáng kiến hoặc đề tài nghiệm thu | — | "
                        + "đã được thay thế |")
                .contains(" | — | chốt thành tích | 01/07/2026 | xét theo dự thảo: cần cả hai | Luật sửa đổi, bổ sung "
                        + "Luật Thi đua, khen thưởng (dự thảo) \\| Điều 23 khoản 2 | chờ rà soát pháp lý | **đang áp dụng** |");
        assertThat(RuleCatalogueMarkdown.render(before, Locale.ENGLISH, code -> null))
                .contains("| 01/01/2024 | current law: any one of the conditions |").contains("| **in force** |")
                .contains("| 01/07/2026 | draft reading: both required |").contains("| pending legal review | not yet in force |");
    }

    @Test
    void takesACriterionsTextFromItsStatementInBothLanguages() {
        RuleCatalogue catalogue = RuleCatalogue.of(amended, MARCH_2026);

        assertThat(criterion(catalogue, AwardCode.CHIEN_SI_THI_DUA_CO_SO, "CSCS-C2").text()).isEqualTo(new Text(
                "Hoàn thành xuất sắc nhiệm vụ, hoặc sáng kiến, hoặc đề tài", "Excellent rating, or an initiative, or a science work"));
        assertThat(criterion(catalogue, AwardCode.CHIEN_SI_THI_DUA_CO_SO, "CSCS-C1").text().en())
                .isEqualTo("Meets the \"Advanced Worker\" standard in the year under review.");
        assertThat(RuleCatalogueMarkdown.render(catalogue, Locale.ENGLISH, code -> null))
                .contains("| Criterion | Text | Citation | Subjects | Branch | Legal review | Rule |")
                .contains("| `CSCS-C2` | Excellent rating, or an initiative, or a science work | "
                        + citationCell(definition("CSCS-C2")) + " |");
    }

    @Test
    void writesASectionPerAwardWithItsCriteriaParametersAndAuthorities() {
        Map<AwardCode, String> names = Map.of(AwardCode.LAO_DONG_TIEN_TIEN, "Lao động tiên tiến",
                AwardCode.CHIEN_SI_THI_DUA_CO_SO, "Chiến sĩ thi đua cơ sở");
        RuleCatalogue catalogue = RuleCatalogue.of(real, MARCH_2026);
        String markdown = RuleCatalogueMarkdown.render(catalogue, Locale.forLanguageTag("vi"), names::get);
        int c2Line = criterion(catalogue, AwardCode.CHIEN_SI_THI_DUA_CO_SO, "CSCS-C2").line();
        CriterionDefinition linked = real.criteria().stream().filter(c -> c.citation().href() != null).findFirst()
                .orElseThrow();

        assertThat(markdown).startsWith("# Danh mục danh hiệu, tiêu chí và giá trị quy định\n")
                .contains("Tạo tự động từ bộ quy tắc `" + real.version() + "`")
                .contains("tính đến ngày 2026-03-01");
        List<String> headings = markdown.lines().filter(line -> line.startsWith("## ")).toList();
        assertThat(headings).hasSize(AwardCode.values().length + 1);
        assertThat(headings.get(0)).isEqualTo("## Lao động tiên tiến (`LAO_DONG_TIEN_TIEN`)");
        assertThat(headings.subList(2, AwardCode.values().length)).containsExactlyElementsOf(
                Arrays.stream(AwardCode.values()).skip(2).map(code -> "## `" + code + "`").toList());
        assertThat(headings.get(AwardCode.values().length)).isEqualTo("## Tiêu chí chung (áp dụng cho mọi danh hiệu)");
        assertThat(markdown)
                .contains("Xét sau (trong cùng lần đánh giá): Lao động tiên tiến (`LAO_DONG_TIEN_TIEN`).")
                .contains("| Tiêu chí | Nội dung | Căn cứ | Đối tượng | Nhánh | Rà soát pháp lý | Quy tắc |\n"
                        + "| --- | --- | --- | --- | --- | --- | --- |")
                .contains("| `CSCS-C2` | " + real.text("CSCS-C2.statement").vi() + " | " + citationCell(definition("CSCS-C2"))
                        + " | INDIVIDUAL |")
                .contains("| " + citationCell(linked) + " |")
                .contains("| INDIVIDUAL | — | — | `awards/chien-si-thi-dua-co-so.drl:" + c2Line + "` |")
                .containsPattern("\\| `LDTT-B1` \\| .* \\| INDIVIDUAL \\| `CONG_NHAN_NONG_DAN_NLD_KHAC` \\| chờ rà soát pháp lý \\|")
                .contains("| tỷ lệ thành viên đạt danh hiệu \"Lao động tiên tiến\" (`advancedWorkerSharePercent`) | `SCHOOL` | chốt thành tích"
                        + " | 01/01/2024 | 70% |")
                .contains("(`newRecruitMinMonths`) | — | chốt thành tích | 01/01/2024 | 06 tháng |")
                .contains("- `newRecruitMinMonths`: A person recruited less than this many months")
                .contains("### Thẩm quyền khen thưởng")
                .contains("| COMMUNE, VILLAGE | 2025-07-01 | — | Cấp có thẩm quyền theo quy định của tỉnh")
                .containsPattern("`X-1` \\(hoãn xét nếu không đạt\\)");
    }

    @Test
    void refusesAReviewStatusOtherThanPendingOrForADateWithoutValue(@TempDir Path dir) {
        RuleFolders.valid(dir);
        RuleFolders.write(dir, RuleFolders.PARAMS_FILE, RuleFolders.PARAMS + """
                    legalReview:
                      2024-01-01: PENDNG
                      2025-01-01: PENDING
                """);

        assertThatThrownBy(() -> new RuleSetLoader(MARCH_2026).load(dir)).isInstanceOfSatisfying(RuleSetException.class,
                e -> assertThat(e.problems()).extracting(RuleProblem::toString).anySatisfy(p -> assertThat(p)
                        .startsWith(RuleFolders.PARAMS_FILE).contains("legalReview may only be PENDING, not \"PENDNG\""))
                        .anySatisfy(p -> assertThat(p).contains("legalReview names 2025-01-01, which has no value")));
    }

    @Test
    void marksEveryValueOfAParameterWhoseWholeReadingAwaitsReview(@TempDir Path dir) {
        RuleFolders.valid(dir);
        RuleFolders.write(dir, RuleFolders.PARAMS_FILE, RuleFolders.PARAMS + "    legalReview: PENDING\n");

        RuleCatalogue catalogue = RuleCatalogue.of(new RuleSetLoader(MARCH_2026).load(dir), MARCH_2026);

        assertThat(parameter(catalogue, AwardCode.LAO_DONG_TIEN_TIEN, "newRecruitMinMonths", null).values())
                .allSatisfy(v -> assertThat(v.legalReview()).isEqualTo(RuleCatalogue.PENDING));
        assertThat(catalogue.award(AwardCode.CHIEN_SI_THI_DUA_CO_SO).hasRules()).isFalse();
        assertThat(RuleCatalogueMarkdown.render(catalogue, Locale.ENGLISH, code -> null))
                .contains("## `CHIEN_SI_THI_DUA_CO_SO`\n\nThe rule set has no rules for this award.\n\n### Criteria\n\nNo criteria.\n");
    }

    private static CriterionDefinition definition(String id) {
        return real.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** A citation as the Markdown shows it: a link when the rule has an {@code @href}, its title otherwise. */
    private static String citationCell(CriterionDefinition c) {
        String title = c.citation().title().replace("[", "\\[").replace("]", "\\]");
        return c.citation().href() == null ? title : "[" + title + "](" + c.citation().href() + ")";
    }

    private static RuleCatalogue.Criterion criterion(RuleCatalogue catalogue, AwardCode award, String id) {
        return catalogue.award(award).criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static RuleCatalogue.Parameter parameter(RuleCatalogue catalogue, AwardCode award, String name, String sector) {
        return catalogue.award(award).parameters().stream()
                .filter(p -> p.name().equals(name) && java.util.Objects.equals(p.sector(), sector)).findFirst().orElseThrow();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}

package vn.thidua.eligibility.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Period;
import vn.thidua.eligibility.facts.Param;

/**
 * The Giấy khen standards: the parameters the COMPUTED option needs ship without values (none copied
 * from another province), and COMPUTED is refused until the province's own are entered.
 */
class ProvincialValuesTests {

    private static final String FILE = "awards/giay-khen-chu-tich-ubnd-xa.params.yaml";
    private static final String REAL = RuleFolders.real(FILE);
    private static final String JUDGEMENT = "      2024-01-01: JUDGEMENT\n";
    private static final String COMPUTED_2027 = JUDGEMENT + "      2027-01-01: COMPUTED\n";
    private static final String EMPTY = "    values: {}\n    reference: {}\n";
    private static final String REFERENCE = "      2024-01-01: \"Luật Thi đua, khen thưởng 06/2022/QH15, Điều 75 khoản 2";

    @Test
    void theShippedFilesCarryNoValueOfAnotherProvince() {
        for (String file : List.of(FILE, "awards/giay-khen-thu-truong-don-vi.params.yaml")) {
            List<RuleProblem> problems = new ArrayList<>();
            AwardParameters parameters = read(file, RuleFolders.real(file), problems);

            assertThat(problems).as(file).isEmpty();
            assertThat(parameters.parameters().get("minimumRating").values()).as(file).isEmpty();
            assertThat(parameters.parameters().get("minimumRating").neededWhen()).isEqualTo(Map.of("standard", "COMPUTED"));
            assertThat(parameters.parameters().get("standard").values().values()).as(file).containsOnly("JUDGEMENT");
        }
        assertThat(read(FILE, REAL, new ArrayList<>()).parameters().get("householdMinContributionVnd").values()).isEmpty();
        assertThat(REAL).doesNotContain("20000000").doesNotContain("Ninh Thuận");
    }

    @Test
    void refusesComputedBeforeTheProvincesValuesAreEnteredNamingLineDateAndValues() {
        String text = computedFrom2027(REAL);
        List<RuleProblem> problems = new ArrayList<>();

        read(FILE, text, problems);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(FILE);
            assertThat(problem.line()).isEqualTo(RuleFolders.lineOf(text, "2027-01-01: COMPUTED"));
            assertThat(problem.message())
                    .contains("standard is COMPUTED from 2027-01-01")
                    .contains("the province's own values it needs are not entered")
                    .contains("minimumRating (The lowest rating of the year that meets the standard")
                    .contains("householdMinContributionVnd (Total contribution in VND")
                    .contains("Enter each one under values: with a date on or before 2027-01-01")
                    .contains("the number and article of the province's decision");
        });
    }

    @Test
    void namesOnlyTheValuesStillMissingOnTheDate() {
        String text = computedFrom2027(REAL).replaceFirst(java.util.regex.Pattern.quote(EMPTY),
                java.util.regex.Matcher.quoteReplacement(entered("2026-12-01", "HTTNV")));
        List<RuleProblem> problems = new ArrayList<>();

        read(FILE, text, problems);

        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("householdMinContributionVnd").doesNotContain("minimumRating"));
    }

    @Test
    void refusesAValueEnteredOnlyAfterTheDateComputedStarts() {
        String text = computedFrom2027(REAL).replace(EMPTY, entered("2027-02-01", "1"));
        List<RuleProblem> problems = new ArrayList<>();

        read(FILE, text, problems);

        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("from 2027-01-01").contains("minimumRating").contains("householdMinContributionVnd"));
    }

    @Test
    void acceptsComputedOnceEveryValueIsEnteredOnOrBeforeItsDate() {
        String text = computedFrom2027(REAL).replace(EMPTY, entered("2027-01-01", "1"));
        List<RuleProblem> problems = new ArrayList<>();

        AwardParameters parameters = read(FILE, text, problems);

        assertThat(problems).isEmpty();
        assertThat(parameters.parameters().get("householdMinContributionVnd").values()).containsEntry(LocalDate.of(2027, 1, 1), 1);
    }

    @Test
    void refusesEmptyValuesWithoutNeededWhenAndANeededWhenNamingNoParameter() {
        List<RuleProblem> problems = new ArrayList<>();
        read(FILE, REAL.replaceFirst("    neededWhen: \\{ standard: COMPUTED \\}\n", ""), problems);
        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("parameter minimumRating: has no dated values"));

        problems.clear();
        read(FILE, REAL.replaceFirst("neededWhen: \\{ standard: COMPUTED \\}", "neededWhen: { standrd: COMPUTED }"), problems);
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("neededWhen names standrd, which is not a parameter of this file");
            assertThat(problem.line()).isPositive();
        });
    }

    @Test
    void theRuleSetReportsNoMissingValueWhileTheCouncilJudgesAndScenariosMustSupplyTestValues() {
        RuleSet ruleSet = new RuleSetLoader(Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC))
                .load(Path.of("rules"));
        Period period = new Period(2026, LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 15));

        assertThat(ruleSet.resolve(period).notInForce()).extracting(RuleSet.MissingParameter::qualifiedName)
                .doesNotContain("GIAY_KHEN_CHU_TICH_UBND_XA.householdMinContributionVnd",
                        "GIAY_KHEN_CHU_TICH_UBND_XA.minimumRating", "GIAY_KHEN_THU_TRUONG_DON_VI.minimumRating");

        assertThatThrownBy(() -> ruleSet.withParameters(Map.of("GIAY_KHEN_CHU_TICH_UBND_XA.standard", "COMPUTED")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimumRating").hasMessageContaining("householdMinContributionVnd")
                .hasMessageContaining("give them under parameters:");

        RuleSet computed = ruleSet.withParameters(Map.of("GIAY_KHEN_CHU_TICH_UBND_XA.standard", "COMPUTED",
                "GIAY_KHEN_CHU_TICH_UBND_XA.minimumRating", "HTTNV",
                "GIAY_KHEN_CHU_TICH_UBND_XA.householdMinContributionVnd", 20_000_000));
        List<Param> values = computed.resolve(period).values().stream()
                .filter(p -> p.getAward().equals(AwardCode.GIAY_KHEN_CHU_TICH_UBND_XA.name())).toList();
        assertThat(values).extracting(Param::getName, Param::getValue).contains(
                org.assertj.core.groups.Tuple.tuple("standard", "COMPUTED"),
                org.assertj.core.groups.Tuple.tuple("minimumRating", "HTTNV"),
                org.assertj.core.groups.Tuple.tuple("householdMinContributionVnd", 20_000_000));
        assertThat(values).filteredOn(p -> p.getName().equals("householdMinContributionVnd")).singleElement()
                .satisfies(p -> assertThat(p.getReference()).startsWith("scenario override"));
    }

    private static String entered(String date, String value) {
        return "    values: { " + date + ": " + value + " }\n    reference: { " + date
                + ": \"Quyết định 99/2026/QĐ-UBND, Điều 5 (test)\" }\n";
    }

    private static String computedFrom2027(String text) {
        String changed = text.replace(JUDGEMENT, COMPUTED_2027).replace(REFERENCE,
                "      2027-01-01: \"Quyết định 99/2026/QĐ-UBND, Điều 5 (test)\"\n" + REFERENCE);
        assertThat(changed).contains("2027-01-01: COMPUTED");
        return changed;
    }

    private static AwardParameters read(String file, String text, List<RuleProblem> problems) {
        String base = file.substring(file.indexOf('/') + 1, file.length() - ".params.yaml".length());
        return ParameterFileReader.read(file, text.getBytes(StandardCharsets.UTF_8),
                AwardCode.valueOf(base.toUpperCase(java.util.Locale.ROOT).replace('-', '_')), problems);
    }
}

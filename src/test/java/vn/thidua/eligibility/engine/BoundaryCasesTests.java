package vn.thidua.eligibility.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import vn.thidua.eligibility.engine.BoundaryCases.Case;
import vn.thidua.eligibility.engine.BoundaryCases.Description;
import vn.thidua.eligibility.engine.BoundaryCases.Position;

class BoundaryCasesTests {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private static Description describe(String yaml) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Description> read = BoundaryCases.read("awards/x.tests.yaml", YAML.readTree(yaml), problems);
        assertThat(problems).isEmpty();
        return read.values().iterator().next();
    }

    private static final String SHARE = """
            share:
              criterion: TTTT-C3
              compare: MORE_THAN
              strictWhen: shareStrictlyMore
              share: true
              words: { vi: "Tập thể {total} thành viên, {n} người", en: "{total} members, {n} of them" }
              case:
                collectives:
                  - { id: "${id}", unit: "${unit}", memberSummary: { count: "${total}", advancedWorkers: "${n}" } }
            """;

    private static final String TITLES = """
            titles:
              criterion: CSTT-C1
              compare: AT_LEAST
              words: { vi: "{n} lần liên tục", en: "{n} in a row" }
              expect:
                notMet: { outcome: INCOMPLETE, criterion: NOT_EVALUATED }
              with: { standard: COMPUTED }
              case:
                individuals:
                  - id: "${id}"
                    recruitmentDate: "${dayAfterCutoff - n months}"
                    titles:
                      - repeat: "${n - 1}"
                        item: { code: CHIEN_SI_THI_DUA_CO_SO, year: "${year - i}", decisionRef: "QĐ-${i}/${year}" }
            """;

    @Test
    void strictlyMoreThanSixtyPercentOfTenIsMetOnlyAboveSixAndAtLeastIsMetAtSix() {
        Description share = describe(SHARE);
        assertThat(BoundaryCases.cases(share, 60, true)).containsExactly(
                new Case(Position.BELOW, 5, 10, false), new Case(Position.AT, 6, 10, false), new Case(Position.ABOVE, 7, 10, true));
        assertThat(BoundaryCases.cases(share, 60, false)).extracting(Case::met).containsExactly(false, true, true);
    }

    @Test
    void aShareThatIsNoWholeCountOfTenTakesTheSmallestCollectiveWhereItIsAndLeavesOutImpossibleCases() {
        Description share = describe(SHARE);
        assertThat(BoundaryCases.cases(share, 75, true)).extracting(Case::total, Case::n, Case::met)
                .containsExactly(tuple(4L, 2L, false), tuple(4L, 3L, false), tuple(4L, 4L, true));
        assertThat(BoundaryCases.cases(share, 33, false)).extracting(Case::n).containsExactly(32L, 33L, 34L);
        assertThat(BoundaryCases.cases(share, 0, true)).extracting(Case::position).containsExactly(Position.AT, Position.ABOVE);
        assertThat(BoundaryCases.cases(share, 100, false)).extracting(Case::position).containsExactly(Position.BELOW, Position.AT);
        assertThatThrownBy(() -> BoundaryCases.cases(share, 101, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCountIsTriedOneBelowAtAndOneAboveTheValueByItsComparison() {
        Description titles = describe(TITLES);
        assertThat(BoundaryCases.cases(titles, 3, false)).extracting(Case::n, Case::met)
                .containsExactly(tuple(2L, false), tuple(3L, true), tuple(4L, true));
        assertThat(BoundaryCases.cases(titles, 0, false)).extracting(Case::position).containsExactly(Position.AT, Position.ABOVE);
        Description equal = describe(TITLES.replace("AT_LEAST", "EQUAL"));
        assertThat(BoundaryCases.cases(equal, 3, false)).extracting(Case::met).containsExactly(false, true, false);
        Description below = describe(TITLES.replace("AT_LEAST", "LESS_THAN"));
        assertThat(BoundaryCases.cases(below, 6, false)).extracting(Case::met).containsExactly(true, false, false);
    }

    @Test
    void writesACaseWithTheTemplateExpandedForItsNumberYearAndDates() {
        Description titles = describe(TITLES);
        String yaml = BoundaryCases.scenario(titles, new Case(Position.AT, 3, 0, true), "Three in a row: met", "CHIEN_SI_THI_DUA_CAP_TINH",
                "BIEN-2027-2", "XA-DARSAL", 2027, false);

        JsonNode item = YAML.readTree(yaml).get(0);
        assertThat(yaml).startsWith("- name: ");
        assertThat(item.path("name").asString()).isEqualTo("Three in a row: met");
        assertThat(item.at("/period/cutoffDate").asString()).isEqualTo("2027-12-31");
        assertThat(item.at("/period/decisionDate").asString()).isEqualTo("2028-01-20");
        assertThat(item.at("/parameters/CHIEN_SI_THI_DUA_CAP_TINH.standard").asString()).isEqualTo("COMPUTED");
        JsonNode person = item.at("/individuals/0");
        assertThat(person.path("id").asString()).isEqualTo("BIEN-2027-2");
        assertThat(person.path("recruitmentDate").asString()).isEqualTo("2027-10-01");
        assertThat(person.path("titles")).hasSize(2);
        assertThat(person.at("/titles/0/year").intValue()).isEqualTo(2026);
        assertThat(person.at("/titles/1/year").intValue()).isEqualTo(2025);
        assertThat(person.at("/titles/1/decisionRef").asString()).isEqualTo("QĐ-2/2027");
        // The officer said "not met": the description's outcome and result for that.
        assertThat(item.at("/expect/0/subject").asString()).isEqualTo("BIEN-2027-2");
        assertThat(item.at("/expect/0/outcome").asString()).isEqualTo("INCOMPLETE");
        assertThat(item.at("/expect/0/criteria/CSTT-C1").asString()).isEqualTo("NOT_EVALUATED");
    }

    @Test
    void reportsAMalformedDescriptionWithItsFileAndLeavesItOut() {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Description> read = BoundaryCases.read("awards/x.tests.yaml", YAML.readTree("""
                a: { criterion: X-1, compare: ABOUT, words: { vi: "x" }, case: { individuals: [] } }
                b: { compare: AT_LEAST, share: true, words: { vi: "x", en: "y" }, color: red }
                c: { criterion: C-1, unexercised: { vi: "Hội đồng quyết định.", en: "The council decides." } }
                """), problems);

        assertThat(read).containsOnlyKeys("c");
        assertThat(read.get("c").exercised()).isFalse();
        assertThat(problems).extracting(RuleProblem::toString).anySatisfy(p -> assertThat(p).startsWith("awards/x.tests.yaml")
                .contains("boundaries of a").contains("compare must be one of").contains("words needs vi and en"))
                .anySatisfy(p -> assertThat(p).contains("boundaries of b").contains("unknown field color")
                        .contains("criterion (the criterion that compares it) is missing").contains("case (the request fields"));
    }

    @Test
    void anExpressionItCannotComputeIsRefusedNamingIt() {
        assertThatThrownBy(() -> BoundaryCases.expand(YAML.readTree("x: \"${year + months}\""), Map.of("year", 2027L)))
                .hasMessageContaining("unknown name months");
        assertThatThrownBy(() -> BoundaryCases.expand(YAML.readTree("x: \"${day - 2}\""),
                Map.of("day", java.time.LocalDate.of(2027, 1, 1)))).hasMessageContaining("a date adds a number of days, months or years");
    }
}

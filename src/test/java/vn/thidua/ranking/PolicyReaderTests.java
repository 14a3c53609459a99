package vn.thidua.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.eligibility.engine.RuleProblem;
import vn.thidua.eligibility.engine.RuleSetException;

class PolicyReaderTests {

    @Test
    void readsTheShippedPolicyWithEveryStepAnchored() {
        RankingPolicy policy = Policies.standard();

        assertThat(policy.mode()).isEqualTo(Mode.LEXICOGRAPHIC);
        assertThat(policy.rounding().mode()).isEqualTo(Rounding.FLOOR);
        assertThat(policy.order()).extracting(StepLabel::step).containsExactly(Step.STATUTORY_PRIORITY,
                Step.GRASSROOTS_NOT_LEADER, Step.ETHNIC_MINORITY, Step.MERIT, Step.FEMALE, Step.SUBJECT_ID);
        assertThat(policy.order().get(0).anchor()).startsWith("Luật Thi đua, khen thưởng 06/2022/QH15, Điều 5 khoản 2");
        assertThat(policy.defaults()).isEmpty();
    }

    @Test
    void rejectsAnUnknownStepNamingTheLine() {
        List<RuleProblem> problems = problems(Policies.text().replace("step: FEMALE", "step: WOMEN_FIRST"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("ranking/policy.yaml");
            assertThat(p.line()).isEqualTo(lineOf("WOMEN_FIRST"));
            assertThat(p.message()).contains("WOMEN_FIRST");
        });
    }

    @Test
    void rejectsAnUnknownField() {
        List<RuleProblem> problems = problems(Policies.text().replace("  consecutiveYear:", "  consecutiveYears:"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("merit.consecutiveYears: unknown field");
            assertThat(p.line()).isEqualTo(lineOf("consecutiveYear:"));
        });
    }

    @Test
    void rejectsAnOrderThatDoesNotEndWithTheSubjectIdTieBreak() {
        String text = Policies.text().replace("  - step: SUBJECT_ID\n    anchor: \"Policy [P]: a stable final tie-break,"
                + " ascending subject id, so the input order never matters\"\n", "");

        assertThat(problems(text)).extracting(RuleProblem::message)
                .containsExactly("the last step must be SUBJECT_ID, so that no two candidates tie");
    }

    @Test
    void rejectsNegativePointsAndADefaultWithBothLimits() {
        String text = Policies.text().replace("consecutiveYear:\n    points: 5", "consecutiveYear:\n    points: -5")
                .replace("defaults: []", """
                        defaults:
                          - award: CHIEN_SI_THI_DUA_CO_SO
                            unitLevel: COMMUNE
                            maxCount: 2
                            maxPercent: 15
                            ofAward: LAO_DONG_TIEN_TIEN
                            reference: "NĐ 91/2017"
                        """);

        assertThat(problems(text)).extracting(RuleProblem::message).containsExactly("consecutiveYear points must be 0 or more",
                "defaults[0]: give maxCount or maxPercent, not both");
    }

    @Test
    void refusesAMissingPolicy() {
        assertThatThrownBy(() -> PolicyReader.read(null)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("ranking/policy.yaml: missing");
    }

    private static List<RuleProblem> problems(String text) {
        try {
            PolicyReader.read(text.getBytes(StandardCharsets.UTF_8));
        } catch (RuleSetException e) {
            return e.problems();
        }
        throw new AssertionError("the policy was accepted");
    }

    private static int lineOf(String text) {
        List<String> lines = Policies.text().replace("step: FEMALE", "step: WOMEN_FIRST").lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        return 0;
    }
}

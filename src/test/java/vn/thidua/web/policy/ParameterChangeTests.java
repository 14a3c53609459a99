package vn.thidua.web.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.eligibility.engine.RuleCatalogue;
import vn.thidua.web.policy.ParameterChange.Kind;

class ParameterChangeTests {

    private static RuleCatalogue.Parameter parameter(String name, Object value) {
        List<RuleCatalogue.DatedValue> values = value == null ? List.of()
                : List.of(new RuleCatalogue.DatedValue(LocalDate.of(2024, 1, 1), value, "ref", null, RuleCatalogue.Standing.IN_FORCE));
        return new RuleCatalogue.Parameter(name, "", false, null, values, Map.of());
    }

    @Test
    void readsTheKindFromTheValuesTheNameAndTheDocumentedChoices() {
        assertThat(ParameterChange.kind(parameter("advancedWorkerSharePercent", 50))).isEqualTo(Kind.PERCENT);
        assertThat(ParameterChange.kind(parameter("newRecruitMinMonths", 6))).isEqualTo(Kind.WHOLE);
        assertThat(ParameterChange.kind(parameter("shareStrictlyMore", true))).isEqualTo(Kind.YES_NO);
        assertThat(ParameterChange.kind(parameter("standard", "JUDGEMENT"))).isEqualTo(Kind.CHOICE);
        assertThat(ParameterChange.kind(parameter("minimumRating", null))).isEqualTo(Kind.CHOICE);
        assertThat(ParameterChange.kind(parameter("householdMinContributionVnd", null))).isEqualTo(Kind.WHOLE);
        assertThat(ParameterChange.kind(parameter("districtAuthorityUntil", "2025-06-30"))).isEqualTo(Kind.DATE);
        assertThat(ParameterChange.kind(parameter("disqualifyingSanctions", "GAMBLING FIRE_SAFETY"))).isEqualTo(Kind.TEXT);
    }

    @Test
    void checksATypedValueAgainstItsKindAndNamesTheField() {
        assertThat(ParameterChange.parse(Kind.PERCENT, " 60 ", "value", "x")).isEqualTo(60);
        assertThat(ParameterChange.parse(Kind.PERCENT, "100", "value", "x")).isEqualTo(100);
        assertRefused(() -> ParameterChange.parse(Kind.PERCENT, "101", "value", "x"), "value", "paramchange.error.percent");
        assertRefused(() -> ParameterChange.parse(Kind.PERCENT, "60.5", "value", "x"), "value", "paramchange.error.percent");
        assertRefused(() -> ParameterChange.parse(Kind.WHOLE, "-1", "value", "x"), "value", "paramchange.error.whole");
        assertThat(ParameterChange.parse(Kind.WHOLE, "134.000.000", "needed.householdMinContributionVnd", "x")).isEqualTo(134_000_000);
        assertThat(ParameterChange.parse(Kind.YES_NO, "false", "value", "x")).isEqualTo(false);
        assertRefused(() -> ParameterChange.parse(Kind.YES_NO, "maybe", "value", "x"), "value", "paramchange.error.yesNo");
        assertThat(ParameterChange.parse(Kind.CHOICE, "COMPUTED", "value", "standard")).isEqualTo("COMPUTED");
        assertRefused(() -> ParameterChange.parse(Kind.CHOICE, "SOMETIMES", "value", "standard"), "value", "paramchange.error.choice");
        assertRefused(() -> ParameterChange.parse(Kind.CHOICE, "", "needed.minimumRating", "minimumRating"), "needed.minimumRating",
                "paramchange.error.valueRequired");
        assertRefused(() -> ParameterChange.parse(Kind.DATE, "30/06/2025", "value", "x"), "value", "paramchange.error.date");
    }

    @Test
    void diffsTheAddedLinesWithTheirNumbersAndContext() {
        String before = String.join("\n", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        String after = String.join("\n", "a", "b", "c", "d", "e", "f", "g", "h", "X", "i", "j");
        ParameterChange.FileDiff diff = ParameterChange.diff("awards/x.params.yaml", before, after);

        assertThat(diff.added()).isEqualTo(1);
        assertThat(diff.removed()).isZero();
        assertThat(diff.lines()).extracting(ParameterChange.DiffLine::kind)
                .containsExactly("gap", "same", "same", "same", "added", "same", "same");
        assertThat(diff.lines().get(4)).isEqualTo(new ParameterChange.DiffLine(null, 9, "added", "X"));
        assertThat(diff.lines().get(5)).isEqualTo(new ParameterChange.DiffLine(9, 10, "same", "i"));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ParamsYamlText.Refused.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.key()).isEqualTo(key);
        });
    }
}

package vn.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.thidua.council.VoteRule.Comparison;
import vn.thidua.council.VoteRule.Denominator;

/** The arithmetic of a vote, apart from any rule file: integer comparisons at the boundaries. */
class CouncilVoteTests {

    private static VoteRule rule(String percent, Comparison comparison) {
        return new VoteRule(new BigDecimal(percent), comparison, Denominator.TOTAL_MEMBERS, BigDecimal.ZERO, true,
                LocalDate.of(2026, 1, 15), "test", null, false);
    }

    private static CouncilVote.Count count(VoteRule rule, int members, int agree) {
        return CouncilVote.count(rule, new CouncilVote.Tally(members, members, 0, 0, 0, agree));
    }

    @Test
    void meetsEightyPercentExactlyAtEveryMultipleOfFive() {
        for (int members = 5; members <= 200; members += 5) {
            int agree = members * 4 / 5;
            assertThat(count(rule("80", Comparison.AT_LEAST), members, agree).approved()).as("%d of %d", agree, members).isTrue();
            assertThat(count(rule("80", Comparison.AT_LEAST), members, agree - 1).approved()).as("%d of %d", agree - 1, members)
                    .isFalse();
        }
    }

    @Test
    void meetsNinetyPercentExactlyAtEveryMultipleOfTen() {
        for (int members = 10; members <= 300; members += 10) {
            int agree = members * 9 / 10;
            assertThat(count(rule("90", Comparison.AT_LEAST), members, agree).approved()).isTrue();
            assertThat(count(rule("90", Comparison.AT_LEAST), members, agree - 1).approved()).isFalse();
        }
    }

    @Test
    void decidesTheSameAsExactFractionsForEveryCouncilUpToSixty() {
        for (int members = 1; members <= 60; members++) {
            for (int agree = 0; agree <= members; agree++) {
                // agree / members >= 0.8  <=>  5 * agree >= 4 * members, in integers.
                assertThat(count(rule("80", Comparison.AT_LEAST), members, agree).approved()).isEqualTo(5 * agree >= 4 * members);
                assertThat(count(rule("50", Comparison.MORE_THAN), members, agree).approved()).isEqualTo(2 * agree > members);
                assertThat(count(rule("66.67", Comparison.AT_LEAST), members, agree).approved())
                        .isEqualTo(agree * 10000 >= 6667 * members);
            }
        }
    }

    @Test
    void showsThePercentageToThreeDecimals() {
        assertThat(count(rule("80", Comparison.AT_LEAST), 3, 2).percent()).isEqualByComparingTo("66.667");
        assertThat(count(rule("80", Comparison.AT_LEAST), 10, 8).percent()).isEqualByComparingTo("80.000");
    }

    @Test
    void approvesNothingWithoutAnyoneToCount() {
        VoteRule present = rule("50", Comparison.MORE_THAN).withDenominator(Denominator.PRESENT);
        CouncilVote.Count none = CouncilVote.count(present, new CouncilVote.Tally(5, 0, 0, 0, 0, 0));

        assertThat(none.denominator()).isZero();
        assertThat(none.percent()).isEqualByComparingTo("0");
        assertThat(none.approved()).isFalse();
    }

    @Test
    void roundsTheQuorumUpToWholeMembers() {
        VoteRule twoThirds = rule("50", Comparison.MORE_THAN).withQuorumPercent(new BigDecimal("66.67"));

        assertThat(CouncilVote.count(twoThirds, new CouncilVote.Tally(9, 6, 0, 0, 0, 6)).quorumRequired()).isEqualTo(7);
        assertThat(CouncilVote.count(twoThirds, new CouncilVote.Tally(9, 6, 0, 0, 0, 6)).quorumMet()).isFalse();
        assertThat(CouncilVote.count(twoThirds, new CouncilVote.Tally(9, 7, 0, 0, 0, 6)).quorumMet()).isTrue();
    }

    @Test
    void writesPercentagesWithoutTrailingZeros() {
        assertThat(ResultTexts.percent(new BigDecimal("80.000"), ',')).isEqualTo("80");
        assertThat(ResultTexts.percent(new BigDecimal("66.667"), ',')).isEqualTo("66,67");
        assertThat(ResultTexts.percent(new BigDecimal("87.500"), '.')).isEqualTo("87.5");
    }
}

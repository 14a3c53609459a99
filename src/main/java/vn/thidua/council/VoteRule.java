package vn.thidua.council;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.thidua.eligibility.Citation;

/**
 * The vote an award needs, as the rule set's parameters give it on the session date: the share of
 * agreeing votes ({@code percent}), how it is compared, what it is a share of, the quorum (0 = none)
 * and whether recused members stay in the denominator. {@code citation} is the threshold's, with its
 * instrument; {@code pending} when any of the values awaits legal review.
 */
public record VoteRule(BigDecimal percent, Comparison comparison, Denominator denominator, BigDecimal quorumPercent,
        boolean recusedCounted, LocalDate on, String ruleSetVersion, Citation citation, boolean pending) {

    /** "từ … % trở lên" or "quá …%" (a majority is more than half). */
    public enum Comparison { AT_LEAST, MORE_THAN }

    /**
     * All members of the council, present or not (the reading of NĐ 98/2023 Điều 30.7), or the members
     * who vote: present, or absent with a written opinion.
     */
    public enum Denominator { TOTAL_MEMBERS, PRESENT }

    public VoteRule withDenominator(Denominator other) {
        return new VoteRule(percent, comparison, other, quorumPercent, recusedCounted, on, ruleSetVersion, citation, pending);
    }

    public VoteRule withQuorumPercent(BigDecimal other) {
        return new VoteRule(percent, comparison, denominator, other, recusedCounted, on, ruleSetVersion, citation, pending);
    }

    public VoteRule withRecusedCounted(boolean other) {
        return new VoteRule(percent, comparison, denominator, quorumPercent, other, on, ruleSetVersion, citation, pending);
    }
}

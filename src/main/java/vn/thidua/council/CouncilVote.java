package vn.thidua.council;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of a council vote, in integers so that no boundary is lost to rounding: 8 of 10 is
 * exactly 80 %, and meets "from 80 % up". The percentage is shown to three decimals; the comparison
 * never uses it, only {@code agree × 100} against {@code threshold × denominator}.
 */
public final class CouncilVote {

    /** The members of the council as they stood for one dossier. */
    public record Tally(int members, int present, int absentWritten, int recused, int recusedVoting, int agree) {
    }

    /** What the vote gives: the denominator, the percentage, whether the quorum held and the outcome. */
    public record Count(int denominator, BigDecimal percent, int quorumRequired, boolean quorumMet, boolean approved) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CouncilVote() {
    }

    /**
     * Counts a vote under a rule. {@code recused} is every member who recused from the dossier,
     * {@code recusedVoting} those of them who were present or wrote; they are out of the denominator
     * only when the rule says recusals do not count.
     */
    public static Count count(VoteRule rule, Tally tally) {
        int denominator = switch (rule.denominator()) {
            case TOTAL_MEMBERS -> tally.members() - (rule.recusedCounted() ? 0 : tally.recused());
            case PRESENT -> tally.present() + tally.absentWritten() - (rule.recusedCounted() ? 0 : tally.recusedVoting());
        };
        // Quorum: members present in person, at least the share of all members; 0 asks for nobody.
        int quorumRequired = rule.quorumPercent().multiply(BigDecimal.valueOf(tally.members()))
                .divide(HUNDRED, 0, RoundingMode.CEILING).intValueExact();
        boolean quorumMet = tally.present() >= quorumRequired;
        BigDecimal agreed = BigDecimal.valueOf(tally.agree()).multiply(HUNDRED);
        BigDecimal needed = rule.percent().multiply(BigDecimal.valueOf(denominator));
        int compared = agreed.compareTo(needed);
        boolean share = denominator > 0 && switch (rule.comparison()) {
            case AT_LEAST -> compared >= 0;
            case MORE_THAN -> compared > 0;
        };
        BigDecimal percent = denominator == 0 ? BigDecimal.ZERO.setScale(3)
                : agreed.divide(BigDecimal.valueOf(denominator), 3, RoundingMode.HALF_UP);
        return new Count(denominator, percent, quorumRequired, quorumMet, quorumMet && share);
    }
}

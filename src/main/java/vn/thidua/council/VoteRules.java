package vn.thidua.council;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Period;
import vn.thidua.eligibility.Citation;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.facts.Param;

/**
 * Reads an award's vote rule from the parameters of a rule set ({@code rules/awards/*.params.yaml}:
 * {@code councilVotePercent}, {@code councilVoteComparison}, {@code councilVoteDenominator},
 * {@code councilQuorumPercent}, {@code councilRecusedCounted}), resolved on the session date: the
 * vote is the procedure in force on the day the council votes, whatever the decision date of the run.
 */
public final class VoteRules {

    static final String PERCENT = "councilVotePercent";
    static final String COMPARISON = "councilVoteComparison";
    static final String DENOMINATOR = "councilVoteDenominator";
    static final String QUORUM = "councilQuorumPercent";
    static final String RECUSED = "councilRecusedCounted";
    private static final List<String> NAMES = List.of(PERCENT, COMPARISON, DENOMINATOR, QUORUM, RECUSED);

    private VoteRules() {
    }

    /** The award's vote rule on a date; empty when any of the five parameters has no value in force then. */
    public static Optional<VoteRule> of(RuleSet ruleSet, AwardCode award, LocalDate on) {
        Map<String, Param> values = new HashMap<>();
        for (Param p : ruleSet.resolve(new Period(on.getYear(), on, on)).values()) {
            if (p.getAward().equals(award.name()) && p.getSector() == null && NAMES.contains(p.getName())) {
                values.put(p.getName(), p);
            }
        }
        if (!values.keySet().containsAll(NAMES)) {
            return Optional.empty();
        }
        boolean pending = values.values().stream().anyMatch(p -> "PENDING".equals(ruleSet.citationOf(p).legalReview()));
        Citation citation = ruleSet.citationOf(values.get(PERCENT));
        return Optional.of(new VoteRule(decimal(values.get(PERCENT)),
                VoteRule.Comparison.valueOf(values.get(COMPARISON).getText()),
                VoteRule.Denominator.valueOf(values.get(DENOMINATOR).getText()), decimal(values.get(QUORUM)),
                values.get(RECUSED).isOn(), on, ruleSet.version(), citation, pending));
    }

    /** The names of the parameters a vote rule needs, for messages. */
    static List<String> names() {
        return NAMES;
    }

    private static BigDecimal decimal(Param p) {
        // From the text the file holds, never through a double: 80 stays 80, 66.67 stays 66.67.
        return new BigDecimal(p.getText());
    }
}

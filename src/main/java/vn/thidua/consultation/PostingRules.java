package vn.thidua.consultation;

import java.time.LocalDate;
import java.util.Optional;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Period;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.facts.Param;

/**
 * Reads an award's posting period from the parameters of a rule set ({@code rules/awards/*.params.yaml}:
 * {@value #NAME}), resolved on a date: the council's session date for a warning, the posting start
 * for the public page.
 */
public final class PostingRules {

    /** The parameter's name in every award's params.yaml. */
    public static final String NAME = "postingWorkingDays";

    private PostingRules() {
    }

    /** The award's posting period on a date; empty when the rule set has no value in force then (a version from before it existed). */
    public static Optional<PostingRule> of(RuleSet ruleSet, AwardCode award, LocalDate on) {
        for (Param p : ruleSet.resolve(new Period(on.getYear(), on, on)).values()) {
            if (p.getAward().equals(award.name()) && p.getSector() == null && NAME.equals(p.getName())) {
                int days;
                try {
                    days = Integer.parseInt(p.getText().strip());
                } catch (NumberFormatException e) {
                    days = -1;
                }
                if (days < 0) {
                    throw new IllegalStateException(award + "." + NAME + " in force on " + on + " is " + p.getText()
                            + ": a number of working days is a whole number of at least 0");
                }
                var citation = ruleSet.citationOf(p);
                return Optional.of(new PostingRule(award, days, on, ruleSet.version(), citation,
                        "PENDING".equals(citation.legalReview())));
            }
        }
        return Optional.empty();
    }
}

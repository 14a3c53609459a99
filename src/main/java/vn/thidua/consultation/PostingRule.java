package vn.thidua.consultation;

import java.time.LocalDate;

import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.Citation;

/**
 * How long a list proposing an award must stay posted before the council meets, as the rule set's
 * {@code postingWorkingDays} gives it on a date: working days (0 = no constraint), the value's
 * citation with its instrument, and whether it awaits legal review.
 */
public record PostingRule(AwardCode award, int workingDays, LocalDate on, String ruleSetVersion, Citation citation, boolean pending) {

    /** Whether the award must be posted at all. */
    public boolean required() {
        return workingDays > 0;
    }
}

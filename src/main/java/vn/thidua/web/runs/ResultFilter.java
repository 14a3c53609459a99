package vn.thidua.web.runs;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.eligibility.Outcome;

/** The results table's filters; a null filter matches everything. */
record ResultFilter(String unit, AwardCode award, Outcome outcome, PriorityGroup group) {

    boolean matches(ResultRow row) {
        return (unit == null || unit.isBlank() || unit.equals(row.unit()))
                && (award == null || award == row.award())
                && (outcome == null || outcome == row.outcome())
                && (group == null || row.groups().contains(group));
    }
}

package vn.thidua.web.runs;

import java.util.Set;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.eligibility.Outcome;

/** One line of the results table: a subject's decision for an award, with its unit and priority groups. */
record ResultRow(String subjectId, String name, String unit, String unitName, AwardCode award, Outcome outcome,
        boolean requiresCouncilJudgement, Set<PriorityGroup> groups, Boolean selected) {
}

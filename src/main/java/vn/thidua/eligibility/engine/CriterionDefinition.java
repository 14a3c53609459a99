package vn.thidua.eligibility.engine;

import java.util.Set;

import org.springframework.modulith.NamedInterface;

import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Citation;

/**
 * A criterion as the loaded rules declare it: which awards and subjects it applies to, its citation,
 * and whether failing it defers the award (suspension) rather than refusing it.
 *
 * @param award the award code, or null for a cross-cutting criterion of {@code rules/common}
 * @param branch the individual's criteria branch it is limited to, or null for every branch
 */
@NamedInterface("engine")
public record CriterionDefinition(String id, String award, Citation citation, Set<SubjectKind> subjects, String branch,
        boolean defers, String file, int line) {

    /** The same criterion with another citation (the one carrying its instrument). */
    CriterionDefinition withCitation(Citation other) {
        return new CriterionDefinition(id, award, other, subjects, branch, defers, file, line);
    }

    boolean appliesTo(String awardCode, SubjectKind kind, String subjectBranch) {
        return (award == null || award.equals(awardCode)) && subjects.contains(kind)
                && (branch == null || branch.equals(subjectBranch));
    }
}

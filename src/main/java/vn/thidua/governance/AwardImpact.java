package vn.thidua.governance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Citation;
import vn.thidua.eligibility.CriterionStatus;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.Text;

/**
 * The impact of a draft on one award: outcome counts before and after, the subjects who gain or
 * lose eligibility and those whose outcome changes otherwise, and the share of each priority group.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AwardImpact(
        AwardCode award,
        Map<Outcome, Integer> before,
        Map<Outcome, Integer> after,
        List<SubjectChange> gained,
        List<SubjectChange> lost,
        List<SubjectChange> changed,
        List<ShareMove> shares) {

    /**
     * One subject whose outcome changes; {@code before} or {@code after} is null when the subject
     * had no decision for the award on that side. {@code criteria} are the criteria whose result
     * changed: for a subject who loses eligibility, the criteria now not met say why.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubjectChange(String subjectId, SubjectKind subjectKind, String name, String unit, Outcome before,
            Outcome after, List<CriterionChange> criteria) {
    }

    /** A criterion whose result differs, with the explanation and citation of its new result. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CriterionChange(String criterion, CriterionStatus before, CriterionStatus after, Text explanation,
            Citation citation) {
    }

    /** A priority group's counts and percentages before and after (percentages absent when nothing to divide by). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ShareMove(PriorityGroup group, int candidatesBefore, int candidatesAfter, int eligibleBefore,
            int eligibleAfter, BigDecimal eligiblePercentBefore, BigDecimal eligiblePercentAfter, int selectedBefore,
            int selectedAfter, BigDecimal selectedPercentBefore, BigDecimal selectedPercentAfter) {
    }
}

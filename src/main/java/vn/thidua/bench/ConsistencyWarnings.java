package vn.thidua.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Collective;
import vn.thidua.eligibility.facts.Group;
import vn.thidua.eligibility.facts.Param;
import vn.thidua.eligibility.facts.Person;

/**
 * The warning codes {@code rules/common/consistency.drl} attaches to an individual's decisions. The
 * engine matches these rules for every proposal, so the reference checks them too: leaving them out
 * would flatter the reference. Only codes are produced; their facts are the engine's business.
 */
final class ConsistencyWarnings {

    private final Param absenceCap;
    private final Param dutyDisciplineFromYear;
    private final Set<String> unitsWithFailingCollective = new HashSet<>();

    ConsistencyWarnings(ReferenceParameters parameters, List<Collective> collectives, int year) {
        this.absenceCap = parameters.find(AwardCode.LAO_DONG_TIEN_TIEN, "absenceWorkingDaysRatingCap");
        this.dutyDisciplineFromYear = parameters.find(AwardCode.LAO_DONG_TIEN_TIEN, "dutyDisciplineMeansKhtnvFromYear");
        for (Collective collective : collectives) {
            if ("KHTNV".equals(new Group(collective, null, year, null).getRating())) {
                unitsWithFailingCollective.add(collective.unit());
            }
        }
    }

    /** Warnings raised on every award of the person, after {@code SUBJECT_TYPE_INFERRED} when the branch was inferred. */
    List<String> common(Person person, boolean branchInferred) {
        List<String> codes = new ArrayList<>(2);
        if (branchInferred) {
            codes.add("SUBJECT_TYPE_INFERRED");
        }
        // NĐ 90/2020: maternity leave is rated on the actual working time.
        if (person.isMaternityLeave() && "NOT_RATED".equals(person.getRating())) {
            codes.add("MATERNITY_NOT_RATED");
        }
        // NĐ 90/2020: absent three to under six months, rated but not HTT or above.
        if (absenceCap != null && "CBCCVC_NLD".equals(person.getBranch())
                && person.absenceWorkingDays() >= absenceCap.getIntValue() && person.isRatedGoodOrAbove()) {
            codes.add("ABSENCE_RATING_INCONSISTENT");
        }
        // NĐ 90/2020: a leader's HTXSNV needs every unit they directly manage rated HTNV or above.
        if (person.isLeader() && person.isRatedExcellent() && unitsWithFailingCollective.contains(person.getUnit())) {
            codes.add("LEADER_RATING_INCONSISTENT");
        }
        // NĐ 335/2025: a duty-related khiển trách or above in the rating year means KHTNV.
        if (dutyDisciplineFromYear != null && person.getYear() >= dutyDisciplineFromYear.getIntValue()
                && !person.disciplinesOfYear(true).isEmpty() && person.getRating() != null && !"KHTNV".equals(person.getRating())
                && (person.getRatingScheme() == null || "ND335_2025".equals(person.getRatingScheme()))) {
            codes.add("DISCIPLINE_RATING_INCONSISTENT");
        }
        return codes;
    }

    /** The warnings of a "Chiến sĩ thi đua cơ sở" decision: the common ones and a reused initiative (Điều 5 khoản 2). */
    List<String> grassrootsFighter(Person person, List<String> common) {
        if (person.alreadyUsedAsBasis(person.initiativesAtLeast("CO_SO")).isEmpty()) {
            return common;
        }
        List<String> codes = new ArrayList<>(common);
        codes.add("INITIATIVE_REUSED");
        return codes;
    }
}

package vn.thidua.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectType;
import vn.thidua.eligibility.facts.Facts;
import vn.thidua.eligibility.facts.Param;
import vn.thidua.eligibility.facts.Person;

/**
 * The award criteria of "Lao động tiên tiến" as {@code rules/awards/lao-dong-tien-tien.drl} states
 * them, one method per criterion, each giving the status and facts of the rule that would fire.
 */
final class AdvancedWorkerCriteria {

    private static final AwardCode AWARD = AwardCode.LAO_DONG_TIEN_TIEN;

    private final Param newRecruitMinMonths;
    private final Param transferCommentMinMonths;
    private final Param requireNoAdminSanction;

    AdvancedWorkerCriteria(ReferenceParameters parameters) {
        this.newRecruitMinMonths = parameters.find(AWARD, "newRecruitMinMonths");
        this.transferCommentMinMonths = parameters.find(AWARD, "transferCommentMinMonths");
        this.requireNoAdminSanction = parameters.find(AWARD, "requireNoAdminSanction");
    }

    /**
     * The branch criterion, the criteria of the person's branch (none when the branch is not known),
     * then the special cases, in the rule file's order.
     */
    List<ReferenceCriterion> criteria(Person person) {
        List<ReferenceCriterion> criteria = new ArrayList<>(6);
        criteria.add(branch(person));
        if (person.getBranch() == null) {
            // Neither branch's criteria apply until the subject type is given.
        } else if (SubjectType.CBCCVC_NLD.name().equals(person.getBranch())) {
            criteria.add(rating(person));
            criteria.add(attested("LDTT-A2", person, "SOLIDARITY_AND_EMULATION"));
            criteria.add(addOns(person));
        } else {
            criteria.add(attested("LDTT-B1", person, "PRODUCTIVE_LABOUR"));
            criteria.add(attested("LDTT-B2", person, "EXEMPLARY_LAW_ABIDING"));
        }
        criteria.add(newRecruit(person));
        criteria.add(transfer(person));
        return criteria;
    }

    // LDTT-T1, Điều 24: which standard applies; a pupil, student or religious dignitary without a subject
    // type is put in neither branch (docs/request-and-result.md §6.1.5).
    private static ReferenceCriterion branch(Person person) {
        return person.getBranch() != null
                ? ReferenceCriterion.met("LDTT-T1", Facts.of("year", person.getYear(), "subjectType", person.getBranch()))
                : ReferenceCriterion.needs("LDTT-T1", Facts.of("year", person.getYear(), "occupation", person.getOccupation()));
    }

    // Điều 24 khoản 1 điểm a: "Hoàn thành tốt nhiệm vụ trở lên". No rating recorded is missing evidence.
    private static ReferenceCriterion rating(Person person) {
        if (person.getRating() == null) {
            return ReferenceCriterion.needs("LDTT-A1", Facts.of("year", person.getYear()));
        }
        Map<String, Object> facts = Facts.of("year", person.getYear(), "rating", person.getRating());
        return person.isRatedGoodOrAbove() ? ReferenceCriterion.met("LDTT-A1", facts) : ReferenceCriterion.notMet("LDTT-A1", facts);
    }

    // Điều 24 khoản 1 điểm b (A2) and the branch B clauses (B1, B2): only the bình xét minutes attest them.
    private static ReferenceCriterion attested(String id, Person person, String kind) {
        String minutes = person.attestationRef(kind);
        return minutes != null ? ReferenceCriterion.met(id, Facts.of("year", person.getYear(), "minutesRef", minutes))
                : ReferenceCriterion.needs(id, Facts.of("year", person.getYear(), "attestation", kind));
    }

    // LDTT-A3: the province's additional conditions, each a switch off by default; today "no
    // administrative sanction in the year".
    private ReferenceCriterion addOns(Person person) {
        if (requireNoAdminSanction == null) {
            return ReferenceCriterion.unanswered("LDTT-A3");
        }
        if (!requireNoAdminSanction.isOn()) {
            return ReferenceCriterion.met("LDTT-A3", Facts.of("year", person.getYear(), "requireNoAdminSanction", requireNoAdminSanction));
        }
        List<String> sanctions = person.adminSanctionsOfYear();
        return sanctions.isEmpty()
                ? ReferenceCriterion.met("LDTT-A3", Facts.of("year", person.getYear(), "requireNoAdminSanction", requireNoAdminSanction))
                : ReferenceCriterion.notMet("LDTT-A3", Facts.of("year", person.getYear(), "sanctions", sanctions,
                        "requireNoAdminSanction", requireNoAdminSanction));
    }

    // LDTT-S1, TT 01/2024/TT-BNV: "Không xét tặng ... đối với các cá nhân mới tuyển dụng dưới 06 tháng."
    private ReferenceCriterion newRecruit(Person person) {
        if (newRecruitMinMonths == null) {
            return ReferenceCriterion.unanswered("LDTT-S1");
        }
        LocalDate recruited = person.getRecruitmentDate();
        if (recruited == null) {
            return ReferenceCriterion.met("LDTT-S1", Facts.of("year", person.getYear(), "recruitmentDate", null,
                    "minimumMonths", newRecruitMinMonths));
        }
        Map<String, Object> facts = Facts.of("year", person.getYear(), "recruitmentDate", recruited,
                "cutoffDate", person.getCutoffDate(), "minimumMonths", newRecruitMinMonths);
        return person.servedMonths(newRecruitMinMonths.getIntValue()) ? ReferenceCriterion.met("LDTT-S1", facts)
                : ReferenceCriterion.notMet("LDTT-S1", facts);
    }

    // LDTT-S6: after 06 months or more at the old unit, its written comment is required; missing is INCOMPLETE.
    private ReferenceCriterion transfer(Person person) {
        if (transferCommentMinMonths == null) {
            return ReferenceCriterion.unanswered("LDTT-S6");
        }
        int months = transferCommentMinMonths.getIntValue();
        List<Map<String, Object>> needing = person.transfersNeedingComment(months);
        if (needing.isEmpty()) {
            return ReferenceCriterion.met("LDTT-S6", Facts.of("year", person.getYear(), "minimumMonths", transferCommentMinMonths));
        }
        if (!person.transferCommentMissing(months)) {
            return ReferenceCriterion.met("LDTT-S6", Facts.of("year", person.getYear(), "minimumMonths", transferCommentMinMonths,
                    "transfers", needing));
        }
        return ReferenceCriterion.needs("LDTT-S6", Facts.of("year", person.getYear(), "minimumMonths", transferCommentMinMonths,
                "previousUnits", person.unitsMissingComment(months), "transfers", needing));
    }
}

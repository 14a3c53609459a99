package vn.thidua.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.facts.Facts;
import vn.thidua.eligibility.facts.Param;
import vn.thidua.eligibility.facts.Person;

/**
 * The award criteria of "Chiến sĩ thi đua cơ sở" as {@code rules/awards/chien-si-thi-dua-co-so.drl}
 * states them, reading the same year's "Lao động tiên tiến" outcome rather than recomputing it.
 */
final class GrassrootsFighterCriteria {

    private final Param requireExcellentAndInitiative;
    private final Param councilVotePercent;

    GrassrootsFighterCriteria(ReferenceParameters parameters) {
        this.requireExcellentAndInitiative = parameters.find(AwardCode.CHIEN_SI_THI_DUA_CO_SO, "requireExcellentAndInitiative");
        this.councilVotePercent = parameters.find(AwardCode.CHIEN_SI_THI_DUA_CO_SO, "councilVotePercent");
    }

    List<ReferenceCriterion> criteria(Person person, Outcome advancedWorker) {
        List<ReferenceCriterion> criteria = new ArrayList<>(4);
        criteria.add(advancedWorker(person, advancedWorker));
        criteria.add(requireExcellentAndInitiative == null ? ReferenceCriterion.unanswered("CSCS-C2")
                : requireExcellentAndInitiative.isOn() ? draftAchievement(person) : achievement(person));
        criteria.add(councilVote(person));
        return criteria;
    }

    // NĐ 98/2023 Điều 30 khoản 7: the council's ballot; met only when the title of the year is recorded.
    private ReferenceCriterion councilVote(Person person) {
        if (person.hasTitle(AwardCode.CHIEN_SI_THI_DUA_CO_SO.name(), person.getYear())) {
            return ReferenceCriterion.met("CSCS-C3", Facts.of("year", person.getYear()));
        }
        return councilVotePercent == null ? ReferenceCriterion.unanswered("CSCS-C3")
                : ReferenceCriterion.judgement("CSCS-C3", Facts.of("year", person.getYear(), "votePercent", councilVotePercent));
    }

    // Điều 23 khoản 1: "Đạt tiêu chuẩn danh hiệu 'Lao động tiên tiến'"; an undecided LĐTT leaves it open.
    private static ReferenceCriterion advancedWorker(Person person, Outcome outcome) {
        Map<String, Object> facts = Facts.of("year", person.getYear(), "advancedWorker", outcome.name());
        return switch (outcome) {
            case ELIGIBLE -> ReferenceCriterion.met("CSCS-C1", facts);
            case NOT_ELIGIBLE -> ReferenceCriterion.notMet("CSCS-C1", facts);
            case DEFERRED, INCOMPLETE -> ReferenceCriterion.needs("CSCS-C1", facts);
        };
    }

    // Điều 23 khoản 2: "Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được cơ sở công nhận hoặc có đề tài
    // khoa học ... đã được nghiệm thu". Every path that holds contributes its facts, as each met rule fires.
    // An initiative without its recognition recorded leaves the criterion open (request-and-result.md §6.1.4).
    private ReferenceCriterion achievement(Person person) {
        boolean excellent = person.isRatedExcellent();
        List<String> initiatives = person.initiativesAtLeast("CO_SO");
        List<String> scienceWorks = person.acceptedScienceWorks("CO_SO");
        List<String> unrecognized = person.unrecognizedInitiativesAtLeast("CO_SO");
        if (!excellent && initiatives.isEmpty() && scienceWorks.isEmpty() && !unrecognized.isEmpty()) {
            return ReferenceCriterion.needs("CSCS-C2", Facts.of("year", person.getYear(), "rating", person.getRating(),
                    "unrecognizedInitiatives", unrecognized, "requireExcellentAndInitiative", requireExcellentAndInitiative));
        }
        if (!excellent && initiatives.isEmpty() && scienceWorks.isEmpty()) {
            return person.getRating() == null
                    ? ReferenceCriterion.needs("CSCS-C2", Facts.of("year", person.getYear(),
                            "requireExcellentAndInitiative", requireExcellentAndInitiative))
                    : ReferenceCriterion.notMet("CSCS-C2", Facts.of("year", person.getYear(), "rating", person.getRating(),
                            "initiatives", initiatives, "scienceWorks", scienceWorks,
                            "requireExcellentAndInitiative", requireExcellentAndInitiative));
        }
        Map<String, Object> facts = Facts.of("year", person.getYear());
        if (excellent) {
            facts.put("rating", person.getRating());
        }
        if (!initiatives.isEmpty()) {
            facts.put("initiatives", initiatives);
        }
        if (!scienceWorks.isEmpty()) {
            facts.put("scienceWorks", scienceWorks);
        }
        facts.put("requireExcellentAndInitiative", requireExcellentAndInitiative);
        return ReferenceCriterion.met("CSCS-C2", facts);
    }

    // The draft amending law (docs/law.md §8.4): HTXSNV and an initiative, once the parameter switches it on.
    private ReferenceCriterion draftAchievement(Person person) {
        if (person.getRating() == null) {
            return ReferenceCriterion.needs("CSCS-C2", Facts.of("year", person.getYear(),
                    "requireExcellentAndInitiative", requireExcellentAndInitiative));
        }
        List<String> initiatives = person.initiativesAtLeast("CO_SO");
        List<String> unrecognized = person.unrecognizedInitiativesAtLeast("CO_SO");
        if (person.isRatedExcellent() && initiatives.isEmpty() && !unrecognized.isEmpty()) {
            return ReferenceCriterion.needs("CSCS-C2", Facts.of("year", person.getYear(), "rating", person.getRating(),
                    "unrecognizedInitiatives", unrecognized, "requireExcellentAndInitiative", requireExcellentAndInitiative));
        }
        Map<String, Object> facts = Facts.of("year", person.getYear(), "rating", person.getRating(), "initiatives", initiatives,
                "requireExcellentAndInitiative", requireExcellentAndInitiative);
        return person.isRatedExcellent() && !initiatives.isEmpty() ? ReferenceCriterion.met("CSCS-C2", facts)
                : ReferenceCriterion.notMet("CSCS-C2", facts);
    }
}

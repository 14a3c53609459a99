package vn.thidua.eligibility.engine;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Collective;
import vn.thidua.dossier.Gender;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.MemberSummary;
import vn.thidua.dossier.Rating;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.facts.MemberCounts;

/**
 * What collectives need to know about their members once the individuals are decided: a compact
 * record per member, so memory grows with the number of members, not with their dossiers.
 */
final class MemberIndex {

    private final Set<String> memberIds;
    private final int year;
    private final LocalDate cutoffDate;
    private final AwardCode advanced;
    private final AwardCode fighter;
    /** Per member, the status of the year for the awards the counts come from (LĐTT and CSTĐCS today). */
    private final Map<String, MemberCounts.Member> members = new HashMap<>();

    /** The awards counted are those {@code awards.yaml} gives the counts {@code advancedWorkers} and {@code emulationFighters}. */
    MemberIndex(Set<String> memberIds, int year, LocalDate cutoffDate, AwardTable awards) {
        this.memberIds = memberIds;
        this.year = year;
        this.cutoffDate = cutoffDate;
        this.advanced = awards.countedAs(AwardTable.ADVANCED_WORKERS);
        this.fighter = awards.countedAs(AwardTable.EMULATION_FIGHTERS);
    }

    boolean isMember(String individualId) {
        return memberIds.contains(individualId);
    }

    void record(Individual individual, Map<AwardCode, EligibilityDecision> decided) {
        if (!memberIds.contains(individual.id())) {
            return;
        }
        Boolean completed = null;
        for (Rating rating : individual.ratings()) {
            if (rating.year() == year) {
                completed = rating.level().isCompletedOrAbove();
            }
        }
        boolean warning = individual.disciplines().stream()
                .anyMatch(d -> d.decisionDate().getYear() == year && d.form().isWarningOrAbove());
        members.put(individual.id(), new MemberCounts.Member(individual.id(), status(individual, advanced, decided),
                status(individual, fighter, decided), completed, warning,
                individual.gender() == Gender.FEMALE, individual.recruitmentDate()));
    }

    /** A member holds a title of the year when titles record it or their own decision in this run is ELIGIBLE. */
    private String status(Individual individual, AwardCode award, Map<AwardCode, EligibilityDecision> decided) {
        if (individual.titles().stream().anyMatch(t -> t.code() == award && t.year() == year)) {
            return "HELD";
        }
        EligibilityDecision decision = decided.get(award);
        if (decision == null) {
            return "UNDECIDED";
        }
        return switch (decision.outcome()) {
            case ELIGIBLE -> "HELD";
            case NOT_ELIGIBLE -> "NOT_HELD";
            default -> "UNDECIDED";
        };
    }

    /** Counts over a collective's members, or from its memberSummary when it lists no members. */
    MemberCounts countsFor(Collective collective) {
        if (collective.members() == null) {
            MemberSummary s = collective.memberSummary();
            if (s == null) {
                return null;
            }
            int count = s.count();
            return new MemberCounts(count, value(s.advancedWorkers()), s.advancedWorkers() == null ? count : 0,
                    value(s.grassrootsEmulationFighters()), s.grassrootsEmulationFighters() == null ? count : 0,
                    Boolean.TRUE.equals(s.allCompletedTasks()) ? count : 0, s.allCompletedTasks() == null ? count : 0,
                    s.disciplinedWarningOrAbove(), value(s.femaleCount()));
        }
        List<MemberCounts.Member> listed = collective.members().stream().filter(members::containsKey).map(members::get).toList();
        return MemberCounts.of(listed, cutoffDate);
    }

    private static int value(Integer number) {
        return number == null ? 0 : number;
    }

}

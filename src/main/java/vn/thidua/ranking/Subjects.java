package vn.thidua.ranking;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Gender;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.MemberSummary;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.SubjectKind;

/**
 * The request's subjects by id, each with its priority groups. Individuals follow docs/request-and-result.md §6.
 * Collectives: GRASSROOTS when their unit is grassroots (a collective has no leader), DIFFICULT_AREA
 * from their unit, FEMALE with at least 70% women (NĐ 65/2014), counted from the members' genders
 * when every member's gender is known, else from {@code memberSummary.femaleCount}. Households:
 * ETHNIC_MINORITY from {@code ethnicMinority} and DIFFICULT_AREA from their unit. No other group
 * is derived: the request format has no field that says a collective or household produces directly.
 */
final class Subjects {

    private Subjects() {
    }

    static Map<String, Subject> index(EvaluationRequest request, UnitTree units) {
        Map<String, Subject> subjects = new HashMap<>();
        Map<String, Individual> people = new HashMap<>();
        for (Individual person : request.individuals()) {
            people.put(person.id(), person);
            subjects.put(person.id(), new Subject(person.id(), SubjectKind.INDIVIDUAL, person.unit(), groups(person, units),
                    person.ratings(), person.initiatives(), person.titles()));
        }
        for (Collective collective : request.collectives()) {
            subjects.put(collective.id(), new Subject(collective.id(), SubjectKind.COLLECTIVE, collective.unit(),
                    groups(collective, units, people), collective.ratings(), List.of(), collective.titles()));
        }
        for (Household household : request.households()) {
            Set<PriorityGroup> groups = area(household.unit(), units);
            if (Boolean.TRUE.equals(household.ethnicMinority())) {
                groups.add(PriorityGroup.ETHNIC_MINORITY);
            }
            subjects.put(household.id(), new Subject(household.id(), SubjectKind.HOUSEHOLD, household.unit(),
                    groups, List.of(), List.of(), household.titles()));
        }
        return subjects;
    }

    private static Set<PriorityGroup> groups(Individual person, UnitTree units) {
        Set<PriorityGroup> groups = area(person.unit(), units);
        if (Boolean.TRUE.equals(person.directProducer())) {
            groups.add(PriorityGroup.DIRECT_PRODUCER);
        }
        if (Boolean.TRUE.equals(person.ethnicMinority())) {
            groups.add(PriorityGroup.ETHNIC_MINORITY);
        }
        if (units.isGrassroots(person.unit()) && !Boolean.TRUE.equals(person.leader())) {
            groups.add(PriorityGroup.GRASSROOTS);
        }
        if (person.gender() == Gender.FEMALE) {
            groups.add(PriorityGroup.FEMALE);
        }
        return groups;
    }

    private static Set<PriorityGroup> groups(Collective collective, UnitTree units, Map<String, Individual> people) {
        Set<PriorityGroup> groups = area(collective.unit(), units);
        if (units.isGrassroots(collective.unit())) {
            groups.add(PriorityGroup.GRASSROOTS);
        }
        if (mostlyWomen(collective, people)) {
            groups.add(PriorityGroup.FEMALE);
        }
        return groups;
    }

    // "tập thể có tỷ lệ nữ từ 70% trở lên": female * 100 >= 70 * members, in whole numbers.
    private static boolean mostlyWomen(Collective collective, Map<String, Individual> people) {
        long women;
        long count;
        if (collective.members() != null) {
            List<Individual> members = collective.members().stream().map(people::get).toList();
            if (members.isEmpty() || members.stream().anyMatch(m -> m == null || m.gender() == null)) {
                return false;
            }
            women = members.stream().filter(m -> m.gender() == Gender.FEMALE).count();
            count = members.size();
        } else {
            MemberSummary summary = collective.memberSummary();
            if (summary == null || summary.femaleCount() == null || summary.count() == null || summary.count() == 0) {
                return false;
            }
            women = summary.femaleCount();
            count = summary.count();
        }
        return women * 100 >= 70 * count;
    }

    private static Set<PriorityGroup> area(String unit, UnitTree units) {
        Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
        if (units.difficulty(unit) != null) {
            groups.add(PriorityGroup.DIFFICULT_AREA);
        }
        return groups;
    }
}

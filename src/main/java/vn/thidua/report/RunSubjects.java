package vn.thidua.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.Occupation;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.dossier.Unit;
import vn.thidua.ranking.PriorityGroups;

/**
 * What a report needs of one run's request: each subject's kind, unit and focus groups, and the units
 * with their names and parents. Built once per run (runs never change) and kept by {@link RunSubjectCache}.
 */
record RunSubjects(Map<String, Profile> subjects, Map<String, UnitInfo> units) {

    /**
     * A subject as the report counts it: its kind and unit, its focus groups as bits of {@link FocusGroup},
     * and, for Biểu 0603's rows of individuals, whether it holds a leading post or is an entrepreneur.
     */
    record Profile(SubjectKind kind, String unit, int groups, boolean leader, boolean entrepreneur) {

        boolean in(FocusGroup group) {
            return (groups & group.bit()) != 0;
        }
    }

    /** A unit of the request: its name and its parent (null at the top). */
    record UnitInfo(String name, String parent) {
    }

    static RunSubjects of(EvaluationRequest request) {
        Map<String, Set<PriorityGroup>> priority = PriorityGroups.of(request);
        Map<String, Profile> subjects = new HashMap<>();
        for (Individual person : request.individuals()) {
            int groups = groups(priority.get(person.id())) | occupation(person.occupation());
            subjects.put(person.id(), new Profile(SubjectKind.INDIVIDUAL, person.unit(), groups, Boolean.TRUE.equals(person.leader()),
                    person.occupation() == Occupation.ENTREPRENEUR));
        }
        for (Collective collective : request.collectives()) {
            subjects.put(collective.id(), new Profile(SubjectKind.COLLECTIVE, collective.unit(), groups(priority.get(collective.id())),
                    false, false));
        }
        for (Household household : request.households()) {
            subjects.put(household.id(), new Profile(SubjectKind.HOUSEHOLD, household.unit(), groups(priority.get(household.id())),
                    false, false));
        }
        Map<String, UnitInfo> units = new HashMap<>();
        for (Unit unit : request.units()) {
            units.put(unit.code(), new UnitInfo(unit.name(), unit.parent()));
        }
        return new RunSubjects(Map.copyOf(subjects), Map.copyOf(units));
    }

    private static int groups(Set<PriorityGroup> priority) {
        int bits = 0;
        for (FocusGroup group : FocusGroup.values()) {
            if (group.priorityGroup() != null && priority != null && priority.contains(group.priorityGroup())) {
                bits |= group.bit();
            }
        }
        return bits;
    }

    private static int occupation(Occupation occupation) {
        for (FocusGroup group : FocusGroup.values()) {
            if (occupation != null && group.occupation() == occupation) {
                return group.bit();
            }
        }
        return 0;
    }
}

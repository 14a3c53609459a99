package vn.thidua.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import vn.thidua.audit.RunOutline;
import vn.thidua.dossier.Occupation;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.SubjectKind;

/**
 * What a report needs of one run's request: each subject's kind, unit and focus groups, and the units
 * with their names and parents, from the run's outline (written with the run, or derived from the request
 * of a run stored before V28). Built once per run (runs never change) and kept by {@link RunSubjectCache}.
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

    /** A run's subjects and units from the outline written with it, or derived from its request ({@link RunOutline#of}). */
    static RunSubjects of(RunOutline outline) {
        Map<String, Profile> subjects = new HashMap<>();
        for (RunOutline.SubjectLine s : outline.subjects()) {
            int groups = groups(s.groups()) | (s.kind() == SubjectKind.INDIVIDUAL ? occupation(s.occupation()) : 0);
            subjects.put(s.id(), new Profile(s.kind(), s.unit(), groups, s.kind() == SubjectKind.INDIVIDUAL && s.leader(),
                    s.kind() == SubjectKind.INDIVIDUAL && s.occupation() == Occupation.ENTREPRENEUR));
        }
        Map<String, UnitInfo> units = new HashMap<>();
        for (RunOutline.UnitLine unit : outline.units()) {
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

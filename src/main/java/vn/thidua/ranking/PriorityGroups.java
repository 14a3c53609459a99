package vn.thidua.ranking;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.PriorityGroup;

/**
 * The priority groups of every subject of a request, read exactly as ranking reads them
 * (docs/request-and-result.md §6.3.3), whether or not the subject is ranked: for the reports that
 * count awards by group over the years.
 */
public final class PriorityGroups {

    private PriorityGroups() {
    }

    /** Each subject's groups by subject id; a subject in no group has an empty set. */
    public static Map<String, Set<PriorityGroup>> of(EvaluationRequest request) {
        Map<String, Set<PriorityGroup>> groups = new HashMap<>();
        Subjects.index(request, new UnitTree(request.units())).forEach((id, subject) -> groups.put(id, Set.copyOf(subject.groups())));
        return groups;
    }
}

package vn.thidua.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * What is read of a run's request after the run: its unit tree, and per subject its kind, unit,
 * occupation, leading post and priority groups (as the ranking reads them). Written with the run
 * ({@link RunOutlines}, V28) so that the report and the oversight scope need not read the request again;
 * for a run stored before, the same is derived from its request by {@link #of(EvaluationRequest)}.
 */
public record RunOutline(List<UnitLine> units, List<SubjectLine> subjects) {

    /** A unit of the request: code, name, and the code of the unit above it (null at the top). */
    public record UnitLine(String code, String name, String parent) {
    }

    /** A subject of the request; {@code occupation} null for collectives, households and when not given. */
    public record SubjectLine(String id, SubjectKind kind, String unit, Occupation occupation, boolean leader,
            Set<PriorityGroup> groups) {

        public SubjectLine {
            groups = Set.copyOf(groups);
        }
    }

    public RunOutline {
        units = List.copyOf(units);
        subjects = List.copyOf(subjects);
    }

    /** The outline of a request; a subject id or unit code given twice counts as its last (as the request is indexed). */
    public static RunOutline of(EvaluationRequest request) {
        Map<String, Set<PriorityGroup>> priority = PriorityGroups.of(request);
        Map<String, SubjectLine> subjects = new LinkedHashMap<>();
        for (Individual person : request.individuals()) {
            subjects.put(person.id(), new SubjectLine(person.id(), SubjectKind.INDIVIDUAL, person.unit(), person.occupation(),
                    Boolean.TRUE.equals(person.leader()), priority.getOrDefault(person.id(), Set.of())));
        }
        for (Collective collective : request.collectives()) {
            subjects.put(collective.id(), new SubjectLine(collective.id(), SubjectKind.COLLECTIVE, collective.unit(), null, false,
                    priority.getOrDefault(collective.id(), Set.of())));
        }
        for (Household household : request.households()) {
            subjects.put(household.id(), new SubjectLine(household.id(), SubjectKind.HOUSEHOLD, household.unit(), null, false,
                    priority.getOrDefault(household.id(), Set.of())));
        }
        Map<String, UnitLine> units = new LinkedHashMap<>();
        for (Unit unit : request.units()) {
            units.put(unit.code(), new UnitLine(unit.code(), unit.name(), unit.parent()));
        }
        return new RunOutline(new ArrayList<>(units.values()), new ArrayList<>(subjects.values()));
    }
}

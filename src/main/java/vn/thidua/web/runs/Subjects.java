package vn.thidua.web.runs;

import java.util.HashMap;
import java.util.Map;

import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.Unit;

/** Names and units of a request's subjects, by subject id, for tables that show people rather than ids. */
record Subjects(Map<String, String> names, Map<String, String> units, Map<String, String> unitNames) {

    static Subjects of(EvaluationRequest request) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        for (Individual person : request.individuals()) {
            names.put(person.id(), person.fullName());
            units.put(person.id(), person.unit());
        }
        for (Collective collective : request.collectives()) {
            names.put(collective.id(), collective.name());
            units.put(collective.id(), collective.unit());
        }
        for (Household household : request.households()) {
            names.put(household.id(), household.headName() == null ? household.id() : household.headName());
            units.put(household.id(), household.unit());
        }
        Map<String, String> unitNames = new HashMap<>();
        for (Unit unit : request.units()) {
            unitNames.put(unit.code(), unit.name());
        }
        return new Subjects(names, units, unitNames);
    }

    public String name(String subjectId) {
        return names.getOrDefault(subjectId, subjectId);
    }

    public String unit(String subjectId) {
        return units.getOrDefault(subjectId, "");
    }

    public String unitName(String code) {
        return unitNames.getOrDefault(code, code);
    }
}

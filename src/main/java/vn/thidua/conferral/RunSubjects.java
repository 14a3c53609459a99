package vn.thidua.conferral;

import java.util.HashMap;
import java.util.Map;

import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.Unit;
import vn.thidua.dossier.UnitLevel;

/** The subjects of a run's stored request as a decision names them: name, unit and the unit's level, in request order. */
final class RunSubjects {

    record Subject(int order, String name, String unitCode, String unitName, UnitLevel level) {
    }

    private final Map<String, Subject> subjects = new HashMap<>();
    private final String issuer;

    RunSubjects(EvaluationRequest request) {
        Map<String, Unit> units = new HashMap<>();
        request.units().forEach(u -> units.put(u.code(), u));
        int order = 0;
        for (Individual p : request.individuals()) {
            put(p.id(), order++, p.fullName(), p.unit(), units);
        }
        for (Collective c : request.collectives()) {
            put(c.id(), order++, c.name(), c.unit(), units);
        }
        for (Household h : request.households()) {
            put(h.id(), order++, h.headName() == null ? h.id() : "Hộ " + h.headName(), h.unit(), units);
        }
        issuer = request.units().stream().filter(u -> u.parent() == null || u.parent().isBlank()).map(Unit::name).findFirst()
                .orElse(null);
    }

    private void put(String id, int order, String name, String unit, Map<String, Unit> units) {
        Unit u = units.get(unit);
        subjects.put(id, new Subject(order, name, unit, u == null ? unit : u.name(), u == null ? null : u.level()));
    }

    /** The subject with this id, or null when the request has none. */
    Subject get(String id) {
        return subjects.get(id);
    }

    /** The name of the request's top unit (the one without a parent), or null. */
    String issuer() {
        return issuer;
    }
}

package vn.thidua.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.facts.Param;

/**
 * The parameter values in force for the request's period, as the loaded rule set resolves them, so
 * the reference uses the same thresholds as the rules rather than numbers of its own. Only general
 * values are kept: the parameters the two awards read have no sector values.
 */
final class ReferenceParameters {

    private final Map<String, Param> general = new HashMap<>();

    ReferenceParameters(List<Param> inForce) {
        for (Param param : inForce) {
            if (param.getSector() == null) {
                general.put(param.getAward() + "." + param.getName(), param);
            }
        }
    }

    /** The value in force, or null when the parameter has none yet (the rules joining on it then never fire). */
    Param find(AwardCode award, String name) {
        return general.get(award.name() + "." + name);
    }
}

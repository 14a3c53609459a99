package vn.thidua.eligibility.engine;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Period;
import vn.thidua.eligibility.facts.Param;

/**
 * An award's parameter file: the awards it depends on and its dated parameters.
 */
record AwardParameters(AwardCode award, List<AwardCode> dependsOn, Map<String, Parameter> parameters) {

    /** These parameters with one of them replaced. */
    AwardParameters with(Parameter parameter) {
        Map<String, Parameter> changed = new LinkedHashMap<>(parameters);
        changed.put(parameter.name(), parameter);
        return new AwardParameters(award, dependsOn, changed);
    }

    /** One dated parameter: values keyed by the date they take effect, with a reference per date. */
    record Parameter(String name, String description, boolean byDecisionDate, NavigableMap<LocalDate, Object> values,
            Map<LocalDate, String> references) {

        /** The value in force for the period, or null when none is in force yet. */
        Param resolve(String award, Period period) {
            LocalDate on = byDecisionDate ? period.decisionDate() : period.cutoffDate();
            Map.Entry<LocalDate, Object> entry = values.floorEntry(on);
            return entry == null ? null
                    : new Param(award, name, entry.getValue(), entry.getKey(), references.get(entry.getKey()));
        }

        /**
         * The same parameter holding one value from its first date on, as a scenario fixes it; the
         * reference says so, so the value is never mistaken for the law in force.
         */
        Parameter fixedAt(Object value) {
            LocalDate since = values.firstKey();
            return new Parameter(name, description, byDecisionDate, new TreeMap<>(Map.of(since, value)),
                    Map.of(since, "scenario override of " + name + ": " + value));
        }

        LocalDate relevantDate(Period period) {
            return byDecisionDate ? period.decisionDate() : period.cutoffDate();
        }
    }
}

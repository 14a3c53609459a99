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

    /** Every reference of every parameter, sectors included, keyed "name, date" or "name (sector), date". */
    Map<String, String> references() {
        Map<String, String> all = new LinkedHashMap<>();
        parameters.forEach((name, p) -> {
            p.references().forEach((date, reference) -> all.put(award + "." + name + ", " + date, reference));
            p.sectors().forEach((sector, s) -> s.references().forEach((date, reference) ->
                    all.put(award + "." + name + " (" + sector + "), " + date, reference)));
        });
        return all;
    }

    /** These parameters with one of them replaced. */
    AwardParameters with(Parameter parameter) {
        Map<String, Parameter> changed = new LinkedHashMap<>(parameters);
        changed.put(parameter.name(), parameter);
        return new AwardParameters(award, dependsOn, changed);
    }

    /**
     * One dated parameter: values keyed by the date they take effect, with a reference per date and,
     * for a value whose reading awaits legal review, its review status ({@code PENDING}) by date.
     * {@code neededWhen} (empty for most) names the option of the same file under which the rules need
     * the parameter, e.g. {@code standard: COMPUTED}: such a parameter may have no values while the
     * option is off, and the reader refuses the file when the option is on without them.
     */
    record Parameter(String name, String description, boolean byDecisionDate, NavigableMap<LocalDate, Object> values,
            Map<LocalDate, String> references, Map<LocalDate, String> reviews, Map<String, Parameter> sectors,
            Map<String, Object> neededWhen) {

        /**
         * Whether the rules need this parameter under the options in force: always, unless it names
         * an option by {@code neededWhen} and that option does not hold the named value.
         */
        boolean neededUnder(Map<String, Object> optionsInForce) {
            return neededWhen.entrySet().stream().allMatch(
                    when -> String.valueOf(when.getValue()).equals(String.valueOf(optionsInForce.get(when.getKey()))));
        }

        /**
         * The values in force for the period: the general one (null when none is in force yet) and one
         * per sector that has a value in force.
         */
        List<Param> resolve(String award, Period period) {
            LocalDate on = relevantDate(period);
            Map<String, Map.Entry<LocalDate, Object>> bySector = new java.util.TreeMap<>();
            sectors.forEach((sector, values) -> {
                Map.Entry<LocalDate, Object> entry = values.values().floorEntry(on);
                if (entry != null) {
                    bySector.put(sector, entry);
                }
            });
            List<Param> resolved = new java.util.ArrayList<>();
            Map.Entry<LocalDate, Object> general = values.floorEntry(on);
            if (general != null) {
                resolved.add(new Param(award, name, general.getValue(), general.getKey(), references.get(general.getKey()),
                        null, bySector.keySet()));
            }
            bySector.forEach((sector, entry) -> resolved.add(new Param(award, name, entry.getValue(), entry.getKey(),
                    sectors.get(sector).references().get(entry.getKey()), sector, java.util.Set.of())));
            return resolved;
        }

        /**
         * The same parameter holding one value from its first date on, or from {@code fallback} (the award's first
         * date) when that is earlier or it has none (a parameter awaiting the province's values), as a scenario fixes it; the
         * reference says so, so the value is never mistaken for the law in force.
         */
        Parameter fixedAt(Object value, LocalDate fallback) {
            // From the earlier of its own first date and the award's: a case that fixes an option and the values it
            // needs together gets them from the same date, even once the file has entered those values later.
            LocalDate since = values.isEmpty() || fallback.isBefore(values.firstKey()) ? fallback : values.firstKey();
            return new Parameter(name, description, byDecisionDate, new TreeMap<>(Map.of(since, value)),
                    Map.of(since, "scenario override of " + name + ": " + value), Map.of(), Map.of(), neededWhen);
        }

        LocalDate relevantDate(Period period) {
            return byDecisionDate ? period.decisionDate() : period.cutoffDate();
        }
    }
}

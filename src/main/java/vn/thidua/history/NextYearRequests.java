package vn.thidua.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.HouseholdMember;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.Period;
import vn.thidua.dossier.Proceeding;
import vn.thidua.dossier.Unit;

/**
 * Next year's request of a unit, to be filled in (docs/operations.md, "Next year's template"): the
 * subjects of the unit and the units below it as a previous request held them, for the following
 * year, keeping who they are and what lasts (ratings, initiatives and science works of earlier years,
 * titles, commendations, open proceedings) and leaving out what belongs to one year (attestations,
 * leaves, transfers, disciplines, sanctions, contributions, member counts, proposals, quotas).
 */
public final class NextYearRequests {

    private NextYearRequests() {
    }

    /** The units of the request that are {@code unit} or below it. */
    public static Set<String> covered(EvaluationRequest request, String unit) {
        Map<String, String> parents = new HashMap<>();
        request.units().forEach(u -> parents.put(u.code(), u.parent()));
        Set<String> covered = new HashSet<>();
        for (Unit u : request.units()) {
            Set<String> seen = new HashSet<>();
            for (String at = u.code(); at != null && seen.add(at); at = parents.get(at)) {
                if (at.equals(unit)) {
                    covered.add(u.code());
                    break;
                }
            }
        }
        return covered;
    }

    /** The ids of the subjects of {@code unit} and below it, individuals, collectives, then households. */
    public static List<String> subjects(EvaluationRequest request, String unit) {
        Set<String> covered = covered(request, unit);
        List<String> ids = new ArrayList<>();
        request.individuals().stream().filter(p -> covered.contains(p.unit())).forEach(p -> ids.add(p.id()));
        request.collectives().stream().filter(c -> covered.contains(c.unit())).forEach(c -> ids.add(c.id()));
        request.households().stream().filter(h -> covered.contains(h.unit())).forEach(h -> ids.add(h.id()));
        return ids;
    }

    /**
     * The request of {@code unit} for the year after {@code previous}'s, its history completed from
     * {@code entries} (the register's entries of those subjects before that year; the register wins as
     * in an evaluation, and the warnings are not kept). The period's dates are left to their defaults.
     */
    public static EvaluationRequest forUnit(EvaluationRequest previous, String unit, List<RegisteredAward> entries) {
        Set<String> covered = covered(previous, unit);
        Set<String> kept = new LinkedHashSet<>(covered);
        Map<String, Unit> byCode = new HashMap<>();
        previous.units().forEach(u -> byCode.put(u.code(), u));
        // The units above it too, so that every parent named is in the request.
        String above = parent(byCode, unit);
        while (above != null && kept.add(above)) {
            above = parent(byCode, above);
        }
        List<Unit> units = previous.units().stream().filter(u -> kept.contains(u.code())).toList();
        List<Individual> individuals = previous.individuals().stream().filter(p -> covered.contains(p.unit()))
                .map(NextYearRequests::individual).toList();
        Set<String> people = new HashSet<>(individuals.stream().map(Individual::id).toList());
        List<Collective> collectives = previous.collectives().stream().filter(c -> covered.contains(c.unit()))
                .map(c -> new Collective(c.id(), c.name(), c.unit(), c.ratings(), List.of(),
                        c.members() == null ? null : c.members().stream().filter(people::contains).toList(), null, c.titles(),
                        c.commendations(), open(c.pendingProceedings()), null))
                .toList();
        List<Household> households = previous.households().stream().filter(h -> covered.contains(h.unit()))
                .map(h -> new Household(h.id(), h.unit(), h.headName(), h.ethnicMinority(),
                        h.members().stream().map(m -> new HouseholdMember(m.name(), null, null, null, null, List.of())).toList(),
                        List.of(), List.of(), h.titles(), h.commendations(), null))
                .toList();
        EvaluationRequest next = new EvaluationRequest(previous.schemaVersion(), new Period(previous.period().year() + 1, null, null),
                units, individuals, collectives, households, List.of());
        return HistoryCompletion.complete(next, entries).request();
    }

    private static String parent(Map<String, Unit> units, String code) {
        Unit unit = units.get(code);
        return unit == null ? null : unit.parent();
    }

    private static Individual individual(Individual p) {
        return new Individual(p.id(), p.fullName(), p.unit(), p.gender(), p.birthYear(), p.ethnicity(), p.ethnicMinority(),
                p.subjectType(), p.occupation(), p.directProducer(), p.leader(), p.recruitmentDate(), p.ratings(), List.of(), List.of(),
                List.of(), List.of(), open(p.pendingProceedings()), List.of(), p.initiatives(), p.scienceWorks(), p.titles(),
                p.commendations(), null);
    }

    // A proceeding still open (no closing date) is still open next year; a closed one is over.
    private static List<Proceeding> open(List<Proceeding> proceedings) {
        return proceedings.stream().filter(p -> p.closedOn() == null).toList();
    }
}

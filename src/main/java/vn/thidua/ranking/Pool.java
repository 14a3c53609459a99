package vn.thidua.ranking;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Outcome;

/** The run's decisions by award, each with its subject, so that a quota finds the candidates under its unit. */
final class Pool {

    /** A decision and the subject it is about. */
    record Decided(Subject subject, EligibilityDecision decision) {
    }

    private final UnitTree units;
    private final Map<AwardCode, Map<String, List<Decided>>> byAwardAndUnit = new EnumMap<>(AwardCode.class);

    Pool(Map<String, Subject> subjects, List<EligibilityDecision> decisions, UnitTree units) {
        this.units = units;
        for (EligibilityDecision decision : decisions) {
            Subject subject = subjects.get(decision.subjectId());
            if (subject != null) {
                byAwardAndUnit.computeIfAbsent(decision.award(), a -> new HashMap<>())
                        .computeIfAbsent(subject.unit(), u -> new ArrayList<>()).add(new Decided(subject, decision));
            }
        }
    }

    /** Decisions for the award of subjects working in the unit or a unit below it, unit by unit. */
    List<Decided> under(AwardCode award, String unit) {
        Map<String, List<Decided>> byUnit = byAwardAndUnit.getOrDefault(award, Map.of());
        List<Decided> found = new ArrayList<>();
        for (String covered : units.covered(unit)) {
            found.addAll(byUnit.getOrDefault(covered, List.of()));
        }
        return found;
    }

    /** docs/request-and-result.md §6: the number of candidates under the unit whose decision for the award is ELIGIBLE. */
    int eligibleUnder(AwardCode award, String unit) {
        return (int) under(award, unit).stream().filter(d -> d.decision().outcome() == Outcome.ELIGIBLE).count();
    }

    UnitTree units() {
        return units;
    }
}

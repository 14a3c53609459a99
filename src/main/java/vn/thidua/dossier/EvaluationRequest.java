package vn.thidua.dossier;

import java.util.List;

/**
 * An evaluation request (docs/request-and-result.md §1), validated and immutable. Lists are never
 * null: an absent list is empty.
 */
public record EvaluationRequest(
        @Required @Range(min = 1, max = 1) Integer schemaVersion,
        @Required Period period,
        List<Unit> units,
        List<Individual> individuals,
        List<Collective> collectives,
        List<Household> households,
        List<Quota> quotas) {

    public EvaluationRequest {
        units = Lists.of(units);
        individuals = Lists.of(individuals);
        collectives = Lists.of(collectives);
        households = Lists.of(households);
        quotas = Lists.of(quotas);
    }

    /** A part of this request's subjects, with its period and units and without quotas: what is evaluated of it at a time. */
    public EvaluationRequest part(List<Individual> individuals, List<Collective> collectives, List<Household> households) {
        return new EvaluationRequest(schemaVersion, period, units, individuals, collectives, households, List.of());
    }

    /** This request with other collectives (the same ones completed from the register). */
    public EvaluationRequest withCollectives(List<Collective> collectives) {
        return new EvaluationRequest(schemaVersion, period, units, individuals, collectives, households, quotas);
    }

    /** Number of subjects (individuals, collectives and households) in the request. */
    public int subjectCount() {
        return individuals.size() + collectives.size() + households.size();
    }
}

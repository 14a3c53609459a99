package vn.thidua.bench;

import java.util.List;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Individual;

/**
 * The like-for-like request of the overhead measurement: the same individuals, each proposed for
 * "Lao động tiên tiến" and "Chiến sĩ thi đua cơ sở" only, without collectives, households or quotas,
 * so the engine and the reference do the same decisions and nothing else.
 */
public final class PairRequest {

    private static final List<AwardCode> PAIR = List.of(AwardCode.LAO_DONG_TIEN_TIEN, AwardCode.CHIEN_SI_THI_DUA_CO_SO);

    private PairRequest() {
    }

    /** The request restricted to the two awards; the individuals' evidence lists are shared, not copied. */
    public static EvaluationRequest of(EvaluationRequest request) {
        List<Individual> individuals = request.individuals().stream().map(PairRequest::proposedForPair).toList();
        return new EvaluationRequest(request.schemaVersion(), request.period(), request.units(), individuals, List.of(),
                List.of(), List.of());
    }

    private static Individual proposedForPair(Individual i) {
        return new Individual(i.id(), i.fullName(), i.unit(), i.gender(), i.birthYear(), i.ethnicity(), i.ethnicMinority(),
                i.subjectType(), i.occupation(), i.directProducer(), i.leader(), i.recruitmentDate(), i.ratings(),
                i.attestations(), i.leaves(), i.transfers(), i.disciplines(), i.pendingProceedings(), i.adminSanctions(),
                i.initiatives(), i.scienceWorks(), i.titles(), i.commendations(), PAIR);
    }
}

package vn.thidua.bench;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.Period;
import vn.thidua.dossier.SubjectType;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.facts.Person;

/**
 * A plain-Java evaluator of "Lao động tiên tiến" and "Chiến sĩ thi đua cơ sở" for individuals, written
 * only so the bench command can time it beside the rule engine on the same request and report the
 * engine's overhead as a ratio (issue 9). It is never used to decide anything: the rule files are the
 * law as this product applies it, and this class follows them by hand, so a rule change that is not
 * copied here makes it wrong, which {@code ReferenceEvaluatorTests} then reports.
 * <p>
 * It does comparable work to the engine's full trace: every criterion with its status and facts in
 * the catalogue's order, the outcome by the same precedence, and the consistency warnings. It reads
 * the same facts classes ({@link Person}) and the parameter values the rule set resolves, so the ratio
 * measures matching, agenda and session costs, not different date arithmetic. It renders no
 * explanation texts and looks up no conferring authority, which the engine does: the ratio is
 * therefore an upper bound of what Drools itself costs.
 */
public final class ReferenceEvaluator {

    private final RuleSet ruleSet;

    public ReferenceEvaluator(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /**
     * Decisions for the two awards of every individual who is proposed for them (or for nothing, which
     * means every award not decided only when proposed), LĐTT before CSTĐCS as the engine emits them.
     * Collectives and households are not evaluated; their collectives only feed the leader warning. An
     * empty request gives no decisions.
     */
    public List<ReferenceDecision> evaluate(EvaluationRequest request) {
        Period period = request.period();
        ReferenceParameters parameters = new ReferenceParameters(ruleSet.resolve(period).values());
        AdvancedWorkerCriteria advancedWorker = new AdvancedWorkerCriteria(parameters);
        GrassrootsFighterCriteria grassrootsFighter = new GrassrootsFighterCriteria(parameters);
        SuspensionCriterion suspension = new SuspensionCriterion(period.decisionDate());
        ConsistencyWarnings warnings = new ConsistencyWarnings(parameters, request.collectives(), period.year());
        List<ReferenceDecision> decisions = new ArrayList<>(request.individuals().size() * 2);
        for (Individual individual : request.individuals()) {
            boolean emitAdvanced = emitted(individual, AwardCode.LAO_DONG_TIEN_TIEN);
            boolean emitFighter = emitted(individual, AwardCode.CHIEN_SI_THI_DUA_CO_SO);
            if (!emitAdvanced && !emitFighter) {
                continue;
            }
            SubjectType branch = branch(individual);
            Person person = new Person(individual, branch, period.year(), period.cutoffDate());
            ReferenceCriterion suspended = suspension.criterion(individual);
            List<String> common = warnings.common(person, individual.subjectType() == null && branch != null);
            List<ReferenceCriterion> advancedCriteria = advancedWorker.criteria(person);
            advancedCriteria.add(suspended);
            // CSTĐCS depends on the same year's LĐTT, decided even when only CSTĐCS is proposed.
            ReferenceDecision advanced = ReferenceDecision.decide(individual.id(), AwardCode.LAO_DONG_TIEN_TIEN,
                    advancedCriteria, common);
            if (emitAdvanced) {
                decisions.add(advanced);
            }
            if (emitFighter) {
                List<ReferenceCriterion> fighterCriteria = grassrootsFighter.criteria(person, advanced.outcome());
                fighterCriteria.add(suspended);
                decisions.add(ReferenceDecision.decide(individual.id(), AwardCode.CHIEN_SI_THI_DUA_CO_SO, fighterCriteria,
                        warnings.grassrootsFighter(person, common)));
            }
        }
        return decisions;
    }

    /** Proposed for the award, or proposed for nothing and the award is not one {@code awards.yaml} decides only when proposed. */
    private boolean emitted(Individual individual, AwardCode award) {
        return individual.proposedAwards() == null ? !ruleSet.awards().evaluatedOnlyWhenProposed(award)
                : individual.proposedAwards().contains(award);
    }

    /**
     * The engine's reading of an individual without a subject type: its occupation, by {@code subject-types.yaml};
     * null for an occupation from which no branch is inferred.
     */
    private SubjectType branch(Individual individual) {
        if (individual.subjectType() != null) {
            return individual.subjectType();
        }
        return ruleSet.subjectTypes().inferredBranch(individual.occupation());
    }
}

package vn.thidua.eligibility;

import java.util.List;
import java.util.function.Consumer;

import vn.thidua.dossier.Collective;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.Individual;

/**
 * An evaluation fed its subjects in parts, for a request too large to hold in memory: every
 * individual first, then every collective, then every household; decisions go to the sink in the
 * order an evaluation of the whole request gives them. Parts out of that order are refused
 * (IllegalStateException).
 */
public interface EvaluationInParts {

    /** Evaluates the next individuals. */
    void individuals(List<Individual> individuals, Consumer<EligibilityDecision> sink);

    /** Evaluates the next collectives, once every individual has been. */
    void collectives(List<Collective> collectives, Consumer<EligibilityDecision> sink);

    /** Evaluates the next households, once every individual and collective has been. */
    void households(List<Household> households, Consumer<EligibilityDecision> sink);

    /** Ends the evaluation: the run's own warnings. */
    List<Warning> finish();
}

package vn.thidua.scheduling.solver;

import java.util.Comparator;

/**
 * Which dossiers the construction heuristic places first (the most difficult): the earliest
 * deadline, then the longest review. Urgent dossiers get the early sessions before others fill them.
 */
public class DossierDifficulty implements Comparator<Dossier> {

    private static final Comparator<Dossier> EASIEST_FIRST = Comparator.comparing(Dossier::getDeadline).reversed()
            .thenComparingInt(Dossier::getMinutes)
            .thenComparing(Dossier::getId);

    @Override
    public int compare(Dossier a, Dossier b) {
        return EASIEST_FIRST.compare(a, b);
    }
}

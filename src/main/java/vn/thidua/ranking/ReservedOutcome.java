package vn.thidua.ranking;

import vn.thidua.dossier.PriorityGroup;
import vn.thidua.eligibility.Text;

/**
 * What became of a reserved share: the places it asks for ({@code ceil(minShare × places filled / 100)}),
 * the group's eligible and selected candidates, how many were promoted into the selection, whether
 * it is honoured, and why not when it is not.
 */
public record ReservedOutcome(PriorityGroup group, int minShare, int required, int eligible, int selected, int promoted,
        boolean honoured, Text reason) {
}

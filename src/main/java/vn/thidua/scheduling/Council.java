package vn.thidua.scheduling;

import vn.thidua.dossier.Range;
import vn.thidua.dossier.Required;

/** The council as a whole: the share of its members a session needs, in percent (a [U] parameter, docs/law.md §7). */
public record Council(@Required @Range(min = 0, max = 100) Integer quorumPercent) {

    /** ceil(quorumPercent × size / 100), in integer arithmetic. */
    public int quorum(int size) {
        return (quorumPercent * size + 99) / 100;
    }
}

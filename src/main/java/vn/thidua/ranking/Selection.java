package vn.thidua.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.Reserved;

/**
 * Who takes a quota's places among the ranked eligible candidates: the best-ranked ones, then, for
 * each reserved share in the quota's order, the best-ranked eligible members of the group replace
 * the lowest-ranked selected non-members until the share is reached. The places reserved are
 * {@code ceil(minShare × selected places / 100)}, the smallest count that is "từ minShare% trở lên"
 * of the places filled. A selected candidate never gives way when that would take another reserved
 * group below its own share.
 */
final class Selection {

    /** Why a reserved share fell short. */
    enum Shortfall {
        NONE, TOO_FEW_ELIGIBLE, NO_PLACE_TO_GIVE
    }

    /** What became of one reserved share. */
    record ReservedResult(Reserved reserved, int required, int eligible, int selected, int promoted, Shortfall shortfall) {
    }

    private final List<Candidate> ranked;
    private final boolean[] selected;
    private final PriorityGroup[] promotedFor;
    private final int[] gaveWayTo;
    private final int taken;
    private final Map<PriorityGroup, Integer> required = new EnumMap<>(PriorityGroup.class);
    private final Map<PriorityGroup, Integer> inSelection = new EnumMap<>(PriorityGroup.class);
    private final List<ReservedResult> results = new ArrayList<>();

    private Selection(List<Candidate> ranked, int places) {
        this.ranked = ranked;
        this.taken = Math.min(places, ranked.size());
        this.selected = new boolean[ranked.size()];
        this.promotedFor = new PriorityGroup[ranked.size()];
        this.gaveWayTo = new int[ranked.size()];
        Arrays.fill(selected, 0, taken, true);
        Arrays.fill(gaveWayTo, -1);
    }

    /** Selects among {@code ranked} (eligible candidates, best first) for {@code places} places. */
    static Selection of(List<Candidate> ranked, int places, List<Reserved> reserved) {
        Selection selection = new Selection(ranked, places);
        for (Reserved share : reserved) {
            selection.required.put(share.group(), (int) Rounding.CEILING.divide((long) share.minShare() * selection.taken, 100));
            selection.inSelection.put(share.group(), selection.count(share.group(), true));
        }
        for (Reserved share : reserved) {
            selection.honour(share);
        }
        return selection;
    }

    private void honour(Reserved share) {
        PriorityGroup group = share.group();
        int promoted = 0;
        Shortfall shortfall = Shortfall.NONE;
        int next = 0;
        while (inSelection.get(group) < required.get(group)) {
            while (next < ranked.size() && (selected[next] || !ranked.get(next).in(group))) {
                next++;
            }
            if (next == ranked.size()) {
                shortfall = Shortfall.TOO_FEW_ELIGIBLE;
                break;
            }
            int out = lowestThatCanGiveWay(group);
            if (out < 0) {
                shortfall = Shortfall.NO_PLACE_TO_GIVE;
                break;
            }
            swap(out, next, group);
            promoted++;
        }
        results.add(new ReservedResult(share, required.get(group), count(group, false), inSelection.get(group), promoted,
                shortfall));
    }

    private int lowestThatCanGiveWay(PriorityGroup group) {
        for (int i = ranked.size() - 1; i >= 0; i--) {
            if (selected[i] && !ranked.get(i).in(group) && !protectedByShare(ranked.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private boolean protectedByShare(Candidate candidate) {
        return required.entrySet().stream()
                .anyMatch(share -> candidate.in(share.getKey()) && inSelection.get(share.getKey()) <= share.getValue());
    }

    private void swap(int out, int in, PriorityGroup group) {
        selected[out] = false;
        selected[in] = true;
        promotedFor[in] = group;
        gaveWayTo[out] = in;
        inSelection.replaceAll((g, n) -> n - (ranked.get(out).in(g) ? 1 : 0) + (ranked.get(in).in(g) ? 1 : 0));
    }

    private int count(PriorityGroup group, boolean selectedOnly) {
        int n = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).in(group) && (!selectedOnly || selected[i])) {
                n++;
            }
        }
        return n;
    }

    boolean selected(int index) {
        return selected[index];
    }

    /** The group whose reserved share brought the candidate in, or null. */
    PriorityGroup promotedFor(int index) {
        return promotedFor[index];
    }

    /** The index of the candidate this one gave its place to, or -1. */
    int gaveWayTo(int index) {
        return gaveWayTo[index];
    }

    /** The places filled: the quota's places, or every eligible candidate when they are fewer. */
    int taken() {
        return taken;
    }

    List<ReservedResult> results() {
        return results;
    }
}

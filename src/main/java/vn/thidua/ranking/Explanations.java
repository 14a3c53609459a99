package vn.thidua.ranking;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.dossier.PriorityGroup;
import vn.thidua.eligibility.Text;

/**
 * Picks the reason of each ranked eligible candidate: why selected (within the quota, ahead of the
 * first candidate left out, or under a reserved share) or why not (outside the quota, after whom
 * and on which step, or giving way to a reserved share), naming the step that decided.
 */
final class Explanations {

    private final List<Candidate> ranked;
    private final Selection selection;
    private final int places;
    private final Ordering ordering;
    private final int[] firstOutBelow;
    private final int[] lastInAbove;
    private final int[] selectedAbove;
    private final List<Candidate> selectedInOrder = new ArrayList<>();

    Explanations(List<Candidate> ranked, Selection selection, int places, Ordering ordering) {
        this.ranked = ranked;
        this.selection = selection;
        this.places = places;
        this.ordering = ordering;
        this.firstOutBelow = new int[ranked.size()];
        this.lastInAbove = new int[ranked.size()];
        this.selectedAbove = new int[ranked.size()];
        for (int i = ranked.size() - 1, out = -1; i >= 0; i--) {
            firstOutBelow[i] = out;
            out = selection.selected(i) ? out : i;
        }
        for (int i = 0, in = -1; i < ranked.size(); i++) {
            lastInAbove[i] = in;
            selectedAbove[i] = selectedInOrder.size();
            if (selection.selected(i)) {
                in = i;
                selectedInOrder.add(ranked.get(i));
            }
        }
    }

    Text reason(int index) {
        return selection.selected(index) ? whySelected(index) : whyNot(index);
    }

    private Text whySelected(int index) {
        Candidate self = ranked.get(index);
        int rank = index + 1;
        PriorityGroup group = selection.promotedFor(index);
        if (group != null) {
            Selection.ReservedResult share = selection.results().stream()
                    .filter(r -> r.reserved().group() == group).findFirst().orElseThrow();
            return RankingTexts.promoted(rank, group, share.reserved().minShare(), selection.taken(), share.required());
        }
        if (selection.taken() == ranked.size()) {
            return RankingTexts.everyoneFits(places, rank);
        }
        int out = firstOutBelow[index];
        if (out < 0) {
            return RankingTexts.within(places, rank);
        }
        Candidate firstOut = ranked.get(out);
        Step step = ordering.decisive(self, firstOut);
        return RankingTexts.aheadOf(places, rank, self, firstOut, step, sameScore(step, List.of(self), firstOut));
    }

    private Text whyNot(int index) {
        Candidate self = ranked.get(index);
        int rank = index + 1;
        int promoted = selection.gaveWayTo(index);
        if (promoted >= 0) {
            return RankingTexts.gaveWay(places, rank, ranked.get(promoted), selection.promotedFor(promoted));
        }
        int last = lastInAbove[index];
        if (last < 0) {
            return RankingTexts.noPlaceLeft(places, rank);
        }
        Candidate cutoff = ranked.get(last);
        Step step = ordering.decisive(cutoff, self);
        // In a lexicographic order the steps shared with a candidate only shrink going up the ranking,
        // so every selected candidate above was decided on the same step when the top one was.
        List<Candidate> ahead = selectedInOrder.subList(0, selectedAbove[index]);
        if (ordering.decisive(ahead.get(0), self) != step) {
            return RankingTexts.belowCutoff(places, rank, self, cutoff, step, sameScore(step, List.of(cutoff), self));
        }
        return RankingTexts.after(places, rank, self, ahead, step, sameScore(step, ahead, self));
    }

    // Worth saying when a priority step decided between candidates whose scores are equal.
    private static boolean sameScore(Step step, List<Candidate> these, Candidate other) {
        return step != Step.MERIT && step != Step.WEIGHTED_SCORE && step != Step.SUBJECT_ID
                && these.stream().allMatch(c -> c.score() == other.score());
    }
}

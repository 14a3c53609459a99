package vn.thidua.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.eligibility.Citation;

/**
 * The citations of one run stored with {@link DecisionStore#CITED} documents: each distinct citation once,
 * keyed by the order in which the run's decisions first cite it (0, 1, 2, ...), with the seq of that first
 * decision. A run's decisions may arrive in several batches: the citations of earlier batches are loaded
 * first, and only those cited for the first time are new.
 */
final class RunCitations {

    /** A citation as stored: its key, the decision that first cited it, and the citation. */
    record Entry(int key, int decisionSeq, Citation citation) {
    }

    private final Map<Citation, Integer> keys = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Entry> added = new ArrayList<>();

    RunCitations() {
    }

    /** The citations stored before, in key order. */
    RunCitations(List<Entry> stored) {
        for (Entry entry : stored) {
            if (entry.key() != entries.size()) {
                throw new IllegalStateException("citation keys of a run must run 0, 1, 2, ...: found " + entry.key()
                        + " after " + entries.size() + " citations");
            }
            keys.put(entry.citation(), entry.key());
            entries.add(entry);
        }
    }

    /** The key of a citation, given the next key (and remembered as new) when decision {@code decisionSeq} cites it first. */
    int key(Citation citation, int decisionSeq) {
        Integer key = keys.get(citation);
        if (key != null) {
            return key;
        }
        Entry entry = new Entry(entries.size(), decisionSeq, citation);
        keys.put(citation, entry.key());
        entries.add(entry);
        added.add(entry);
        return entry.key();
    }

    /** The citation with this key; a clear error naming the key when the run has none. */
    Citation citation(int key) {
        if (key < 0 || key >= entries.size()) {
            throw new IllegalStateException("a criteria document cites citation " + key + ", the run has "
                    + entries.size() + " citations (evaluation_citation)");
        }
        return entries.get(key).citation();
    }

    /** The citations cited for the first time since the last call, in key order; forgets them. */
    List<Entry> takeAdded() {
        List<Entry> taken = List.copyOf(added);
        added.clear();
        return taken;
    }
}

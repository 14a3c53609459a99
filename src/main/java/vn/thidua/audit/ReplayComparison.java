package vn.thidua.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a run's stored rows with the rows a replay would store, column by column, and describes
 * each difference by subject, award and criterion. Lists at most {@value #LIMIT} differences.
 */
final class ReplayComparison {

    static final int LIMIT = 200;

    private final List<String> differences = new ArrayList<>();
    private int omitted;

    void add(String difference) {
        if (differences.size() < LIMIT) {
            differences.add(difference);
        } else {
            omitted++;
        }
    }

    /** Compares decision rows by seq, and the criterion rows of each decision by (decision seq, seq). */
    void decisions(List<List<String>> stored, List<List<String>> replayed,
            List<List<String>> storedCriteria, List<List<String>> replayedCriteria) {
        if (stored.size() != replayed.size()) {
            add("stored " + stored.size() + " decisions, the replay gives " + replayed.size());
        }
        for (int i = 0; i < Math.min(stored.size(), replayed.size()); i++) {
            rows(label(stored.get(i)), RunColumns.DECISION, stored.get(i), replayed.get(i), 1);
        }
        Map<String, List<String>> replayedByKey = byKey(replayedCriteria);
        Map<String, List<String>> storedByKey = byKey(storedCriteria);
        for (Map.Entry<String, List<String>> entry : storedByKey.entrySet()) {
            List<String> other = replayedByKey.get(entry.getKey());
            String label = criterionLabel(stored, entry.getValue());
            if (other == null) {
                add(label + ": stored, but the replay gives no such criterion");
            } else {
                rows(label, RunColumns.CRITERION, entry.getValue(), other, 2);
            }
        }
        for (Map.Entry<String, List<String>> entry : replayedByKey.entrySet()) {
            if (!storedByKey.containsKey(entry.getKey())) {
                add(criterionLabel(replayed, entry.getValue()) + ": given by the replay, but not stored");
            }
        }
    }

    private void rows(String label, List<RunColumns.Column> columns, List<String> stored, List<String> replayed, int from) {
        // An optional column without a value is left out of its row (RunColumns): it is the last one here.
        for (int c = from; c < Math.max(stored.size(), replayed.size()); c++) {
            String was = c < stored.size() ? stored.get(c) : null;
            String is = c < replayed.size() ? replayed.get(c) : null;
            if (!java.util.Objects.equals(was, is)) {
                add(label + ": " + columns.get(c).name() + " stored " + shorten(was) + ", replayed " + shorten(is));
            }
        }
    }

    private static Map<String, List<String>> byKey(List<List<String>> criteria) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (List<String> row : criteria) {
            map.put(row.get(0) + "/" + row.get(1), row);
        }
        return map;
    }

    private static String label(List<String> decision) {
        return decision.get(1) + " " + decision.get(3);
    }

    private static String criterionLabel(List<List<String>> decisions, List<String> criterion) {
        int seq = Integer.parseInt(criterion.get(0));
        String decision = seq < decisions.size() ? label(decisions.get(seq)) : "decision " + seq;
        return decision + " criterion " + criterion.get(2);
    }

    private static String shorten(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= 300 ? value : value.substring(0, 300) + "… (" + value.length() + " characters)";
    }

    List<String> differences() {
        List<String> all = new ArrayList<>(differences);
        if (omitted > 0) {
            all.add(omitted + " more differences not listed");
        }
        return all;
    }
}

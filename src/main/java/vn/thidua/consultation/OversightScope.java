package vn.thidua.consultation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.audit.RunOutlines;
import vn.thidua.dossier.Unit;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.evaluation.RunAccess;

/**
 * The units of a run a Fatherland Front account oversees: the units of its account and, in the run's
 * unit tree, every unit under them (a commune's committee oversees the commune's school, health station
 * and villages). An administrator oversees every unit. A run's unit tree never changes once stored: it
 * is read from the run's outline (written with it, V28), or from the request of a run stored before, and
 * kept for the most recently used runs.
 */
@Service
public class OversightScope {

    private static final int RUNS_KEPT = 32;

    private final EvaluationRuns runs;
    private final RunOutlines outlines;
    private final RunAccess access;
    private final Map<Long, Map<String, String>> parents = new LinkedHashMap<>(RUNS_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Map<String, String>> eldest) {
            return size() > RUNS_KEPT;
        }
    };

    OversightScope(EvaluationRuns runs, RunOutlines outlines, RunAccess access) {
        this.runs = runs;
        this.outlines = outlines;
        this.access = access;
    }

    /** Whether the user oversees some unit of the run: an OVERSIGHT account whose units the run names, or an administrator. */
    public boolean oversees(Account user, long runId) {
        return (user.has(Role.OVERSIGHT) || user.has(Role.ADMIN)) && access.sees(user, runId);
    }

    /** Whether the user oversees this unit of the run (see {@link #units}). */
    public boolean oversees(Account user, long runId, String unit) {
        return oversees(user, runId) && (user.seesAllUnits() || units(user, runId).contains(unit));
    }

    /**
     * The codes of the run's units the user oversees, its own and every unit under them; empty when the
     * user oversees none. For an administrator, every unit of the run.
     */
    public Set<String> units(Account user, long runId) {
        if (!oversees(user, runId)) {
            return Set.of();
        }
        Map<String, String> tree = tree(runId);
        if (user.seesAllUnits()) {
            return Set.copyOf(tree.keySet());
        }
        Set<String> overseen = new HashSet<>();
        for (String unit : tree.keySet()) {
            // Up the tree from the unit: overseen when it, or a unit above it, is one of the account's.
            Set<String> seen = new HashSet<>();
            for (String u = unit; u != null && seen.add(u); u = tree.get(u)) {
                if (user.units().contains(u)) {
                    overseen.add(unit);
                    break;
                }
            }
        }
        return Set.copyOf(overseen);
    }

    /** Each unit of the run's request with its parent (null at the top). */
    private Map<String, String> tree(long runId) {
        synchronized (parents) {
            Map<String, String> known = parents.get(runId);
            if (known != null) {
                return known;
            }
        }
        // Written with the run (V28); a run stored before has only its request to read the tree from.
        Map<String, String> tree = new HashMap<>();
        outlines.units(runId).ifPresentOrElse(units -> units.forEach(u -> tree.put(u.code(), u.parent())),
                () -> runs.request(runId).map(r -> r.units()).orElse(List.<Unit>of()).forEach(u -> tree.put(u.code(), u.parent())));
        synchronized (parents) {
            parents.put(runId, tree);
        }
        return tree;
    }
}

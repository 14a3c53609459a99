package vn.thidua.ranking;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.dossier.AreaDifficulty;
import vn.thidua.dossier.Unit;

/** The request's units as a tree through {@code parent}; a cycle in the data is walked once, never forever. */
final class UnitTree {

    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, Set<String>> covered = new HashMap<>();

    UnitTree(List<Unit> list) {
        for (Unit unit : list) {
            units.put(unit.code(), unit);
            if (unit.parent() != null) {
                children.computeIfAbsent(unit.parent(), p -> new ArrayList<>()).add(unit.code());
            }
        }
    }

    Unit get(String code) {
        return units.get(code);
    }

    /** docs/request-and-result.md §6: a quota's unit covers that unit and every unit below it through {@code parent}. */
    Set<String> covered(String code) {
        return covered.computeIfAbsent(code, c -> {
            Set<String> found = new LinkedHashSet<>();
            Deque<String> next = new ArrayDeque<>(List.of(c));
            while (!next.isEmpty()) {
                String unit = next.pop();
                if (found.add(unit)) {
                    next.addAll(children.getOrDefault(unit, List.of()));
                }
            }
            return Set.copyOf(found);
        });
    }

    /** docs/request-and-result.md §6: the unit's {@code areaDifficulty}, or the nearest ancestor's when it has none; null when none has one. */
    AreaDifficulty difficulty(String code) {
        Set<String> seen = new HashSet<>();
        for (Unit unit = units.get(code); unit != null && seen.add(unit.code()); unit = units.get(unit.parent())) {
            if (unit.areaDifficulty() != null) {
                return unit.areaDifficulty();
            }
        }
        return null;
    }

    boolean isGrassroots(String code) {
        Unit unit = units.get(code);
        return unit != null && unit.isGrassroots();
    }
}

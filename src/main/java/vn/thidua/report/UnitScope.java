package vn.thidua.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which units of a year a report covers, and the row of the "by unit" table each unit is counted in,
 * over the units of the year's runs (a later run's units win): with one unit asked for (or a user's one
 * unit), that unit and each unit directly below it, each row holding its own subtree; with several
 * units of a user, each of them; with every unit, the units at the top of each request's tree.
 */
final class UnitScope {

    private final Set<String> roots;
    private final List<RunSubjects> runs;
    private final Map<String, String> rows = new HashMap<>();
    private static final String OUTSIDE = "";

    /** {@code roots} null: every unit; {@code runs} newest first. */
    UnitScope(Set<String> roots, List<RunSubjects> runs) {
        this.roots = roots;
        this.runs = runs;
    }

    /** The row a unit is counted in, or null when the report does not cover it. */
    String row(String unit) {
        if (unit == null) {
            return roots == null ? OUTSIDE : null;
        }
        String row = rows.computeIfAbsent(unit, this::place);
        return row.isEmpty() && roots != null ? null : row;
    }

    private String place(String unit) {
        Set<String> seen = new HashSet<>();
        String below = null;
        String top = unit;
        for (String code = unit; code != null && seen.add(code); code = parent(code)) {
            if (roots != null && roots.contains(code)) {
                return roots.size() > 1 || below == null ? code : below;
            }
            below = code;
            top = code;
        }
        return roots == null ? top : OUTSIDE;
    }

    /** The unit's name as the newest run names it, or its code. */
    String name(String unit) {
        for (RunSubjects run : runs) {
            RunSubjects.UnitInfo info = run.units().get(unit);
            if (info != null) {
                return info.name();
            }
        }
        return unit;
    }

    private String parent(String unit) {
        for (RunSubjects run : runs) {
            RunSubjects.UnitInfo info = run.units().get(unit);
            if (info != null) {
                return info.parent();
            }
        }
        return null;
    }
}

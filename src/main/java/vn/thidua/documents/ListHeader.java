package vn.thidua.documents;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Unit;
import vn.thidua.dossier.UnitLevel;

/**
 * Whom a printed list is for and where it is made: the unit asked for (with every unit under it), or
 * else the request's top unit — all top units when the request spans several — and the place named
 * after the nearest commune, district or province of that unit ("UBND xã Đạ R'sal" → "Đạ R'sal").
 */
public record ListHeader(String issuer, String place, Set<String> units) {

    private static final Pattern ADMINISTRATIVE = Pattern.compile(
            "^(?i)(ủy ban nhân dân|uỷ ban nhân dân|ubnd)?\\s*(xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh)\\s+");

    /** The header of a list of {@code unitCode} (null or blank: the whole request); an unknown unit is refused. */
    public static ListHeader of(EvaluationRequest request, String unitCode) {
        Map<String, Unit> units = new HashMap<>();
        request.units().forEach(u -> units.put(u.code(), u));
        if (unitCode != null && !unitCode.isBlank()) {
            Unit unit = units.get(unitCode.strip());
            if (unit == null) {
                throw new IllegalArgumentException("unit: " + unitCode.strip() + " is not a unit of this request");
            }
            return new ListHeader(unit.name(), place(unit, units), under(unit.code(), request));
        }
        List<Unit> tops = request.units().stream().filter(u -> u.parent() == null || u.parent().isBlank()
                || !units.containsKey(u.parent())).toList();
        if (tops.size() == 1) {
            return new ListHeader(tops.get(0).name(), place(tops.get(0), units), null);
        }
        String places = tops.stream().map(u -> place(u, units)).distinct().count() == 1 && !tops.isEmpty() ? place(tops.get(0), units) : null;
        return new ListHeader(tops.isEmpty() ? null : tops.stream().map(Unit::name).collect(Collectors.joining("\n")), places, null);
    }

    /** Whether a subject of this unit belongs on the list: every unit when the list is for the whole request. */
    public boolean covers(String unitCode) {
        return units == null || units.contains(unitCode);
    }

    /** The issuer's name as printed in the heading, upper case. */
    String issuerHeading(Locale locale) {
        return issuer == null ? "" : issuer.toUpperCase(locale);
    }

    private static Set<String> under(String code, EvaluationRequest request) {
        Set<String> out = new HashSet<>();
        out.add(code);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Unit u : request.units()) {
                if (u.parent() != null && out.contains(u.parent()) && out.add(u.code())) {
                    grew = true;
                }
            }
        }
        return Set.copyOf(out);
    }

    /** The name of the nearest administrative unit at or above this one, without "UBND xã" and the like. */
    static String place(Unit unit, Map<String, Unit> units) {
        Unit at = unit;
        Set<String> seen = new HashSet<>();
        while (at != null && seen.add(at.code())) {
            if (at.level() == UnitLevel.COMMUNE || at.level() == UnitLevel.DISTRICT || at.level() == UnitLevel.PROVINCE) {
                return ADMINISTRATIVE.matcher(at.name().strip()).replaceFirst("");
            }
            at = at.parent() == null ? null : units.get(at.parent());
        }
        return null;
    }
}

package vn.thidua.dossier;

import static vn.thidua.dossier.JsonNodes.eachObject;
import static vn.thidua.dossier.JsonNodes.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Checks what the field types cannot: ids that repeat (reported at the second occurrence),
 * references to units, members and awards, awards and attestations meant for another kind of
 * subject, and facts that contradict their own shape (a leave that ends before it starts). Works on
 * the JSON tree so that it reports alongside type errors in the same pass.
 */
final class ReferenceValidator {

    /** The subject lists, in the order of their codes in {@link #subjects}. */
    private static final List<String> LISTS = List.of("individuals", "collectives", "households");
    private static final int INDEX_BITS = 29;

    private final List<FieldError> errors;
    private final Map<String, String> unitPaths = new HashMap<>();
    /**
     * Where each subject id was first seen, as its list and index in one int: a request of a million
     * subjects keeps a number per id here, not a path.
     */
    private final Map<String, Integer> subjects = new HashMap<>();

    ReferenceValidator(List<FieldError> errors) {
        this.errors = errors;
    }

    void validate(JsonNode root) {
        collectUnits(root.path("units"));
        checkUnitParents(root.path("units"));
        for (String list : LISTS) {
            JsonNode subjects = root.path(list);
            for (int i = 0; subjects.isArray() && i < subjects.size(); i++) {
                if (subjects.get(i).isObject()) {
                    collectSubject(list, subjects.get(i), i);
                }
            }
        }
        eachObject(root.path("individuals"), "individuals", this::checkIndividual);
        eachObject(root.path("collectives"), "collectives", this::checkCollective);
        eachObject(root.path("households"), "households", this::checkHousehold);
        eachObject(root.path("quotas"), "quotas", this::checkQuota);
    }

    /**
     * For a request read one subject at a time: the units and quotas of the request (its subject
     * lists are not needed here), before any subject.
     */
    void header(JsonNode header) {
        collectUnits(header.path("units"));
        checkUnitParents(header.path("units"));
        eachObject(header.path("quotas"), "quotas", this::checkQuota);
    }

    /**
     * For a request read one subject at a time: one subject of a list at its index. A collective's
     * members can only be checked once every individual is known: pass collectives again to
     * {@link #members} at the end.
     */
    void subject(String list, JsonNode subject, int index) {
        collectSubject(list, subject, index);
        String path = list + "[" + index + "]";
        switch (list) {
            case "individuals" -> checkIndividual(subject, path);
            case "households" -> checkHousehold(subject, path);
            default -> { }
        }
    }

    /** For a request read one subject at a time: a collective, after every subject has been passed to {@link #subject}. */
    void members(JsonNode collective, int index) {
        checkCollective(collective, "collectives[" + index + "]");
    }

    private void collectUnits(JsonNode units) {
        eachObject(units, "units", (unit, path) -> {
            String code = text(unit.get("code"));
            if (code != null) {
                String first = unitPaths.putIfAbsent(code, path);
                if (first != null) {
                    errors.add(new FieldError(path + ".code", "duplicate unit code \"" + code + "\"; first used at " + first));
                }
            }
        });
    }

    private void checkUnitParents(JsonNode units) {
        Map<String, String> parents = new HashMap<>();
        eachObject(units, "units", (unit, path) -> {
            String code = text(unit.get("code"));
            String parent = text(unit.get("parent"));
            if (parent != null) {
                if (!unitPaths.containsKey(parent)) {
                    errors.add(new FieldError(path + ".parent", "unknown unit \"" + parent + "\""));
                } else if (code != null) {
                    parents.put(code, parent);
                }
            }
        });
        eachObject(units, "units", (unit, path) -> {
            String code = text(unit.get("code"));
            // Only the units on the cycle are reported; a unit below a cycle is not its own ancestor.
            Set<String> seen = new HashSet<>();
            for (String at = parents.get(code); at != null && seen.add(at); at = parents.get(at)) {
                if (at.equals(code)) {
                    errors.add(new FieldError(path + ".parent", "unit \"" + code + "\" is its own ancestor"));
                    break;
                }
            }
        });
    }

    private void collectSubject(String list, JsonNode subject, int index) {
        String id = text(subject.get("id"));
        if (id == null) {
            return;
        }
        Integer first = subjects.putIfAbsent(id, LISTS.indexOf(list) << INDEX_BITS | index);
        if (first != null) {
            errors.add(new FieldError(list + "[" + index + "].id", "duplicate id \"" + id + "\"; first used at "
                    + LISTS.get(first >>> INDEX_BITS) + "[" + (first & ((1 << INDEX_BITS) - 1)) + "]"));
        }
    }

    private boolean isIndividual(String id) {
        Integer at = subjects.get(id);
        return at != null && at >>> INDEX_BITS == 0;
    }

    private void checkHousehold(JsonNode household, String path) {
        checkUnitRef(household.get("unit"), path + ".unit");
        checkAttestations(household.path("attestations"), SubjectKind.HOUSEHOLD, path);
        checkProposals(household.path("proposedAwards"), SubjectKind.HOUSEHOLD, path);
    }

    private void checkIndividual(JsonNode person, String path) {
        checkUnitRef(person.get("unit"), path + ".unit");
        uniqueYears(person.path("ratings"), path + ".ratings");
        checkAttestations(person.path("attestations"), SubjectKind.INDIVIDUAL, path);
        uniqueIds(person.path("initiatives"), path + ".initiatives");
        uniqueIds(person.path("scienceWorks"), path + ".scienceWorks");
        eachObject(person.path("transfers"), path + ".transfers", (transfer, at) -> {
            checkUnitRef(transfer.get("fromUnit"), at + ".fromUnit");
            checkUnitRef(transfer.get("toUnit"), at + ".toUnit");
            String from = text(transfer.get("fromUnit"));
            if (from != null && from.equals(text(transfer.get("toUnit")))) {
                errors.add(new FieldError(at + ".toUnit", "a transfer must go to another unit than \"" + from + "\""));
            }
        });
        eachObject(person.path("leaves"), path + ".leaves", (leave, at) -> ordered(leave, "from", "to", at));
        eachObject(person.path("pendingProceedings"), path + ".pendingProceedings",
                (proceeding, at) -> ordered(proceeding, "since", "closedOn", at));
        checkProposals(person.path("proposedAwards"), SubjectKind.INDIVIDUAL, path);
    }

    private void checkCollective(JsonNode collective, String path) {
        checkUnitRef(collective.get("unit"), path + ".unit");
        uniqueYears(collective.path("ratings"), path + ".ratings");
        checkAttestations(collective.path("attestations"), SubjectKind.COLLECTIVE, path);
        Map<String, Integer> seen = new HashMap<>();
        JsonNode members = collective.path("members");
        for (int i = 0; members.isArray() && i < members.size(); i++) {
            String id = text(members.get(i));
            String at = path + ".members[" + i + "]";
            if (id == null) {
                continue;
            }
            if (!isIndividual(id)) {
                errors.add(new FieldError(at, "unknown individual \"" + id + "\""));
            } else if (seen.putIfAbsent(id, i) != null) {
                errors.add(new FieldError(at, "member \"" + id + "\" is listed twice; first at members[" + seen.get(id) + "]"));
            }
        }
        JsonNode summary = collective.path("memberSummary");
        if (summary.isObject() && summary.path("count").isIntegralNumber() && summary.path("count").canConvertToLong()) {
            long count = summary.path("count").longValue();
            for (String field : List.of("advancedWorkers", "grassrootsEmulationFighters", "disciplinedWarningOrAbove", "femaleCount")) {
                JsonNode value = summary.path(field);
                if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() > count) {
                    errors.add(new FieldError(path + ".memberSummary." + field,
                            "number " + value.longValue() + " is larger than the member count " + count));
                }
            }
        }
        checkProposals(collective.path("proposedAwards"), SubjectKind.COLLECTIVE, path);
    }

    private void checkQuota(JsonNode quota, String path) {
        checkUnitRef(quota.get("unit"), path + ".unit");
        boolean count = quota.hasNonNull("maxCount");
        boolean percent = quota.hasNonNull("maxPercent");
        if (count == percent) {
            errors.add(new FieldError(path, count ? "give maxCount or maxPercent, not both" : "a quota needs maxCount or maxPercent"));
        }
        if (percent && !quota.hasNonNull("ofAward")) {
            errors.add(new FieldError(path + ".ofAward", "required field is missing: maxPercent counts the holders of another award"));
        }
        if (!percent && quota.hasNonNull("ofAward")) {
            errors.add(new FieldError(path + ".ofAward", "ofAward applies only with maxPercent"));
        }
        Set<String> groups = new HashSet<>();
        long total = 0;
        JsonNode reserved = quota.path("reserved");
        for (int i = 0; reserved.isArray() && i < reserved.size(); i++) {
            String group = text(reserved.get(i).get("group"));
            if (group != null && !groups.add(group)) {
                errors.add(new FieldError(path + ".reserved[" + i + "].group", "group " + group + " is reserved twice"));
            }
            JsonNode share = reserved.get(i).get("minShare");
            total += share != null && share.isIntegralNumber() ? share.longValue() : 0;
        }
        if (total > 100) {
            errors.add(new FieldError(path + ".reserved", "reserved shares add up to " + total + "%, more than 100%"));
        }
    }

    private void checkProposals(JsonNode proposals, SubjectKind kind, String path) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; proposals.isArray() && i < proposals.size(); i++) {
            String code = text(proposals.get(i));
            String at = path + ".proposedAwards[" + i + "]";
            if (code == null || !isAward(code)) {
                continue;
            }
            if (!AwardCode.valueOf(code).appliesTo(kind)) {
                errors.add(new FieldError(at, "award " + code + " is not given to a subject of kind " + kind));
            } else if (!seen.add(code)) {
                errors.add(new FieldError(at, "award " + code + " is proposed twice"));
            }
        }
    }

    /** The request format (docs/request-and-result.md §1.7) lists the attestation kinds of each subject; another kind is evidence no rule would read. */
    private void checkAttestations(JsonNode attestations, SubjectKind kind, String path) {
        for (int i = 0; attestations.isArray() && i < attestations.size(); i++) {
            String code = text(attestations.get(i).get("kind"));
            if (code != null && isAttestationKind(code) && !AttestationKind.valueOf(code).appliesTo(kind)) {
                errors.add(new FieldError(path + ".attestations[" + i + "].kind", "attestation " + code
                        + " is not for a subject of kind " + kind + "; expected one of " + AttestationKind.of(kind).stream()
                                .map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
    }

    private void checkUnitRef(JsonNode node, String path) {
        String code = text(node);
        if (code != null && !unitPaths.containsKey(code)) {
            errors.add(new FieldError(path, "unknown unit \"" + code + "\""));
        }
    }

    private void uniqueYears(JsonNode list, String path) {
        Map<Integer, Integer> years = new HashMap<>();
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            JsonNode year = list.get(i).path("year");
            if (year.isIntegralNumber() && year.canConvertToInt()) {
                Integer first = years.putIfAbsent(year.intValue(), i);
                if (first != null) {
                    errors.add(new FieldError(path + "[" + i + "].year", "a second entry for " + year.intValue()
                            + "; first at " + path.substring(path.lastIndexOf('.') + 1) + "[" + first + "]"));
                }
            }
        }
    }

    private void uniqueIds(JsonNode list, String path) {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            String id = text(list.get(i).get("id"));
            if (id != null) {
                Integer first = ids.putIfAbsent(id, i);
                if (first != null) {
                    errors.add(new FieldError(path + "[" + i + "].id", "duplicate id \"" + id + "\"; first at index " + first));
                }
            }
        }
    }

    private void ordered(JsonNode node, String startField, String endField, String path) {
        LocalDate start = date(node.get(startField));
        LocalDate end = date(node.get(endField));
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError(path + "." + endField, endField + " " + end + " is before " + startField + " " + start));
        }
    }

    private static boolean isAttestationKind(String code) {
        return Arrays.stream(AttestationKind.values()).anyMatch(k -> k.name().equals(code));
    }

    private static boolean isAward(String code) {
        for (AwardCode award : AwardCode.values()) {
            if (award.name().equals(code)) {
                return true;
            }
        }
        return false;
    }


    private static LocalDate date(JsonNode node) {
        try {
            return node != null && node.isString() ? LocalDate.parse(node.stringValue()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

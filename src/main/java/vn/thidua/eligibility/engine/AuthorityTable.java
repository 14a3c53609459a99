package vn.thidua.eligibility.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.UnitLevel;
import vn.thidua.eligibility.Authority;

/** The conferring authorities of {@code rules/authorities.yaml}: award × unit level × decision date. */
final class AuthorityTable {

    static final String FILE = "authorities.yaml";
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> FIELDS = Set.of("award", "levels", "from", "until", "vi", "en", "citation", "legalReview");

    /** One entry of the file: an award, the unit levels it covers (empty: any), the decision dates it covers, and who. */
    record Entry(AwardCode award, Set<UnitLevel> levels, LocalDate from, LocalDate until, Authority authority) {
    }

    private final List<Entry> entries;

    private AuthorityTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static AuthorityTable empty() {
        return new AuthorityTable(List.of());
    }

    /** The authority for an award, a unit level (null when unknown) and a decision date; null when none is listed. */
    Authority find(AwardCode award, UnitLevel level, LocalDate decisionDate) {
        for (Entry e : entries) {
            if (e.award() == award && (e.levels().isEmpty() || e.levels().contains(level))
                    && (e.from() == null || !decisionDate.isBefore(e.from()))
                    && (e.until() == null || !decisionDate.isAfter(e.until()))) {
                return e.authority();
            }
        }
        return null;
    }

    /** An award's entries in the file's order, the order they are matched in. */
    List<Entry> entries(AwardCode award) {
        return entries.stream().filter(e -> e.award() == award).toList();
    }

    static AuthorityTable read(byte[] content, List<RuleProblem> problems) {
        JsonNode root;
        try {
            root = YAML.readTree(content);
        } catch (JacksonException e) {
            problems.add(new RuleProblem(FILE, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid YAML: " + e.getOriginalMessage()));
            return empty();
        }
        List<Entry> entries = new ArrayList<>();
        JsonNode list = root == null ? null : root.path("authorities");
        if (list == null || !list.isArray()) {
            problems.add(new RuleProblem(FILE, 0, "expected a list under authorities:"));
            return empty();
        }
        for (int i = 0; i < list.size(); i++) {
            Entry entry = entry(list.get(i), "authorities[" + i + "]: ", problems);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return new AuthorityTable(entries);
    }

    private static Entry entry(JsonNode node, String where, List<RuleProblem> problems) {
        for (String field : node.propertyNames()) {
            if (!FIELDS.contains(field)) {
                problems.add(new RuleProblem(FILE, 0, where + "unknown field " + field + "; expected one of " + FIELDS));
            }
        }
        try {
            AwardCode award = AwardCode.valueOf(node.path("award").asString(""));
            Set<UnitLevel> levels = new java.util.HashSet<>();
            for (JsonNode level : node.path("levels")) {
                levels.add(UnitLevel.valueOf(level.asString()));
            }
            String vi = node.path("vi").asString(null);
            String en = node.path("en").asString(null);
            String citation = node.path("citation").asString(null);
            if (vi == null || en == null || citation == null) {
                problems.add(new RuleProblem(FILE, 0, where + "needs vi, en and citation"));
                return null;
            }
            return new Entry(award, Set.copyOf(levels), date(node, "from"), date(node, "until"),
                    new Authority(vi, en, citation, node.path("legalReview").asString(null)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(new RuleProblem(FILE, 0, where + e.getMessage()));
            return null;
        }
    }

    private static LocalDate date(JsonNode node, String field) {
        return node.hasNonNull(field) ? LocalDate.parse(node.get(field).asString()) : null;
    }
}

package vn.thidua.eligibility.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Citation;
import vn.thidua.eligibility.Text;
import vn.thidua.system.YamlLines;

/**
 * The awards of {@code rules/awards.yaml}: for every award code of the request format, its names
 * (lists, pages and documents print them), its legal basis, and the choices about how it is
 * evaluated that are not criteria: whether it is decided only when proposed, and which count of a
 * collective's members it feeds (its members are then decided for it even when not proposed).
 */
public final class AwardTable {

    static final String FILE = "awards.yaml";

    /** The members holding "Lao động tiên tiến" of the year: {@code MemberCounts.advancedShare}. */
    public static final String ADVANCED_WORKERS = "advancedWorkers";
    /** The members holding "Chiến sĩ thi đua cơ sở" of the year: {@code MemberCounts.fightersAtLeast}. */
    public static final String EMULATION_FIGHTERS = "emulationFighters";
    /** The counts of the facts vocabulary ({@code MemberCounts}) that come from the members' own decisions. */
    static final List<String> MEMBER_COUNTS = List.of(ADVANCED_WORKERS, EMULATION_FIGHTERS);

    private static final List<String> FIELDS = List.of("name", "citation", "href", "legalReview", "evaluatedOnlyWhenProposed",
            "countedFromMembers");
    private static final List<String> CHOICE_FIELDS = List.of("citation", "href");
    private static final List<String> COUNT_FIELDS = List.of("count", "citation", "href");

    /** What the file says about one award; a choice not made is null. */
    private record Award(Text name, Citation citation, Citation onlyWhenProposed, String memberCount, Citation countedBecause) {
    }

    private final Map<AwardCode, Award> awards;
    private final Set<AwardCode> countedFromMembers;
    private final Map<String, AwardCode> byCount;

    private AwardTable(Map<AwardCode, Award> awards) {
        Map<AwardCode, Award> copy = new EnumMap<>(AwardCode.class);
        copy.putAll(awards);
        this.awards = Collections.unmodifiableMap(copy);
        Set<AwardCode> counted = EnumSet.noneOf(AwardCode.class);
        Map<String, AwardCode> byCount = new LinkedHashMap<>();
        awards.forEach((code, award) -> {
            if (award.memberCount() != null) {
                counted.add(code);
                byCount.putIfAbsent(award.memberCount(), code);
            }
        });
        this.countedFromMembers = Collections.unmodifiableSet(counted);
        this.byCount = Map.copyOf(byCount);
    }

    /** The award's name in Vietnamese and English; null for an award the file does not list. */
    public Text name(AwardCode award) {
        Award a = awards.get(award);
        return a == null ? null : a.name();
    }

    /** The award's name in English for an English locale, in Vietnamese otherwise; null for an award the file does not list. */
    public String name(AwardCode award, Locale locale) {
        Text name = name(award);
        return name == null ? null : "en".equals(locale.getLanguage()) ? name.en() : name.vi();
    }

    /** The award's legal basis; null for an award the file does not list. */
    public Citation citation(AwardCode award) {
        Award a = awards.get(award);
        return a == null ? null : a.citation();
    }

    /** Whether the award is decided only for subjects proposed for it, never for a subject proposed for nothing. */
    public boolean evaluatedOnlyWhenProposed(AwardCode award) {
        Award a = awards.get(award);
        return a != null && a.onlyWhenProposed() != null;
    }

    /** Why the award is decided only when proposed; null when it is decided by default too. */
    public Citation evaluatedOnlyWhenProposedBecause(AwardCode award) {
        Award a = awards.get(award);
        return a == null ? null : a.onlyWhenProposed();
    }

    /** The awards a collective's members are decided for in the same run, proposed or not, to count them. */
    public Set<AwardCode> countedFromMembers() {
        return countedFromMembers;
    }

    /** The award whose holders a member count ({@link #ADVANCED_WORKERS}, {@link #EMULATION_FIGHTERS}) counts; null when none. */
    public AwardCode countedAs(String count) {
        return byCount.get(count);
    }

    /** Why the members are counted for the award; null when they are not. */
    public Citation countedFromMembersBecause(AwardCode award) {
        Award a = awards.get(award);
        return a == null ? null : a.countedBecause();
    }

    /** Reads the file; {@code content} null gives an empty table (the loader has reported the file missing). */
    static AwardTable read(byte[] content, List<RuleProblem> problems) {
        if (content == null) {
            return new AwardTable(Map.of());
        }
        JsonNode root;
        try {
            root = YamlLines.YAML.readTree(content);
        } catch (JacksonException e) {
            problems.add(new RuleProblem(FILE, YamlLines.lineOf(e), "not valid YAML: " + e.getOriginalMessage()));
            return new AwardTable(Map.of());
        }
        YamlLines lines = YamlLines.of(content);
        if (root == null || !root.isObject() || !root.path("awards").isObject()) {
            problems.add(new RuleProblem(FILE, lines.line("awards"), "expected a mapping awards: with an entry per award code"));
            return new AwardTable(Map.of());
        }
        for (String field : root.propertyNames()) {
            if (!field.equals("awards")) {
                problems.add(new RuleProblem(FILE, lines.line(field), "unknown field " + field + "; expected awards"));
            }
        }
        Map<AwardCode, Award> awards = new EnumMap<>(AwardCode.class);
        for (Map.Entry<String, JsonNode> entry : root.get("awards").properties()) {
            AwardCode code = code(entry.getKey());
            if (code == null) {
                problems.add(new RuleProblem(FILE, lines.line("awards", entry.getKey()), "unknown award code " + entry.getKey()
                        + "; the request format's codes are " + List.of(AwardCode.values())));
                continue;
            }
            Award award = award(code, entry.getValue(), lines, problems);
            if (award != null) {
                awards.put(code, award);
            }
        }
        List<AwardCode> unlisted = new ArrayList<>();
        for (AwardCode code : AwardCode.values()) {
            if (!awards.containsKey(code) && !root.get("awards").has(code.name())) {
                unlisted.add(code);
            }
        }
        if (!unlisted.isEmpty()) {
            problems.add(new RuleProblem(FILE, lines.line("awards"), "no entry for " + unlisted
                    + ": every award code of the request format needs its names and legal basis"));
        }
        checkCounts(root.get("awards"), lines, problems);
        return new AwardTable(awards);
    }

    private static Award award(AwardCode code, JsonNode node, YamlLines lines, List<RuleProblem> problems) {
        String key = code.name();
        int line = lines.line("awards", key);
        if (!node.isObject()) {
            problems.add(new RuleProblem(FILE, line, key + ": expected a mapping with name and citation"));
            return null;
        }
        unknownFields(node, FIELDS, key + ": ", problems, lines, "awards", key);
        JsonNode name = node.path("name");
        String vi = text(name.path("vi"));
        String en = text(name.path("en"));
        if (name.isObject()) {
            unknownFields(name, List.of("vi", "en"), key + ".name: ", problems, lines, "awards", key, "name");
        }
        if (vi == null || en == null) {
            problems.add(new RuleProblem(FILE, lines.line("awards", key, "name"), key
                    + ": needs name: { vi: ..., en: ... }, its name in Vietnamese and in English"));
        }
        String citation = text(node.path("citation"));
        if (citation == null) {
            problems.add(new RuleProblem(FILE, line, key + ": needs citation, the award's legal basis"));
        }
        String review = legalReview(node, key, lines, problems, "awards", key);
        Citation onlyWhenProposed = null;
        if (node.has("evaluatedOnlyWhenProposed")) {
            onlyWhenProposed = choice(node.get("evaluatedOnlyWhenProposed"), key + ".evaluatedOnlyWhenProposed", CHOICE_FIELDS,
                    lines, problems, "awards", key, "evaluatedOnlyWhenProposed");
        }
        String count = null;
        Citation countedBecause = null;
        if (node.has("countedFromMembers")) {
            JsonNode counted = node.get("countedFromMembers");
            String where = key + ".countedFromMembers";
            countedBecause = choice(counted, where, COUNT_FIELDS, lines, problems, "awards", key, "countedFromMembers");
            count = text(counted.path("count"));
            if (count == null || !MEMBER_COUNTS.contains(count)) {
                problems.add(new RuleProblem(FILE, lines.line("awards", key, "countedFromMembers", "count"), where
                        + ": count must be one of " + MEMBER_COUNTS + " (the member counts of the facts vocabulary), not " + count));
                count = null;
            } else if (!code.appliesTo(SubjectKind.INDIVIDUAL)) {
                problems.add(new RuleProblem(FILE, lines.line("awards", key, "countedFromMembers"), where
                        + ": a collective's members are individuals, and " + key + " is not an award for individuals"));
                count = null;
            }
        }
        if (vi == null || en == null || citation == null) {
            return null;
        }
        return new Award(new Text(vi, en), new Citation(citation, text(node.path("href")), review), onlyWhenProposed, count,
                count == null ? null : countedBecause);
    }

    /** A choice made with its legal reason: a mapping with citation (and href); null when it is not one. */
    private static Citation choice(JsonNode node, String where, List<String> fields, YamlLines lines, List<RuleProblem> problems,
            Object... path) {
        if (!node.isObject()) {
            problems.add(new RuleProblem(FILE, lines.line(path), where + ": expected a mapping with " + fields
                    + "; a choice names the legal text that makes it"));
            return null;
        }
        unknownFields(node, fields, where + ": ", problems, lines, path);
        String citation = text(node.path("citation"));
        if (citation == null) {
            problems.add(new RuleProblem(FILE, lines.line(path), where + ": needs citation, the legal text that makes this choice"));
            return null;
        }
        return new Citation(citation, text(node.path("href")), null);
    }

    /** Every member count comes from exactly one award, or the collectives' criteria would count nothing or twice. */
    private static void checkCounts(JsonNode list, YamlLines lines, List<RuleProblem> problems) {
        for (String count : MEMBER_COUNTS) {
            List<String> from = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : list.properties()) {
                if (count.equals(text(entry.getValue().path("countedFromMembers").path("count")))) {
                    from.add(entry.getKey());
                }
            }
            if (from.size() > 1) {
                problems.add(new RuleProblem(FILE, lines.line("awards", from.get(1), "countedFromMembers"), "the member count "
                        + count + " is counted from " + from + ": it must come from exactly one award"));
            } else if (from.isEmpty()) {
                problems.add(new RuleProblem(FILE, lines.line("awards"), "no award has countedFromMembers: { count: " + count
                        + " }: the collectives' criteria over " + count + " would find no member holding it"));
            }
        }
    }

    private static String legalReview(JsonNode node, String key, YamlLines lines, List<RuleProblem> problems, Object... path) {
        String review = text(node.path("legalReview"));
        if (node.has("legalReview") && !"PENDING".equals(review)) {
            Object[] at = java.util.Arrays.copyOf(path, path.length + 1);
            at[path.length] = "legalReview";
            problems.add(new RuleProblem(FILE, lines.line(at), key + ": legalReview may only be PENDING"));
            return null;
        }
        return review;
    }

    private static void unknownFields(JsonNode node, List<String> fields, String where, List<RuleProblem> problems, YamlLines lines,
            Object... path) {
        for (String field : node.propertyNames()) {
            if (!fields.contains(field)) {
                Object[] at = java.util.Arrays.copyOf(path, path.length + 1);
                at[path.length] = field;
                problems.add(new RuleProblem(FILE, lines.line(at), where + "unknown field " + field + "; expected one of " + fields));
            }
        }
    }

    private static AwardCode code(String key) {
        try {
            return AwardCode.valueOf(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A scalar's text, stripped; null when missing, not a scalar or blank. */
    static String text(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String text = node.asString().strip();
        return text.isEmpty() ? null : text;
    }
}

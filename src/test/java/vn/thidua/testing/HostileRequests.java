package vn.thidua.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed and hostile evaluation requests, each invalid by construction, made from a valid request
 * (the sample commune with a collective, a household and a quota added): wrong JSON types, missing
 * required fields, unknown enum values, broken references, deep nesting, huge strings, invalid UTF-8,
 * numbers out of range and broken JSON syntax. Each names the JSON path it spoils, when it spoils one.
 */
public final class HostileRequests {

    /** The kinds of damage, each counted in the tests' statistics. */
    public enum Category {
        WRONG_TYPE, MISSING_FIELD, UNKNOWN_ENUM, BROKEN_REFERENCE, DEEP_NESTING, HUGE_STRING, INVALID_UTF8, OUT_OF_RANGE,
        BROKEN_SYNTAX
    }

    /** One hostile request: what was done, the JSON path spoiled (null when the damage is not at one field), the bytes. */
    public record Hostile(Category category, String description, String path, byte[] body) {

        @Override
        public String toString() {
            return category + ": " + description;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectNode BASE = base();
    /** Individuals of the base that have every field the templates below spoil. */
    private static final List<Integer> COMPLETE = complete();

    private static final List<String> STRINGS = List.of("units[1].name", "individuals[%d].fullName", "individuals[%d].id",
            "collectives[0].name", "households[0].headName", "individuals[%d].recruitmentDate", "period.cutoffDate");
    private static final List<String> NUMBERS = List.of("period.year", "individuals[%d].birthYear",
            "individuals[%d].ratings[0].year", "quotas[0].maxCount", "collectives[0].memberSummary.count");
    private static final List<String> BOOLEANS = List.of("individuals[%d].leader", "individuals[%d].ethnicMinority",
            "units[1].grassroots", "households[0].ethnicMinority");
    private static final List<String> LISTS = List.of("individuals", "individuals[%d].ratings", "collectives[0].members",
            "units", "quotas");
    private static final List<String> OBJECTS = List.of("period", "individuals[%d]", "collectives[0].memberSummary");
    private static final List<String> REQUIRED = List.of("schemaVersion", "period", "period.year", "units[1].code",
            "units[1].name", "individuals[%d].id", "individuals[%d].fullName", "individuals[%d].unit",
            "individuals[%d].ratings[0].year", "individuals[%d].ratings[0].level", "collectives[0].id", "collectives[0].name",
            "collectives[0].unit", "households[0].id", "households[0].unit", "quotas[0].award", "quotas[0].unit",
            "collectives[0].memberSummary.count");
    private static final List<String> ENUMS = List.of("individuals[%d].gender", "individuals[%d].ratings[0].level",
            "individuals[%d].subjectType", "individuals[%d].occupation", "units[1].level", "units[1].areaDifficulty",
            "quotas[0].award", "individuals[%d].attestations[0].kind", "individuals[%d].ratings[0].scheme");
    private static final List<String> REFERENCES = List.of("individuals[%d].unit", "units[1].parent", "collectives[0].unit",
            "collectives[0].members[0]", "households[0].unit", "quotas[0].unit");
    private static final List<Object[]> RANGES = List.of(new Object[] {"period.year", 1944L}, new Object[] {"period.year", 2201L},
            new Object[] {"schemaVersion", 2L}, new Object[] {"schemaVersion", 0L}, new Object[] {"individuals[%d].birthYear", 1899L},
            new Object[] {"individuals[%d].birthYear", 2201L}, new Object[] {"individuals[%d].ratings[0].year", 1900L},
            new Object[] {"quotas[0].maxCount", -1L}, new Object[] {"quotas[0].maxCount", 10_000_001L},
            new Object[] {"collectives[0].memberSummary.count", -5L}, new Object[] {"period.year", Long.MAX_VALUE},
            new Object[] {"period.year", "99999999999999999999999999"}, new Object[] {"quotas[0].maxCount", "1e400"});

    private HostileRequests() {
    }

    /** The valid request every hostile one is made from. */
    public static byte[] valid() {
        return JSON.writeValueAsBytes(BASE);
    }

    /** Every category, about equally often. */
    public static Arbitrary<Hostile> any() {
        return Arbitraries.oneOf(wrongType(), missingField(), unknownEnum(), brokenReference(), deepNesting(), hugeString(),
                invalidUtf8(), outOfRange(), brokenSyntax());
    }

    public static Arbitrary<Hostile> wrongType() {
        Arbitrary<JsonNode> notString = Arbitraries.of(NODES.numberNode(42), NODES.booleanNode(true), NODES.objectNode(),
                NODES.arrayNode().add("x"));
        Arbitrary<JsonNode> notNumber = Arbitraries.of(NODES.stringNode("2025"), NODES.booleanNode(false), NODES.arrayNode(),
                NODES.objectNode(), NODES.numberNode(2025.5));
        Arbitrary<JsonNode> notBoolean = Arbitraries.of(NODES.stringNode("true"), NODES.numberNode(1), NODES.stringNode("có"));
        Arbitrary<JsonNode> notList = Arbitraries.of(NODES.objectNode(), NODES.stringNode("[]"), NODES.numberNode(3));
        Arbitrary<JsonNode> notObject = Arbitraries.of(NODES.arrayNode(), NODES.stringNode("{}"), NODES.numberNode(0),
                NODES.booleanNode(true));
        return Arbitraries.oneOf(replace(Category.WRONG_TYPE, STRINGS, notString), replace(Category.WRONG_TYPE, NUMBERS, notNumber),
                replace(Category.WRONG_TYPE, BOOLEANS, notBoolean), replace(Category.WRONG_TYPE, LISTS, notList),
                replace(Category.WRONG_TYPE, OBJECTS, notObject));
    }

    public static Arbitrary<Hostile> missingField() {
        return Combinators.combine(Arbitraries.of(REQUIRED), person(), Arbitraries.of(true, false)).as((template, who, asNull) -> {
            String path = String.format(template, who);
            ObjectNode root = BASE.deepCopy();
            if (asNull) {
                set(root, path, NODES.nullNode());
            } else {
                remove(root, path);
            }
            return new Hostile(Category.MISSING_FIELD, (asNull ? "null " : "remove ") + path, path, JSON.writeValueAsBytes(root));
        });
    }

    public static Arbitrary<Hostile> unknownEnum() {
        Arbitrary<JsonNode> values = Arbitraries.oneOf(Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12)
                .filter(s -> !List.of("MALE", "FEMALE", "OTHER").contains(s)).map(s -> (JsonNode) NODES.stringNode("X_" + s)),
                Arbitraries.of(NODES.stringNode("httnv"), NODES.stringNode(""), NODES.stringNode("Hoàn thành tốt"),
                        NODES.stringNode("LAO_DONG_TIEN_TIEN ")));
        return replace(Category.UNKNOWN_ENUM, ENUMS, values);
    }

    public static Arbitrary<Hostile> brokenReference() {
        Arbitrary<JsonNode> codes = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(3).ofMaxLength(10)
                .map(s -> (JsonNode) NODES.stringNode("KHONG-CO-" + s));
        return replace(Category.BROKEN_REFERENCE, REFERENCES, codes);
    }

    public static Arbitrary<Hostile> deepNesting() {
        return Combinators.combine(Arbitraries.of(STRINGS), person(), Arbitraries.integers().between(33, 20_000),
                Arbitraries.of('[', '{')).as((template, who, depth, bracket) -> {
                    String path = String.format(template, who);
                    String marker = "\"@@NEST@@\"";
                    ObjectNode root = BASE.deepCopy();
                    set(root, path, NODES.stringNode("@@NEST@@"));
                    String open = bracket == '[' ? "[" : "{\"a\":";
                    String close = bracket == '[' ? "]" : "}";
                    String nested = open.repeat(depth) + "1" + close.repeat(depth);
                    String text = JSON.writeValueAsString(root).replace(marker, nested);
                    return new Hostile(Category.DEEP_NESTING, depth + " levels of " + bracket + " at " + path, null,
                            text.getBytes(StandardCharsets.UTF_8));
                });
    }

    public static Arbitrary<Hostile> hugeString() {
        return Combinators.combine(Arbitraries.of(STRINGS.subList(0, 5)), person(), Arbitraries.integers().between(10_001, 300_000),
                Arbitraries.of("a", "ễ", "𝔸")).as((template, who, length, unit) -> {
                    String path = String.format(template, who);
                    ObjectNode root = BASE.deepCopy();
                    set(root, path, NODES.stringNode(unit.repeat(length)));
                    return new Hostile(Category.HUGE_STRING, length + " × '" + unit + "' in " + path, path, JSON.writeValueAsBytes(root));
                });
    }

    public static Arbitrary<Hostile> invalidUtf8() {
        List<byte[]> sequences = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0x80});
        return Combinators.combine(Arbitraries.of(STRINGS.subList(0, 5)), person(), Arbitraries.of(sequences)).as((template, who, bad) -> {
            String path = String.format(template, who);
            ObjectNode root = BASE.deepCopy();
            set(root, path, NODES.stringNode("@@BAD@@"));
            byte[] text = JSON.writeValueAsBytes(root);
            return new Hostile(Category.INVALID_UTF8, "bytes " + hex(bad) + " in " + path, null,
                    splice(text, "@@BAD@@".getBytes(StandardCharsets.UTF_8), bad));
        });
    }

    public static Arbitrary<Hostile> outOfRange() {
        return Combinators.combine(Arbitraries.of(RANGES), person()).as((range, who) -> {
            String path = String.format((String) range[0], who);
            ObjectNode root = BASE.deepCopy();
            JsonNode value = range[1] instanceof Long number ? NODES.numberNode(number) : NODES.stringNode("@@NUM@@");
            set(root, path, value);
            String text = JSON.writeValueAsString(root);
            if (!(range[1] instanceof Long)) {
                text = text.replace("\"@@NUM@@\"", (String) range[1]);
            }
            return new Hostile(Category.OUT_OF_RANGE, path + " = " + range[1], path, text.getBytes(StandardCharsets.UTF_8));
        });
    }

    public static Arbitrary<Hostile> brokenSyntax() {
        byte[] valid = valid();
        Arbitrary<Hostile> truncated = Arbitraries.integers().between(0, valid.length - 2).map(at -> new Hostile(
                Category.BROKEN_SYNTAX, "cut after " + at + " bytes", null, java.util.Arrays.copyOf(valid, at)));
        Arbitrary<Hostile> trailing = Arbitraries.of("x", "{}", "]", ",", "\u0000", "{\"schemaVersion\":1}").map(tail -> new Hostile(
                Category.BROKEN_SYNTAX, "trailing " + tail.replace("\u0000", "NUL"), null, concat(valid, tail.getBytes(StandardCharsets.UTF_8))));
        Arbitrary<Hostile> duplicate = Arbitraries.of("\"schemaVersion\":1,", "\"period\":{\"year\":2024},", "\"units\":[],")
                .map(field -> new Hostile(Category.BROKEN_SYNTAX, "duplicate key " + field, null,
                        concat("{".getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8),
                                java.util.Arrays.copyOfRange(valid, 1, valid.length))));
        Arbitrary<Hostile> notJson = Arbitraries.of("", " ", "null", "[]", "\"request\"", "42", "<xml/>", "{", "{\"schemaVersion\":1,}",
                "{'schemaVersion':1}", "\u0000\u0000").map(text -> new Hostile(Category.BROKEN_SYNTAX,
                        "body " + text.replace("\u0000", "NUL"), null, text.getBytes(StandardCharsets.UTF_8)));
        return Arbitraries.oneOf(truncated, trailing, duplicate, notJson);
    }

    private static Arbitrary<Hostile> replace(Category category, List<String> templates, Arbitrary<JsonNode> values) {
        return Combinators.combine(Arbitraries.of(templates), person(), values).as((template, who, value) -> {
            String path = String.format(template, who);
            ObjectNode root = BASE.deepCopy();
            set(root, path, value);
            return new Hostile(category, path + " = " + value, path, JSON.writeValueAsBytes(root));
        });
    }

    private static Arbitrary<Integer> person() {
        return Arbitraries.of(COMPLETE);
    }

    private static List<Integer> complete() {
        List<Integer> complete = new java.util.ArrayList<>();
        JsonNode people = BASE.get("individuals");
        for (int i = 0; i < people.size(); i++) {
            JsonNode p = people.get(i);
            boolean hasAll = p.path("ratings").path(0).has("scheme") && p.path("attestations").size() > 0
                    && List.of("recruitmentDate", "birthYear", "gender", "subjectType", "occupation", "leader", "ethnicMinority")
                            .stream().allMatch(field -> p.hasNonNull(field));
            if (hasAll) {
                complete.add(i);
            }
        }
        return List.copyOf(complete);
    }

    private static ObjectNode base() {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("data/sample-commune.json")));
            ObjectNode collective = root.putArray("collectives").addObject();
            collective.put("id", "TT-VP").put("name", "Văn phòng HĐND và UBND xã").put("unit", "XA-DARSAL");
            collective.putArray("members").add("CN-0001").add("CN-0002").add("CN-0003");
            collective.putObject("memberSummary").put("count", 3);
            collective.putArray("proposedAwards").add("TAP_THE_LAO_DONG_TIEN_TIEN");
            ObjectNode household = root.putArray("households").addObject();
            household.put("id", "HGD-01").put("unit", "XA-DARSAL").put("headName", "Ka Hồng").put("ethnicMinority", true);
            household.putArray("proposedAwards").add("GIA_DINH_VAN_HOA");
            ObjectNode quota = root.putArray("quotas").addObject();
            quota.put("award", "CHIEN_SI_THI_DUA_CO_SO").put("unit", "XA-DARSAL").put("maxCount", 3);
            return root;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] steps = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < steps.length - 1; i++) {
            node = child(node, steps[i]);
        }
        String last = steps[steps.length - 1];
        int bracket = last.indexOf('[');
        if (bracket < 0) {
            ((ObjectNode) node).set(last, value);
        } else {
            ArrayNode array = (ArrayNode) node.get(last.substring(0, bracket));
            array.set(Integer.parseInt(last.substring(bracket + 1, last.length() - 1)), value);
        }
    }

    private static void remove(ObjectNode root, String path) {
        int dot = path.lastIndexOf('.');
        JsonNode parent = root;
        if (dot >= 0) {
            for (String step : path.substring(0, dot).split("\\.")) {
                parent = child(parent, step);
            }
        }
        ((ObjectNode) parent).remove(path.substring(dot + 1));
    }

    private static JsonNode child(JsonNode node, String step) {
        int bracket = step.indexOf('[');
        if (bracket < 0) {
            return require(node.get(step), step);
        }
        JsonNode array = require(node.get(step.substring(0, bracket)), step);
        return require(array.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1))), step);
    }

    private static JsonNode require(JsonNode node, String step) {
        if (node == null || node.isNull()) {
            throw new IllegalStateException("the base request has no " + step);
        }
        return node;
    }

    private static byte[] splice(byte[] text, byte[] marker, byte[] replacement) {
        String haystack = new String(text, StandardCharsets.ISO_8859_1);
        int at = haystack.indexOf(new String(marker, StandardCharsets.ISO_8859_1));
        return concat(java.util.Arrays.copyOf(text, at), replacement, java.util.Arrays.copyOfRange(text, at + marker.length, text.length));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02X ", b));
        }
        return text.toString().trim();
    }
}

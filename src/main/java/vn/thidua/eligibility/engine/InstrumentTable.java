package vn.thidua.eligibility.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import vn.thidua.eligibility.Instrument;
import vn.thidua.system.YamlLines;

/**
 * The legal instruments of {@code rules/instruments.yaml}: every law, decree, circular and decision
 * the rules cite, with the dates each applies between ({@code effective} inclusive, {@code ceases}
 * exclusive). A citation names an instrument when its text contains the instrument's number or one
 * of its {@code citedAs} forms (in any letter case), not preceded by a digit; the first one named is the citation's
 * instrument. A rule set stored before the table existed has none, and its citations are not checked.
 */
final class InstrumentTable {

    public static final String FILE = "instruments.yaml";
    static final Set<String> KINDS = Set.of("LAW", "DECREE", "CIRCULAR", "DECISION", "DIRECTIVE", "PROVINCIAL", "POLICY");
    static final Set<String> EVIDENCE = Set.of("[V]", "[V2]", "[M-H]", "[M-M]", "[U]", "[P]");
    private static final Set<String> FIELDS = Set.of("id", "number", "citedAs", "kind", "title", "effective", "ceases",
            "evidence", "note");

    /** An instrument of the table: the public part, what it is and how citations name it. */
    public record Entry(Instrument instrument, String kind, String title, String note, List<Pattern> names, int line) {
    }

    private final List<Entry> entries;
    private final boolean present;

    private InstrumentTable(List<Entry> entries, boolean present) {
        this.entries = List.copyOf(entries);
        this.present = present;
    }

    /** The table of a rule set stored before {@value #FILE} existed: nothing is named, nothing checked. */
    static InstrumentTable absent() {
        return new InstrumentTable(List.of(), false);
    }

    /** Whether the rule set has the file; without it citations are neither checked nor carry an instrument. */
    public boolean present() {
        return present;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The instrument a citation names first, or null when it names none (or the table is absent). */
    public Instrument named(String citation) {
        if (citation == null) {
            return null;
        }
        Instrument first = null;
        int at = Integer.MAX_VALUE;
        for (Entry e : entries) {
            for (Pattern name : e.names()) {
                Matcher m = name.matcher(citation);
                if (m.find() && m.start() < at) {
                    at = m.start();
                    first = e.instrument();
                }
            }
        }
        return first;
    }

    /**
     * Checks that a citation names an instrument of the table; a problem naming the file, line and
     * text when it does not. Nothing is checked when the table is absent.
     */
    void check(String file, int line, String what, String citation, List<RuleProblem> problems) {
        if (present && citation != null && named(citation) == null) {
            problems.add(new RuleProblem(file, line, what + " \"" + citation + "\" names no instrument of " + FILE
                    + ": cite a text by its number (for example \"Nghị định 152/2025/NĐ-CP, Điều 4\") or add the text to " + FILE));
        }
    }

    static InstrumentTable read(byte[] content, List<RuleProblem> problems) {
        if (content == null) {
            return absent();
        }
        YamlLines lines = YamlLines.of(content);
        JsonNode root;
        try {
            root = YamlLines.YAML.readTree(content);
        } catch (JacksonException e) {
            problems.add(new RuleProblem(FILE, YamlLines.lineOf(e), "not valid YAML: " + e.getOriginalMessage()));
            return new InstrumentTable(List.of(), true);
        }
        JsonNode list = root == null ? null : root.path("instruments");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(new RuleProblem(FILE, 0, "expected a non-empty list under instruments:"));
            return new InstrumentTable(List.of(), true);
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            int line = lines.line("instruments", i);
            for (String field : node.propertyNames()) {
                if (!FIELDS.contains(field)) {
                    problems.add(new RuleProblem(FILE, lines.line("instruments", i, field), "unknown field " + field
                            + "; expected one of " + new java.util.TreeSet<>(FIELDS)));
                }
            }
            String id = text(node, "id");
            String number = text(node, "number");
            String kind = text(node, "kind");
            String title = text(node, "title");
            String evidence = text(node, "evidence");
            if (id == null || number == null || kind == null || title == null || evidence == null) {
                problems.add(new RuleProblem(FILE, line, "instruments[" + i + "] needs id, number, kind, title and evidence"));
                continue;
            }
            if (!ids.add(id)) {
                problems.add(new RuleProblem(FILE, line, "instrument id " + id + " is listed twice"));
            }
            if (!numbers.add(number)) {
                problems.add(new RuleProblem(FILE, line, "instrument number " + number + " is listed twice"));
            }
            if (!KINDS.contains(kind)) {
                problems.add(new RuleProblem(FILE, lines.line("instruments", i, "kind"), "instrument " + id + ": kind " + kind
                        + " is not one of " + new java.util.TreeSet<>(KINDS)));
            }
            if (!EVIDENCE.contains(evidence)) {
                problems.add(new RuleProblem(FILE, lines.line("instruments", i, "evidence"), "instrument " + id + ": evidence "
                        + evidence + " is not one of " + EVIDENCE));
            }
            LocalDate effective = date(node, "effective", id, lines.line("instruments", i, "effective"), problems);
            LocalDate ceases = date(node, "ceases", id, lines.line("instruments", i, "ceases"), problems);
            if (effective != null && ceases != null && !ceases.isAfter(effective)) {
                problems.add(new RuleProblem(FILE, lines.line("instruments", i, "ceases"), "instrument " + id + " ceases ("
                        + ceases + ") on or before it takes effect (" + effective + "); ceases is the first day it no longer applies"));
            }
            List<Pattern> names = new ArrayList<>();
            names.add(name(number));
            JsonNode citedAs = node.path("citedAs");
            if (!citedAs.isMissingNode() && !citedAs.isArray()) {
                problems.add(new RuleProblem(FILE, lines.line("instruments", i, "citedAs"), "instrument " + id
                        + ": citedAs must be a list"));
            }
            for (JsonNode alias : citedAs) {
                if (!alias.asString("").isBlank()) {
                    names.add(name(alias.asString()));
                }
            }
            entries.add(new Entry(new Instrument(id, number, effective, ceases, evidence), kind, title, text(node, "note"),
                    List.copyOf(names), line));
        }
        return new InstrumentTable(entries, true);
    }

    private static Pattern name(String text) {
        // "Dự thảo Luật sửa đổi" at the start of a sentence names the same text as "dự thảo Luật sửa đổi".
        return Pattern.compile("(?<![0-9])" + Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asString("").isBlank() ? null : value.asString().strip();
    }

    private static LocalDate date(JsonNode node, String field, String id, int line, List<RuleProblem> problems) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new RuleProblem(FILE, line, "instrument " + id + ": " + field + " \"" + value + "\" is not a date (YYYY-MM-DD)"));
            return null;
        }
    }
}

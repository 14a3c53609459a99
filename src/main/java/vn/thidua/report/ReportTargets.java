package vn.thidua.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import vn.thidua.system.YamlLines;

/**
 * The province's targets of {@code rules/report/targets.yaml} (see the comments there): for each focus
 * group, the least share of the year's conferred awards it should have, in percent, dated by the day it
 * takes effect, each date with its reference. Read whole and checked: a file with any problem is refused
 * with every problem, each naming the file and line.
 */
public final class ReportTargets {

    /** Where the file lives, relative to the rules folder. */
    public static final String FILE = "report/targets.yaml";

    /** A target in force: the least share in percent, the date it took effect and its reference. */
    public record Target(BigDecimal percent, LocalDate from, String reference) {
    }

    private static final Set<String> GROUP_FIELDS = Set.of("values", "reference", "description");
    private static final int REFERENCE = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<FocusGroup, NavigableMap<LocalDate, Target>> targets;

    private ReportTargets(Map<FocusGroup, NavigableMap<LocalDate, Target>> targets) {
        this.targets = targets;
    }

    /** No target is set for any group. */
    public static ReportTargets none() {
        return new ReportTargets(new EnumMap<>(FocusGroup.class));
    }

    /** Reads the file of a rules folder; a folder without it gives {@link #none()}. */
    public static ReportTargets read(Path rulesDir) {
        Path file = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            return read(Files.readAllBytes(file), FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " cannot be read", e);
        }
    }

    /**
     * Reads a targets file's content.
     *
     * @param name the file's name for the problems, e.g. {@value #FILE}
     * @throws ReportTargetsException naming every problem with its line
     */
    public static ReportTargets read(byte[] content, String name) {
        JsonNode root;
        try {
            root = YamlLines.YAML.readTree(content);
        } catch (JacksonException e) {
            throw new ReportTargetsException(List.of(name + ":" + YamlLines.lineOf(e) + ": not valid YAML: " + e.getOriginalMessage()));
        }
        YamlLines lines = YamlLines.of(content);
        List<String> problems = new ArrayList<>();
        Map<FocusGroup, NavigableMap<LocalDate, Target>> targets = new EnumMap<>(FocusGroup.class);
        if (root == null || !root.path("targets").isObject()) {
            throw new ReportTargetsException(List.of(name + ":1: expected a mapping \"targets\" with one entry per focus group, of "
                    + Arrays.toString(FocusGroup.values())));
        }
        for (String field : root.propertyNames()) {
            if (!field.equals("targets")) {
                problems.add(name + ":" + lines.line(field) + ": unknown field " + field + "; the file holds only targets");
            }
        }
        JsonNode all = root.path("targets");
        for (String key : all.propertyNames()) {
            FocusGroup group = group(key);
            if (group == null) {
                problems.add(name + ":" + lines.line("targets", key) + ": unknown focus group " + key + "; expected one of "
                        + Arrays.toString(FocusGroup.values()));
                continue;
            }
            NavigableMap<LocalDate, Target> dated = group(all.get(key), key, name, lines, problems);
            if (!dated.isEmpty()) {
                targets.put(group, dated);
            }
        }
        if (!problems.isEmpty()) {
            throw new ReportTargetsException(problems);
        }
        return new ReportTargets(targets);
    }

    private static NavigableMap<LocalDate, Target> group(JsonNode entry, String key, String name, YamlLines lines,
            List<String> problems) {
        NavigableMap<LocalDate, Target> dated = new TreeMap<>();
        if (!entry.isObject()) {
            problems.add(name + ":" + lines.line("targets", key) + ": " + key + ": expected values: and reference:, each keyed by date");
            return dated;
        }
        for (String field : entry.propertyNames()) {
            if (!GROUP_FIELDS.contains(field)) {
                problems.add(name + ":" + lines.line("targets", key, field) + ": " + key + ": unknown field " + field
                        + "; expected values, reference and optionally description");
            }
        }
        JsonNode values = entry.path("values");
        JsonNode references = entry.path("reference");
        if (!values.isObject() || !references.isObject()) {
            problems.add(name + ":" + lines.line("targets", key) + ": " + key
                    + ": needs values: and reference:, each a mapping by date ({} while no target is set)");
            return dated;
        }
        for (String day : values.propertyNames()) {
            int line = lines.line("targets", key, "values", day);
            LocalDate from = date(day);
            if (from == null) {
                problems.add(name + ":" + line + ": " + key + ": \"" + day + "\" is not a date such as 2026-01-01");
                continue;
            }
            JsonNode value = values.get(day);
            BigDecimal percent = value.isNumber() ? value.decimalValue() : null;
            if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                problems.add(name + ":" + line + ": " + key + " from " + day + ": \"" + value.asString(value.toString())
                        + "\" is not a share in percent from 0 to 100");
                continue;
            }
            JsonNode reference = references.path(day);
            String text = reference.isString() ? reference.asString().strip() : "";
            if (text.isEmpty() || text.length() > REFERENCE) {
                problems.add(name + ":" + line + ": " + key + " from " + day + ": needs reference: " + day
                        + ": the plan or decision that sets it, at most " + REFERENCE + " characters");
                continue;
            }
            dated.put(from, new Target(percent.stripTrailingZeros(), from, text));
        }
        for (String day : references.propertyNames()) {
            if (!values.has(day)) {
                problems.add(name + ":" + lines.line("targets", key, "reference", day) + ": " + key + ": reference for " + day
                        + " has no value under values:");
            }
        }
        return dated;
    }

    private static FocusGroup group(String key) {
        try {
            return FocusGroup.valueOf(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The target of a group for a year: the value in force on the year's last day, the day the year's
     * awards are counted; empty when none is set by then.
     */
    public Optional<Target> of(FocusGroup group, int year) {
        NavigableMap<LocalDate, Target> dated = targets.get(group);
        if (dated == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(dated.floorEntry(LocalDate.of(year, 12, 31))).map(Map.Entry::getValue);
    }

    /** Whether any group has a target. */
    public boolean isEmpty() {
        return targets.isEmpty();
    }
}

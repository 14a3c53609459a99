package vn.thidua.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The days off of {@code rules/calendar/holidays.yaml} (see the comments there), by year: public
 * holidays, compensatory days off (nghỉ bù) and weekdays swapped with a Saturday, and the weekend
 * days worked instead. Read whole and checked: a file with any problem is refused with every problem.
 */
public final class Holidays {

    /** Where the file lives, relative to the rules folder. */
    public static final String FILE = "calendar/holidays.yaml";

    /** OFFICIAL: announced by the Government; EXPECTED: computed from the Labour Code, not announced yet. */
    public enum Status { OFFICIAL, EXPECTED }

    /** A day off or a weekend day worked, with its reason and status. */
    public record Day(LocalDate date, String reason, Status status) {
    }

    /** A year of the file: its status and source. */
    public record Year(int year, Status status, String source) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> YEAR_FIELDS = Set.of("status", "source", "daysOff", "workingWeekends");
    private static final Set<String> DAY_FIELDS = Set.of("date", "reason", "status");
    private static final int REASON = 300;

    private final Map<Integer, Year> years;
    private final Map<LocalDate, Day> daysOff;
    private final Map<LocalDate, Day> workingWeekends;

    private Holidays(Map<Integer, Year> years, Map<LocalDate, Day> daysOff, Map<LocalDate, Day> workingWeekends) {
        this.years = Collections.unmodifiableMap(new TreeMap<>(years));
        this.daysOff = Map.copyOf(daysOff);
        this.workingWeekends = Map.copyOf(workingWeekends);
    }

    /** No year known: only Saturdays and Sundays are days off. */
    public static Holidays none() {
        return new Holidays(Map.of(), Map.of(), Map.of());
    }

    /** Reads the file of a rules folder; a folder without it gives {@link #none()}. */
    public static Holidays read(Path rulesDir) {
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
     * Reads a holidays file's content.
     *
     * @param name the file's name for the problems, e.g. {@value #FILE}
     * @throws HolidaysException naming every problem with its line
     */
    public static Holidays read(byte[] content, String name) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = YAML.readTree(content);
        } catch (JacksonException e) {
            throw new HolidaysException(List.of(name + ":" + (e.getLocation() == null ? 0 : e.getLocation().getLineNr())
                    + ": not valid YAML: " + e.getOriginalMessage()));
        }
        Map<String, Integer> lines = lines(content);
        if (root == null || !root.path("years").isObject()) {
            throw new HolidaysException(List.of(name + ":1: expected a mapping \"years\" with one entry per year"));
        }
        Map<Integer, Year> years = new HashMap<>();
        Map<LocalDate, Day> off = new HashMap<>();
        Map<LocalDate, Day> worked = new HashMap<>();
        Map<LocalDate, String> seen = new HashMap<>();
        for (String key : root.path("years").propertyNames()) {
            JsonNode entry = root.path("years").get(key);
            String at = "/years/" + key;
            int year;
            try {
                year = Integer.parseInt(key);
            } catch (NumberFormatException e) {
                problems.add(problem(name, lines, at, "year " + key + " is not a year such as 2026"));
                continue;
            }
            if (!entry.isObject()) {
                problems.add(problem(name, lines, at, "year " + key + ": expected status, source, daysOff and workingWeekends"));
                continue;
            }
            for (String field : entry.propertyNames()) {
                if (!YEAR_FIELDS.contains(field)) {
                    problems.add(problem(name, lines, at + "/" + field, "year " + key + ": unknown field " + field
                            + "; expected one of status, source, daysOff, workingWeekends"));
                }
            }
            Status status = status(entry.path("status"), name, lines, at + "/status", "year " + key, problems);
            String source = entry.path("source").isString() ? entry.path("source").asString().strip() : "";
            if (source.isEmpty()) {
                problems.add(problem(name, lines, at, "year " + key + ": source is required: where the year's days off come from"));
            }
            years.put(year, new Year(year, status == null ? Status.EXPECTED : status, source));
            days(entry.path("daysOff"), year, status, false, name, lines, at + "/daysOff", seen, off, problems);
            days(entry.path("workingWeekends"), year, status, true, name, lines, at + "/workingWeekends", seen, worked, problems);
        }
        if (!problems.isEmpty()) {
            throw new HolidaysException(problems);
        }
        return new Holidays(years, off, worked);
    }

    private static void days(JsonNode list, int year, Status yearStatus, boolean weekends, String name, Map<String, Integer> lines,
            String at, Map<LocalDate, String> seen, Map<LocalDate, Day> into, List<String> problems) {
        if (list.isMissingNode() || list.isNull()) {
            return;
        }
        String what = weekends ? "workingWeekends" : "daysOff";
        if (!list.isArray()) {
            problems.add(problem(name, lines, at, "year " + year + ": " + what + " must be a list of {date, reason}"));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode day = list.get(i);
            String here = at + "/" + i;
            if (!day.isObject()) {
                problems.add(problem(name, lines, here, what + " item " + (i + 1) + ": expected {date, reason}"));
                continue;
            }
            for (String field : day.propertyNames()) {
                if (!DAY_FIELDS.contains(field)) {
                    problems.add(problem(name, lines, here + "/" + field, what + " item " + (i + 1) + ": unknown field " + field
                            + "; expected one of date, reason, status"));
                }
            }
            LocalDate date = null;
            try {
                date = LocalDate.parse(day.path("date").asString(""));
            } catch (DateTimeParseException e) {
                problems.add(problem(name, lines, here, what + " item " + (i + 1) + ": date \"" + day.path("date").asString("")
                        + "\" is not a date such as " + year + "-01-01"));
            }
            String reason = day.path("reason").isString() ? day.path("reason").asString().strip() : "";
            if (reason.isEmpty() || reason.length() > REASON) {
                problems.add(problem(name, lines, here, what + " item " + (i + 1) + (date == null ? "" : " (" + date + ")")
                        + ": a reason is required, at most " + REASON + " characters"));
            }
            Status status = day.has("status") ? status(day.path("status"), name, lines, here + "/status", what + " item " + (i + 1),
                    problems) : yearStatus;
            if (date == null) {
                continue;
            }
            if (date.getYear() != year) {
                problems.add(problem(name, lines, here, date + " is not in year " + year));
                continue;
            }
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekends && !weekend) {
                problems.add(problem(name, lines, here, date + " is a " + date.getDayOfWeek().name().toLowerCase(java.util.Locale.ROOT)
                        + ", not a Saturday or Sunday: a working weekend day must be one"));
                continue;
            }
            String first = seen.putIfAbsent(date, here);
            if (first != null) {
                problems.add(problem(name, lines, here, date + " is listed twice (also at line " + line(lines, first) + ")"));
                continue;
            }
            into.put(date, new Day(date, reason, status == null ? Status.EXPECTED : status));
        }
    }

    private static Status status(JsonNode node, String name, Map<String, Integer> lines, String at, String what, List<String> problems) {
        try {
            return Status.valueOf(node.asString(""));
        } catch (IllegalArgumentException e) {
            problems.add(problem(name, lines, at, what + ": status \"" + node.asString("") + "\" is not OFFICIAL or EXPECTED"));
            return null;
        }
    }

    private static String problem(String name, Map<String, Integer> lines, String at, String message) {
        return name + ":" + line(lines, at) + ": " + message;
    }

    /** The line of a JSON pointer, or of the nearest enclosing one that has a line. */
    private static int line(Map<String, Integer> lines, String pointer) {
        for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
        }
        return 1;
    }

    private static Map<String, Integer> lines(byte[] content) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = YAML.createParser(content)) {
            while (parser.nextToken() != null) {
                lines.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
            }
        } catch (JacksonException e) {
            // The tree reader has accepted the file; a late problem leaves the lines found so far.
        }
        return lines;
    }

    /** Whether the file lists this year; a year it does not list has only weekends off. */
    public boolean covers(int year) {
        return years.containsKey(year);
    }

    public Optional<Year> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** The years listed, in order. */
    public List<Year> years() {
        return List.copyOf(years.values());
    }

    /** The day off on a date, when the file lists one. */
    public Optional<Day> dayOff(LocalDate date) {
        return Optional.ofNullable(daysOff.get(date));
    }

    /** The weekend day worked on a date, when the file lists one. */
    public Optional<Day> workingWeekend(LocalDate date) {
        return Optional.ofNullable(workingWeekends.get(date));
    }

    /** A working day: a weekday that is not a day off, or a weekend day listed as worked. */
    public boolean isWorkingDay(LocalDate date) {
        if (workingWeekends.containsKey(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !daysOff.containsKey(date);
    }
}

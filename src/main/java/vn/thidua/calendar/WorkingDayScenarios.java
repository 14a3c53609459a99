package vn.thidua.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The scenarios of {@code rules/calendar/working-days.tests.yaml}: working-day arithmetic over the
 * holidays file, one sentence-named case each. Run by a unit test and by {@code thidua rules validate}.
 */
public final class WorkingDayScenarios {

    /** Where the scenarios live, relative to the rules folder. */
    public static final String FILE = "calendar/working-days.tests.yaml";

    /**
     * One case: {@code from} plus {@code add} working days is {@code expect}; or the working days
     * after {@code from} up to {@code to} are {@code count}; or {@code day} is a working day or not ({@code working}).
     */
    public record Case(String name, int line, LocalDate from, Integer add, LocalDate to, Integer count, LocalDate day,
            Boolean working, LocalDate expect) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private WorkingDayScenarios() {
    }

    /** The cases of the file in a rules folder; empty when the folder has none. */
    public static List<Case> read(Path rulesDir) {
        Path file = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            String text = Files.readString(file);
            List<String> lines = text.lines().toList();
            List<Case> cases = new ArrayList<>();
            for (JsonNode c : YAML.readTree(text).path("cases")) {
                String name = c.path("name").asString();
                int line = 1 + (int) lines.stream().takeWhile(l -> !l.contains(name)).count();
                cases.add(new Case(name, line, date(c, "from"), number(c, "add"), date(c, "to"), number(c, "count"), date(c, "day"),
                        c.has("working") ? c.path("working").asBoolean() : null, date(c, "expect")));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(FILE + ": " + e.getMessage(), e);
        }
    }

    /** What the case gets wrong over the working days, each as a sentence; empty when it passes. */
    public static List<String> run(WorkingDays days, Case c) {
        List<String> failures = new ArrayList<>();
        if (c.day() != null && c.working() != null) {
            if (days.isWorkingDay(c.day()) != c.working()) {
                failures.add(c.day() + " is " + (c.working() ? "not " : "") + "a working day, expected " + (c.working() ? "" : "not ")
                        + "to be one");
            }
        } else if (c.from() != null && c.add() != null && c.expect() != null) {
            LocalDate got = days.plus(c.from(), c.add());
            if (!got.equals(c.expect())) {
                failures.add(c.from() + " plus " + c.add() + " working days is " + got + ", expected " + c.expect());
            }
            if (days.between(c.from(), c.expect()) != c.add()) {
                failures.add("from " + c.from() + " to " + c.expect() + " counts " + days.between(c.from(), c.expect())
                        + " working days, expected " + c.add());
            }
        } else if (c.from() != null && c.to() != null && c.count() != null) {
            int got = days.between(c.from(), c.to());
            if (got != c.count()) {
                failures.add("from " + c.from() + " to " + c.to() + " counts " + got + " working days, expected " + c.count());
            }
        } else {
            failures.add("a case gives day and working, or from, add and expect, or from, to and count");
        }
        return failures;
    }

    private static LocalDate date(JsonNode c, String field) {
        return c.hasNonNull(field) ? LocalDate.parse(c.path(field).asString()) : null;
    }

    private static Integer number(JsonNode c, String field) {
        return c.hasNonNull(field) ? c.path(field).asInt() : null;
    }
}

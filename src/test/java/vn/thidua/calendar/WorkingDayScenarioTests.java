package vn.thidua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every case of {@code rules/calendar/working-days.tests.yaml} over the shipped holidays file, one test per case. */
class WorkingDayScenarioTests {

    @TestFactory
    Stream<DynamicTest> workingDays() {
        WorkingDays days = new WorkingDays(Holidays.read(Path.of("rules")));
        var cases = WorkingDayScenarios.read(Path.of("rules"));
        assertThat(cases).hasSizeGreaterThan(20);
        assertThat(cases).extracting(c -> c.from() == null ? c.day().getYear() : c.from().getYear()).contains(2025, 2026, 2027);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> assertThat(WorkingDayScenarios.run(days, c)).as(WorkingDayScenarios.FILE + ":" + c.line()).isEmpty()));
    }
}

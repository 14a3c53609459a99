package vn.thidua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HolidaysTests {

    private static final String NAME = "calendar/holidays.yaml";

    private static Holidays read(String yaml) {
        return Holidays.read(yaml.getBytes(StandardCharsets.UTF_8), NAME);
    }

    private static HolidaysException refused(String yaml) {
        try {
            read(yaml);
        } catch (HolidaysException e) {
            return e;
        }
        throw new AssertionError("the file was accepted:\n" + yaml);
    }

    @Test
    void readsTheShippedFileWithEveryYearItsStatusAndSource() {
        Holidays holidays = Holidays.read(Path.of("rules"));

        assertThat(holidays.years()).extracting(Holidays.Year::year).containsExactly(2025, 2026, 2027);
        assertThat(holidays.year(2027).orElseThrow().status()).isEqualTo(Holidays.Status.EXPECTED);
        assertThat(holidays.years()).allSatisfy(y -> assertThat(y.source()).isNotBlank());
        assertThat(holidays.dayOff(LocalDate.of(2026, 2, 17)).orElseThrow().reason()).contains("Tết Nguyên đán");
        assertThat(holidays.dayOff(LocalDate.of(2026, 9, 1)).orElseThrow().status()).isEqualTo(Holidays.Status.EXPECTED);
        assertThat(holidays.workingWeekend(LocalDate.of(2025, 4, 26))).isPresent();
        assertThat(holidays.covers(2028)).isFalse();
    }

    @Test
    void aYearTheFileDoesNotListSkipsWeekendsOnly() {
        WorkingDays days = new WorkingDays(Holidays.read(Path.of("rules")));

        assertThat(days.plus(LocalDate.of(2028, 4, 28), 1)).isEqualTo(LocalDate.of(2028, 5, 1));
        assertThat(days.uncoveredYears(LocalDate.of(2027, 12, 20), LocalDate.of(2028, 1, 10))).containsExactly(2028);
        assertThat(days.plus(LocalDate.of(2026, 3, 3), 0)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThatThrownBy(() -> days.plus(LocalDate.of(2026, 3, 3), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesADateOutsideItsYearNamingFileAndLine() {
        HolidaysException e = refused("""
                years:
                  2026:
                    status: OFFICIAL
                    source: test
                    daysOff:
                      - { date: 2026-01-01, reason: "Tết Dương lịch" }
                      - { date: 2025-04-30, reason: "30/4" }
                """);

        assertThat(e.problems()).containsExactly(NAME + ":7: 2025-04-30 is not in year 2026");
    }

    @Test
    void refusesADayListedTwiceNamingBothLines() {
        HolidaysException e = refused("""
                years:
                  2026:
                    status: OFFICIAL
                    source: test
                    daysOff:
                      - { date: 2026-04-30, reason: "30/4" }
                      - { date: 2026-05-01, reason: "1/5" }
                      - { date: 2026-04-30, reason: "again" }
                """);

        assertThat(e.problems()).containsExactly(NAME + ":8: 2026-04-30 is listed twice (also at line 6)");
    }

    @Test
    void refusesADayWithoutAReasonAndAnUnknownStatusEachWithItsLine() {
        HolidaysException e = refused("""
                years:
                  2026:
                    status: MAYBE
                    source: test
                    daysOff:
                      - { date: 2026-04-30 }
                      - { date: 2026-05-01, reason: "  " }
                      - { date: 2026-13-01, reason: "bad" }
                """);

        assertThat(e.problems()).containsExactly(
                NAME + ":3: year 2026: status \"MAYBE\" is not OFFICIAL or EXPECTED",
                NAME + ":6: daysOff item 1 (2026-04-30): a reason is required, at most 300 characters",
                NAME + ":7: daysOff item 2 (2026-05-01): a reason is required, at most 300 characters",
                NAME + ":8: daysOff item 3: date \"2026-13-01\" is not a date such as 2026-01-01");
    }

    @Test
    void refusesAWorkingWeekendOnAWeekdayAndUnknownFields() {
        HolidaysException e = refused("""
                years:
                  2025:
                    status: OFFICIAL
                    source: test
                    holidays: []
                    workingWeekends:
                      - { date: 2025-04-25, reason: "a Friday" }
                      - { date: 2025-04-26, reason: "swap", why: "x" }
                """);

        assertThat(e.problems()).containsExactly(
                NAME + ":5: year 2025: unknown field holidays; expected one of status, source, daysOff, workingWeekends",
                NAME + ":7: 2025-04-25 is a friday, not a Saturday or Sunday: a working weekend day must be one",
                NAME + ":8: workingWeekends item 2: unknown field why; expected one of date, reason, status");
    }

    @Test
    void refusesAYearWithoutSourceAYearThatIsNotANumberAndBrokenYaml() {
        assertThat(refused("""
                years:
                  2026:
                    status: OFFICIAL
                  next:
                    status: EXPECTED
                    source: x
                """).problems()).containsExactly(
                NAME + ":2: year 2026: source is required: where the year's days off come from",
                NAME + ":4: year next is not a year such as 2026");
        assertThat(refused("years:\n  2026:\n    status: OFFICIAL\n  2026:\n    status: EXPECTED\n").problems())
                .singleElement().asString().startsWith(NAME + ":4: not valid YAML");
        assertThat(refused("days: []\n").problems()).containsExactly(NAME + ":1: expected a mapping \"years\" with one entry per year");
    }
}

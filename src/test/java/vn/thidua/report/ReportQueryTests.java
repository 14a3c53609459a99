package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A report's years and unit as a form or a URL gives them: each bad one refused by its field, in both languages. */
class ReportQueryTests {

    @Test
    void aMissingLastYearIsTheFirstAndABlankUnitIsEveryUnit() {
        assertThat(ReportQuery.parse("2025", "", " ")).isEqualTo(new ReportQuery(2025, 2025, null));
        assertThat(ReportQuery.parse("2021", "2025", " XA-DR ")).isEqualTo(new ReportQuery(2021, 2025, "XA-DR"));
        assertThat(ReportQuery.parse("2016", "2025", null).years()).isEqualTo(10);
    }

    @Test
    void refusesALastYearBeforeTheFirst() {
        assertProblem(() -> ReportQuery.parse("2026", "2024", null), "to", "Năm kết thúc 2024 trước năm bắt đầu 2026",
                "the last year 2024 is before the first year 2026");
    }

    @Test
    void refusesMoreThanTenYears() {
        assertProblem(() -> ReportQuery.parse("2015", "2025", null), "to", "Báo cáo từ 2015 đến 2025 gồm 11 năm, quá 10 năm",
                "the report from 2015 to 2025 covers 11 years, more than 10");
    }

    @Test
    void refusesAYearThatIsNotOneOrIsMissing() {
        assertProblem(() -> ReportQuery.parse("hai nghìn", "2025", null), "from", "Năm bắt đầu \"hai nghìn\" không phải một năm như 2025",
                "the first year \"hai nghìn\" is not a year such as 2025");
        assertProblem(() -> ReportQuery.parse(null, "2025", null), "from", "Cần năm bắt đầu của báo cáo", "the report's first year is missing");
        assertProblem(() -> ReportQuery.parse("25", null, null), "from", "Năm bắt đầu 25 không phải một năm từ 1945 đến 2200",
                "the first year 25 is not a year from 1945 to 2200");
    }

    private static void assertProblem(Runnable query, String field, String vi, String en) {
        assertThatThrownBy(query::run).isInstanceOfSatisfying(ReportException.class, e -> assertThat(e.problems())
                .containsExactly(new ReportException.Problem(field, vi, en)));
    }
}

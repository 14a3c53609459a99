package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The targets file: the shipped one loads (and sets no target: none has been found for the province), a
 * target reads as in force from its date to the next, and every bad value is refused naming file and line.
 */
class ReportTargetsTests {

    @Test
    void loadsTheShippedFileWithoutATarget() {
        ReportTargets targets = ReportTargets.read(Path.of("rules"));
        assertThat(targets.isEmpty()).isTrue();
        assertThat(targets.of(FocusGroup.WORKER, 2026)).isEmpty();
    }

    @Test
    void readsATargetInForceOnTheYearsLastDay() {
        ReportTargets targets = read("""
                targets:
                  FEMALE:
                    values:
                      2026-01-01: 30
                      2028-07-01: 35.5
                    reference:
                      2026-01-01: "Kế hoạch số 01/KH-UBND: nữ ít nhất 30%"
                      2028-07-01: "Kế hoạch số 02/KH-UBND: nữ ít nhất 35,5%"
                  WORKER: { values: {}, reference: {} }
                """);
        assertThat(targets.of(FocusGroup.FEMALE, 2025)).isEmpty();
        assertThat(targets.of(FocusGroup.FEMALE, 2027).orElseThrow().percent()).isEqualByComparingTo("30");
        assertThat(targets.of(FocusGroup.FEMALE, 2028).orElseThrow().percent()).isEqualByComparingTo(new BigDecimal("35.5"));
        assertThat(targets.of(FocusGroup.FEMALE, 2028).orElseThrow().reference()).contains("02/KH-UBND");
        assertThat(targets.of(FocusGroup.WORKER, 2028)).isEmpty();
    }

    @Test
    void refusesEveryBadValueNamingFileAndLine() {
        String file = """
                targets:
                  FEMALE:
                    values:
                      2026-01-01: 130
                      2026-13-01: 10
                      2027-01-01: ba mươi
                      2028-01-01: 20
                    reference:
                      2026-01-01: "ok"
                      2026-13-01: "ok"
                      2027-01-01: "ok"
                      2029-01-01: "no value"
                  WORKERS:
                    values: {}
                    reference: {}
                  FARMER:
                    values: {}
                    reference: {}
                    unit: DV-1
                """;
        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(ReportTargetsException.class, e -> assertThat(e.problems())
                .containsExactlyInAnyOrder(
                        "report/targets.yaml:4: FEMALE from 2026-01-01: \"130\" is not a share in percent from 0 to 100",
                        "report/targets.yaml:5: FEMALE: \"2026-13-01\" is not a date such as 2026-01-01",
                        "report/targets.yaml:6: FEMALE from 2027-01-01: \"ba mươi\" is not a share in percent from 0 to 100",
                        "report/targets.yaml:7: FEMALE from 2028-01-01: needs reference: 2028-01-01: the plan or decision that sets it,"
                                + " at most 1000 characters",
                        "report/targets.yaml:12: FEMALE: reference for 2029-01-01 has no value under values:",
                        "report/targets.yaml:13: unknown focus group WORKERS; expected one of [WORKER, FARMER, RELIGIOUS_DIGNITARY,"
                                + " STUDENT, DIRECT_PRODUCER, GRASSROOTS, ETHNIC_MINORITY, FEMALE, DIFFICULT_AREA]",
                        "report/targets.yaml:19: FARMER: unknown field unit; expected values, reference and optionally description"));
    }

    @Test
    void refusesAFileThatIsNotYamlOrHasNoTargets() {
        assertThatThrownBy(() -> read("targets: [\n")).isInstanceOf(ReportTargetsException.class).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> read("goals: {}\n")).isInstanceOf(ReportTargetsException.class)
                .hasMessageStartingWith("report/targets.yaml:1: expected a mapping \"targets\"");
    }

    private static ReportTargets read(String yaml) {
        return ReportTargets.read(yaml.getBytes(StandardCharsets.UTF_8), ReportTargets.FILE);
    }
}

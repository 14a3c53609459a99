package vn.thidua.eligibility.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.CriterionStatus;
import vn.thidua.eligibility.Outcome;

class ScenarioSuiteTests {

    private static final String FILE = "awards/lao-dong-tien-tien.tests.yaml";
    private static final String DEFAULTS = """
            defaults:
              schemaVersion: 1
              period: { year: 2025, cutoffDate: 2025-12-31, decisionDate: 2026-01-20 }
              units: [ { code: XA, name: Xã } ]
            individualDefaults:
              fullName: An
              unit: XA
              recruitmentDate: 2019-03-01
              ratings: [ { year: 2025, level: HTTNV } ]
            cases:
            """;

    @TempDir
    Path dir;

    @Test
    void mergesDefaultsIntoEachCase() {
        RuleFolders.write(dir, FILE, DEFAULTS + """
                  - name: A case that overrides some defaults
                    period: { cutoffDate: 2026-01-15 }
                    individuals:
                      - { id: A, recruitmentDate: null, ratings: [ { year: 2025, level: HTNV } ] }
                    parameters: { LAO_DONG_TIEN_TIEN.newRecruitMinMonths: 10 }
                    expect:
                      - { award: LAO_DONG_TIEN_TIEN, outcome: NOT_ELIGIBLE, criteria: { LDTT-A1: NOT_MET } }
                """);

        Scenario scenario = ScenarioSuite.read(dir).scenarios().get(0);

        assertThat(scenario.where()).isEqualTo(FILE + ":11");
        assertThat(scenario.request())
                .contains("\"period\":{\"year\":2025,\"cutoffDate\":\"2026-01-15\",\"decisionDate\":\"2026-01-20\"}")
                .contains("\"fullName\":\"An\"", "\"level\":\"HTNV\"")
                .doesNotContain("HTTNV", "recruitmentDate");
        assertThat(scenario.parameters()).containsEntry("LAO_DONG_TIEN_TIEN.newRecruitMinMonths", 10);
        assertThat(scenario.expectations()).containsExactly(new Scenario.Expectation(null, AwardCode.LAO_DONG_TIEN_TIEN,
                Outcome.NOT_ELIGIBLE, Map.of("LDTT-A1", CriterionStatus.NOT_MET), null, null, null, null, null, null, null, null, null));
    }

    @Test
    void reportsUnknownExpectationFieldWithFileAndLine() {
        RuleFolders.write(dir, FILE, DEFAULTS + """
                  - name: A case with a misspelt field
                    individuals: [ { id: A } ]
                    expect:
                      - { award: LAO_DONG_TIEN_TIEN, outcom: ELIGIBLE }
                """);

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(FILE);
            assertThat(problem.line()).isEqualTo(11);
            assertThat(problem.message()).contains("case \"A case with a misspelt field\"", "expect[0]", "outcom");
        });
    }

    @Test
    void rejectsCaseWithoutOutcomeOrName() {
        RuleFolders.write(dir, FILE, DEFAULTS + """
                  - name: A case that expects nothing in particular
                    individuals: [ { id: A } ]
                    expect:
                      - { award: LAO_DONG_TIEN_TIEN }
                  - individuals: [ { id: B } ]
                    expect:
                      - { award: LAO_DONG_TIEN_TIEN, outcome: ELIGIBLE }
                """);

        assertThat(problems()).extracting(RuleProblem::message).containsExactly(
                "case \"A case that expects nothing in particular\": expect[0]: needs either an outcome or absent: true",
                "cases[1] needs a name: a whole sentence saying what is expected");
    }

    @Test
    void rejectsRepeatedCaseName() {
        String aCase = """
                  - name: The same sentence twice
                    individuals: [ { id: A } ]
                    expect: [ { award: LAO_DONG_TIEN_TIEN, outcome: ELIGIBLE } ]
                """;
        RuleFolders.write(dir, FILE, DEFAULTS + aCase + aCase);

        assertThat(problems()).extracting(RuleProblem::message).containsExactly("the case name \"The same sentence twice\" is used twice");
    }

    @Test
    void readsWarningAbsenceAndAuthorityChecks() {
        RuleFolders.write(dir, FILE, DEFAULTS + """
                  - name: A case about warnings that must not be raised and the conferring authority
                    individuals: [ { id: A } ]
                    expect:
                      - award: LAO_DONG_TIEN_TIEN
                        outcome: ELIGIBLE
                        withoutWarnings: [ ABSENCE_RATING_INCONSISTENT ]
                        authority: Chủ tịch Ủy ban nhân dân cấp xã
                        authorityLegalReviewPending: false
                """);

        Scenario.Expectation expected = ScenarioSuite.read(dir).scenarios().get(0).expectations().get(0);

        assertThat(expected.withoutWarnings()).containsExactly("ABSENCE_RATING_INCONSISTENT");
        assertThat(expected.warnings()).isEmpty();
        assertThat(expected.authority()).isEqualTo("Chủ tịch Ủy ban nhân dân cấp xã");
        assertThat(expected.authorityLegalReviewPending()).isFalse();
    }

    private List<RuleProblem> problems() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> ScenarioSuite.read(dir));
        assertThat(e).as("the tests file should have been refused").isNotNull();
        return e.problems();
    }
}

package vn.thidua.web.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class ScenarioTextTests {

    private static final String FILE = """
            # Scenarios.
            defaults:
              period: { year: 2025 }

            cases:

              # A comment before the first case.
              - name: The first case
                individuals: [ { id: A } ]
                expect:
                  - { award: LAO_DONG_TIEN_TIEN, outcome: ELIGIBLE }

              - name: The second case, which fixes a parameter already
                parameters: { LAO_DONG_TIEN_TIEN.newRecruitMinMonths: 10 }
                expect:
                  - { award: LAO_DONG_TIEN_TIEN, outcome: ELIGIBLE }
            """;

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Test
    void appendsCasesAtTheEndOfTheListUnderAComment() {
        String changed = ScenarioText.append(FILE, "Boundary cases", List.of("- name: New\n  expect: []"));

        assertThat(changed).startsWith(FILE.stripTrailing());
        assertThat(changed).endsWith("""
                  # Boundary cases

                  - name: New
                    expect: []
                """.stripTrailing() + "\n");
        JsonNode cases = YAML.readTree(changed).path("cases");
        assertThat(cases.size()).isEqualTo(3);
        assertThat(cases.get(2).path("name").asString()).isEqualTo("New");
    }

    @Test
    void pinsAParameterOnTheCaseNamedOnALine() {
        String changed = ScenarioText.pin(FILE, 8, "TAP_THE_LAO_DONG_TIEN_TIEN.advancedWorkerSharePercent", "50");

        assertThat(changed).contains("""
                  - parameters: { TAP_THE_LAO_DONG_TIEN_TIEN.advancedWorkerSharePercent: 50 }
                    name: The first case
                    individuals: [ { id: A } ]
                """);
        JsonNode first = YAML.readTree(changed).path("cases").get(0);
        assertThat(first.path("name").asString()).isEqualTo("The first case");
        assertThat(first.at("/parameters/TAP_THE_LAO_DONG_TIEN_TIEN.advancedWorkerSharePercent").intValue()).isEqualTo(50);
    }

    @Test
    void addsThePinToTheParametersACaseFixesOnOneLine() {
        String changed = ScenarioText.pin(FILE, 13, "TAP_THE_LAO_DONG_TIEN_TIEN.advancedWorkerSharePercent", "50");

        assertThat(changed).contains("    parameters: { LAO_DONG_TIEN_TIEN.newRecruitMinMonths: 10, "
                + "TAP_THE_LAO_DONG_TIEN_TIEN.advancedWorkerSharePercent: 50 }\n");
        assertThat(changed.lines().count()).isEqualTo(FILE.lines().count());
        JsonNode second = YAML.readTree(changed).path("cases").get(1);
        assertThat(second.path("parameters").size()).isEqualTo(2);
    }

    @Test
    void refusesToPinAParameterTheCaseFixesAlreadyOrALineWithoutACase() {
        assertThatThrownBy(() -> ScenarioText.pin(FILE, 13, "LAO_DONG_TIEN_TIEN.newRecruitMinMonths", "6"))
                .isInstanceOfSatisfying(ParamsYamlText.Refused.class, e -> assertThat(e.key()).isEqualTo("paramchange.error.pinOwn"));
        assertThatThrownBy(() -> ScenarioText.pin(FILE, 9, "X.y", "1"))
                .isInstanceOfSatisfying(ParamsYamlText.Refused.class, e -> assertThat(e.key()).isEqualTo("paramchange.error.pin"));
    }
}

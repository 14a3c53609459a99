package vn.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** An initiative written as JSON carries only the request's fields, so it reads back under the strict reader. */
class InitiativeJsonTests {

    @Test
    void writesNoDerivedRecognizedField() {
        Initiative initiative = new Initiative("SK-1", "Sổ tay", 2025, Scope.CO_SO, "UBND xã", LocalDate.of(2025, 12, 15), true);

        String json = JsonMapper.shared().writeValueAsString(initiative);

        assertThat(initiative.isRecognized()).isTrue();
        assertThat(json).contains("\"recognizedBy\"").contains("\"recognitionDate\"").doesNotContain("\"recognized\"");
    }
}

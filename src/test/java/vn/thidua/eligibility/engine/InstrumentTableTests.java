package vn.thidua.eligibility.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The instrument table of rules/: which instrument a citation names, and the dates it applies. */
class InstrumentTableTests {

    private static InstrumentTable table;

    @BeforeAll
    static void read() throws IOException {
        List<RuleProblem> problems = new ArrayList<>();
        table = InstrumentTable.read(Files.readAllBytes(Path.of("rules/instruments.yaml")), problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void namesTheDecreeByItsNumberWithItsDates() {
        assertThat(table.named("Nghị định 152/2025/NĐ-CP, Điều 4")).satisfies(i -> {
            assertThat(i.id()).isEqualTo("D2");
            assertThat(i.effective()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(i.ceases()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(i.inForceOn(LocalDate.of(2027, 2, 28))).isTrue();
            assertThat(i.inForceOn(LocalDate.of(2027, 3, 1))).isFalse();
        });
        assertThat(table.named("Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7").inForceOn(LocalDate.of(2025, 7, 1))).isFalse();
    }

    @Test
    void namesTheDraftLawWhateverTheCaseOfItsFirstLetter() {
        assertThat(table.named("Dự thảo Luật sửa đổi, bổ sung Luật TĐKT, Điều 23 khoản 2").id()).isEqualTo("L2");
        assertThat(table.named("theo dự thảo Luật sửa đổi, bổ sung").id()).isEqualTo("L2");
    }

    @Test
    void namesNoInstrumentForATextWithoutANumber() {
        assertThat(table.named("Quy định của tỉnh")).isNull();
        assertThat(table.named("Nghị định 198/2023/NĐ-CP")).isNull();
    }
}

package vn.thidua.eligibility.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Bonus;

/** The bonuses of rules/bonus.yaml: the coefficient and base salary in force on a decision date, and the file's refusals. */
class BonusTableTests {

    private static BonusTable shipped() throws IOException {
        List<RuleProblem> problems = new ArrayList<>();
        BonusTable table = BonusTable.read(Files.readAllBytes(Path.of("rules/bonus.yaml")), problems);
        assertThat(problems).isEmpty();
        return table;
    }

    @Test
    void paysTheGrassrootsFighterOnceTheBaseSalaryFromTheFirstOfJuly2025() throws IOException {
        Bonus bonus = shipped().find(AwardCode.CHIEN_SI_THI_DUA_CO_SO, SubjectKind.INDIVIDUAL, LocalDate.of(2025, 7, 1));

        assertThat(bonus.coefficient()).isEqualByComparingTo("1.0");
        assertThat(bonus.baseSalary()).isEqualTo(2_340_000);
        assertThat(bonus.amount()).isEqualTo(2_340_000);
        assertThat(bonus.coefficientReference()).contains("152/2025/NĐ-CP");
        assertThat(bonus.baseSalaryReference()).contains("73/2024/NĐ-CP");
        assertThat(bonus.baseSalaryReview()).isEqualTo("PENDING");
    }

    @Test
    void paysAHouseholdOneAndAHalfTimesTheIndividualCertificate() throws IOException {
        BonusTable table = shipped();
        LocalDate on = LocalDate.of(2026, 1, 20);

        assertThat(table.find(AwardCode.GIAY_KHEN_CHU_TICH_UBND_XA, SubjectKind.INDIVIDUAL, on).amount()).isEqualTo(702_000);
        assertThat(table.find(AwardCode.GIAY_KHEN_CHU_TICH_UBND_XA, SubjectKind.HOUSEHOLD, on).amount()).isEqualTo(1_053_000);
    }

    @Test
    void hasNoBonusBeforeTheDecreeOrForAnAwardItDoesNotList() throws IOException {
        BonusTable table = shipped();

        assertThat(table.find(AwardCode.CHIEN_SI_THI_DUA_CO_SO, SubjectKind.INDIVIDUAL, LocalDate.of(2025, 6, 30))).isNull();
        assertThat(table.find(AwardCode.BANG_KHEN_CHU_TICH_UBND_TINH, SubjectKind.INDIVIDUAL, LocalDate.of(2026, 1, 20))).isNull();
        assertThat(table.find(AwardCode.GIAY_KHEN_CHU_TICH_UBND_XA, SubjectKind.COLLECTIVE, LocalDate.of(2026, 1, 20))).isNull();
    }

    @Test
    void roundsToWholeDongHalfUp() {
        Bonus bonus = new Bonus(new BigDecimal("0.45"), null, null, null, 2_340_001, null, null, null, java.math.RoundingMode.HALF_UP);

        assertThat(bonus.amount()).isEqualTo(1_053_000);
    }

    @Test
    void rejectsAnUnknownAwardKindDateAndAnAchievementDatedValue() {
        String file = """
                rounding: HALF_UP
                baseSalary:
                  date: decision
                  values: { 2024-07-01: -5 }
                  reference: { 2024-07-01: "Nghị định 73/2024/NĐ-CP" }
                coefficients:
                  NO_SUCH_AWARD:
                    INDIVIDUAL: { date: decision, values: { 2025-07-01: 1 }, reference: { 2025-07-01: "x" } }
                  LAO_DONG_TIEN_TIEN:
                    PERSON: { date: decision, values: { 2025-07-01: 1 }, reference: { 2025-07-01: "x" } }
                    INDIVIDUAL: { values: { 2025-07-01: 0.3 }, reference: { 2025-07-01: "x" } }
                """;
        List<RuleProblem> problems = new ArrayList<>();

        BonusTable.read(file.getBytes(StandardCharsets.UTF_8), problems);

        assertThat(problems).extracting(RuleProblem::toString).anySatisfy(p -> assertThat(p).contains("baseSalary from 2024-07-01"))
                .anySatisfy(p -> assertThat(p).contains("NO_SUCH_AWARD is not an award code"))
                .anySatisfy(p -> assertThat(p).contains("PERSON is not a kind of subject"))
                .anySatisfy(p -> assertThat(p).contains("LAO_DONG_TIEN_TIEN.INDIVIDUAL: date must be decision"));
    }
}

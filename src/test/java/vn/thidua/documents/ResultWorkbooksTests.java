package vn.thidua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.thidua.eligibility.EligibilityDecision;

/** Results as Excel: one row per decision and per criterion, named and in the chosen language; rankings by quota. */
class ResultWorkbooksTests {

    @Test
    void writesEveryDecisionCriterionAndRankedCandidate() throws IOException {
        EvaluatedCommunes.Evaluated commune = EvaluatedCommunes.of("data/commune-300.json");

        byte[] bytes = new ResultWorkbooks(EvaluatedCommunes.registry()).write(commune.request(), commune.evaluation(), Locale.forLanguageTag("vi"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet decisions = workbook.getSheet("Kết quả");
            assertThat(decisions.getLastRowNum()).isEqualTo(commune.evaluation().decisions().size());
            assertThat(decisions.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Kết quả");
            EligibilityDecision first = commune.evaluation().decisions().get(0);
            assertThat(decisions.getRow(1).getCell(0).getStringCellValue()).isEqualTo(first.subjectId());
            assertThat(decisions.getRow(1).getCell(4).getStringCellValue()).isEqualTo(first.outcome().name());
            assertThat(decisions.getRow(1).getCell(3).getStringCellValue())
                    .as("the award as rules/awards.yaml names it").isEqualTo(EvaluatedCommunes.ruleSet().awards().name(first.award()).vi());
            int criteria = commune.evaluation().decisions().stream().mapToInt(d -> d.criteria().size()).sum();
            assertThat(workbook.getSheet("Tiêu chí").getLastRowNum()).isEqualTo(criteria);
            assertThat(workbook.getSheet("Xếp thứ tự").getLastRowNum()).isPositive();
        }
        byte[] english = new ResultWorkbooks(EvaluatedCommunes.registry()).write(commune.request(), commune.evaluation(), Locale.ENGLISH);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            assertThat(workbook.getSheet("Decisions").getRow(0).getCell(3).getStringCellValue()).isEqualTo("Award");
        }
    }
}

package vn.thidua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Outcome;
import vn.thidua.testing.SecondReader;

/** Results as Excel: one row per decision and per criterion, named and in the chosen language; rankings by quota. */
class ResultWorkbooksTests {

    @Test
    void writesEveryDecisionCriterionAndRankedCandidate() throws IOException {
        EvaluatedCommunes.Evaluated commune = EvaluatedCommunes.of("data/commune-300.json");

        byte[] bytes = new ResultWorkbooks(EvaluatedCommunes.registry(), pages()).write(commune.request(), commune.evaluation(), Locale.forLanguageTag("vi"));
        assertThat(SecondReader.assertAgreesWithPoi(bytes)).as("cells a second reader finds the same").isPositive();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet decisions = workbook.getSheet("Kết quả");
            assertThat(decisions.getLastRowNum()).isEqualTo(commune.evaluation().decisions().size());
            assertThat(decisions.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Kết quả");
            EligibilityDecision first = commune.evaluation().decisions().get(0);
            assertThat(decisions.getRow(1).getCell(0).getStringCellValue()).isEqualTo(first.subjectId());
            assertThat(decisions.getRow(1).getCell(4).getStringCellValue())
                    .as("the outcome as the pages name it").isEqualTo(pages().getMessage("outcome." + first.outcome(), null, Locale.forLanguageTag("vi")));
            for (int row = 1; row <= decisions.getLastRowNum(); row++) {
                EligibilityDecision decision = commune.evaluation().decisions().get(row - 1);
                String outcome = decisions.getRow(row).getCell(4).getStringCellValue();
                assertThat(outcome).as("no outcome is named by its code").isNotEqualTo(decision.outcome().name());
                if (decision.outcome() == Outcome.DEFERRED) {
                    assertThat(outcome).isEqualTo("Chưa xét khen thưởng");
                }
                if (!decision.warnings().isEmpty()) {
                    assertThat(decisions.getRow(row).getCell(7).getStringCellValue()).as("warnings by their text")
                            .contains(decision.warnings().get(0).vi()).doesNotContain(decision.warnings().get(0).code());
                }
            }
            assertThat(decisions.getRow(1).getCell(3).getStringCellValue())
                    .as("the award as rules/awards.yaml names it").isEqualTo(EvaluatedCommunes.ruleSet().awards().name(first.award()).vi());
            int criteria = commune.evaluation().decisions().stream().mapToInt(d -> d.criteria().size()).sum();
            XSSFSheet criteriaSheet = workbook.getSheet("Tiêu chí");
            assertThat(criteriaSheet.getLastRowNum()).isEqualTo(criteria);
            assertThat(criteriaSheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Dữ kiện");
            boolean dayFirst = false;
            for (int row = 1; row <= criteriaSheet.getLastRowNum(); row++) {
                String facts = criteriaSheet.getRow(row).getCell(6).getStringCellValue();
                assertThat(facts).as("facts in words, row " + row).doesNotContain("=", "{", "}")
                        .doesNotContainPattern("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
                dayFirst |= facts.matches(".*\\d{2}/\\d{2}/\\d{4}.*");
            }
            assertThat(dayFirst).as("some fact is a date, written day first").isTrue();
            assertThat(workbook.getSheet("Xếp thứ tự").getLastRowNum()).isPositive();
        }
        byte[] english = new ResultWorkbooks(EvaluatedCommunes.registry(), pages()).write(commune.request(), commune.evaluation(), Locale.ENGLISH);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            assertThat(workbook.getSheet("Decisions").getRow(0).getCell(3).getStringCellValue()).isEqualTo("Award");
        }
    }

    /** The pages' texts, as Spring Boot configures them (spring.messages.*). */
    private static ResourceBundleMessageSource pages() {
        ResourceBundleMessageSource pages = new ResourceBundleMessageSource();
        pages.setBasename("i18n/messages");
        pages.setDefaultEncoding("UTF-8");
        pages.setFallbackToSystemLocale(false);
        return pages;
    }
}

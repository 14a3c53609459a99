package vn.thidua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.testing.TestProperties;
import vn.thidua.testing.SecondReader;

/** The request workbook: template, round trip of the sample data, and problems named by sheet, row and column. */
class RequestWorkbooksTests {

    private static final RequestReader READER = new RequestReader(104_857_600, 10_000, Clock.systemUTC());
    private static final RequestWorkbooks WORKBOOKS = new RequestWorkbooks(READER, TestProperties.of());

    @ParameterizedTest
    @ValueSource(strings = {"data/sample-commune.json", "data/commune-300.json"})
    void writesAndReadsBackTheSameRequest(String file) throws IOException {
        EvaluationRequest request = READER.read(Files.newInputStream(Path.of(file)));

        byte[] workbook = WORKBOOKS.write(request);
        EvaluationRequest back = WORKBOOKS.read(new ByteArrayInputStream(workbook));

        assertThat(back).isEqualTo(request);
        assertThat(SecondReader.assertAgreesWithPoi(workbook)).as("cells a second reader finds the same").isPositive();
    }

    @Test
    void theSampleWorkbookInDataHoldsTheSampleCommune() throws IOException {
        EvaluationRequest request = READER.read(Files.newInputStream(Path.of("data/sample-commune.json")));
        Path sample = Path.of("data/sample-commune.xlsx");
        if (Boolean.getBoolean("thidua.regenerate")) {
            Files.write(sample, WORKBOOKS.write(request));
        }

        assertThat(WORKBOOKS.read(Files.newInputStream(sample))).as("data/sample-commune.xlsx is stale: run the test with"
                + " -Dthidua.regenerate=true").isEqualTo(request);
    }

    @Test
    void templateHasEverySheetWithBothHeaderRowsAndInstructions() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(WORKBOOKS.template()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo(Instructions.SHEET);
            for (WorkbookSchema.Sheet spec : WorkbookSchema.sheets()) {
                Sheet sheet = workbook.getSheet(spec.name());
                assertThat(sheet).as(spec.name()).isNotNull();
                assertThat(sheet.getRow(1).getCell(spec.owner() == null ? 0 : 1).getStringCellValue())
                        .isEqualTo(spec.columns().get(0).key());
            }
            Sheet people = workbook.getSheet("Cá nhân");
            assertThat(people.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên *");
            assertThat(people.getRow(1).getCell(1).getStringCellValue()).isEqualTo("fullName");
        }
    }

    @Test
    void anEmptyTemplateIsRefusedForWhatARequestNeeds() {
        WorkbookException refused = catchThrowableOfType(WorkbookException.class,
                () -> WORKBOOKS.read(new ByteArrayInputStream(WORKBOOKS.template())));

        assertThat(refused.problems()).isNotEmpty();
    }

    @Test
    void namesSheetRowAndColumnOfEachProblem() throws IOException {
        EvaluationRequest request = READER.read(Files.newInputStream(Path.of("data/sample-commune.json")));
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(WORKBOOKS.write(request)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet people = workbook.getSheet("Cá nhân");
            Row fifth = people.getRow(4);
            fifth.getCell(column(people, "birthYear")).setCellValue("một chín tám lăm");
            fifth.getCell(column(people, "gender")).setCellValue("NAM");
            people.getRow(6).getCell(column(people, "unit")).setCellValue("XA-KHONG-CO");
            people.getRow(7).getCell(column(people, "fullName")).setBlank();
            Sheet ratings = workbook.getSheet("CN - xếp loại");
            ratings.getRow(2).getCell(0).setCellValue("CN-9999");
            workbook.write(out);
            bytes = out.toByteArray();
        }

        WorkbookException refused = catchThrowableOfType(WorkbookException.class, () -> WORKBOOKS.read(new ByteArrayInputStream(bytes)));

        assertThat(refused.problems()).extracting(p -> p.sheet() + "|" + p.row() + "|" + p.column()).contains(
                "Cá nhân|5|Năm sinh", "Cá nhân|5|Giới tính", "Cá nhân|7|Đơn vị", "Cá nhân|8|Họ và tên",
                "CN - xếp loại|3|Mã của đối tượng");
        assertThat(refused.problems()).allSatisfy(p -> {
            assertThat(p.messageVi()).isNotBlank();
            assertThat(p.messageEn()).isNotBlank();
        });
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() {
        WorkbookException refused = catchThrowableOfType(WorkbookException.class,
                () -> WORKBOOKS.read(new ByteArrayInputStream("{\"schemaVersion\": 1}".getBytes())));

        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.messageEn()).contains("not a valid Excel"));
    }

    private static int column(Sheet sheet, String key) {
        for (var cell : sheet.getRow(1)) {
            if (cell.getStringCellValue().equals(key)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + key);
    }
}

package vn.thidua.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.GeneratedDistrict;
import vn.thidua.testing.PdfText;
import vn.thidua.testing.SecondReader;

/**
 * The report page of a generated commune over two years in a real browser: the form leads to the report,
 * Chart.js (served from its webjar under the page's Content-Security-Policy) draws both charts on their
 * canvases, the table holds each group's counts, and each download link gives a file that opens: the
 * report as Excel (read by POI and the second reader) and PDF (read by pdftotext), Biểu 0603 as Excel.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class FocusReportBrowserIntegrationTests {

    @LocalServerPort
    private int port;

    @Autowired
    private EvaluationRuns runs;

    @Test
    void drawsTheChartsAndTheDownloadsOpen() throws Exception {
        GeneratedDistrict.store(runs, "B18-", 60, 2041, 2);
        try (Browser browser = new Browser(port)) {
            browser.login("test-admin", "admin-passphrase-2026");
            browser.open("/");
            browser.click("header nav a[href='/reports']");
            browser.waitForText("Chọn năm hoặc khoảng năm", Duration.ofSeconds(60));
            browser.type("#report-form input[name=from]", "2041");
            browser.type("#report-form input[name=to]", "2042");
            browser.type("#report-form input[name=unit]", "B18-XA-DA-RSAL");
            browser.click("#report-form button[type=submit]");
            browser.waitForText("Từ năm 2041 đến năm 2042 (2 năm)", Duration.ofSeconds(120));
            assertThat(browser.textOf("#report-heading")).contains("UBND xã Đạ R'sal");
            assertThat(browser.texts("#sources li")).hasSize(2).allMatch(t -> t.contains("sổ khen thưởng chưa có khen thưởng nào"));
            for (String canvas : List.of("#chart-shares", "#chart-counts")) {
                assertThat(browser.script("var c = Chart.getChart(document.querySelector(arguments[0]));"
                        + " return c != null && c.data.datasets.length > 0 && c.data.labels.length === 9;", canvas))
                        .as("a chart drawn on " + canvas).isEqualTo(true);
            }
            assertThat(browser.script("return Chart.getChart(document.querySelector('#chart-shares')).data.datasets"
                    + ".map(function (d) { return d.label; }).join(',');")).isEqualTo("2041,2042");
            assertThat(browser.texts("#report-awarded tbody tr")).hasSize(10);
            browser.screenshot("report-focus-groups");

            Path xlsx = browser.download("#download-xlsx", ".xlsx", Duration.ofSeconds(60));
            byte[] workbook = Files.readAllBytes(xlsx);
            assertThat(SecondReader.assertAgreesWithPoi(workbook)).isGreaterThan(50);
            assertThat(SecondReader.sheets(workbook)).containsKey("Theo năm");

            Path pdf = browser.download("#download-pdf", ".pdf", Duration.ofSeconds(60));
            assertThat(PdfText.of(Files.readAllBytes(pdf))).contains("BÁO CÁO KHEN THƯỞNG THEO NHÓM ĐỐI TƯỢNG").contains("Chức sắc tôn giáo");

            Path bieu = browser.download("#download-bieu0603", ".xlsx", Duration.ofSeconds(60));
            try (XSSFWorkbook form = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(bieu)))) {
                assertThat(form.getSheet("Năm 2042").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Biểu số: 0603.N/BNV-TĐKT");
            }

            browser.open("/reports?from=2042&to=2041&lang=en");
            browser.waitForText("the last year 2041 is before the first year 2042", Duration.ofSeconds(60));
        }
    }
}

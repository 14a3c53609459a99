package vn.thidua.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.PdfText;

/**
 * The whole secretariat flow in a real browser, in Vietnamese: the administrator creates a
 * secretariat user, who uploads an invalid file, downloads the Excel template, uploads the sample
 * commune as that workbook, evaluates it, saves the results as Excel and the council's list as PDF,
 * opens a decision with its explanation and citation and publishes the list; the public comments on a
 * candidate, and the comment shows on the candidate's decision page. Screenshots of the main
 * pages go to target/artifacts/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class WebFlowBrowserIntegrationTests {

    private static final String SECRETARY = "thuky-darsal";
    private static final String PASSWORD = "mat-khau-thu-ky-1";

    @LocalServerPort
    private int port;

    @Test
    void secretariatEvaluatesTheSampleAndThePublicComments() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.login("test-admin", "admin-passphrase-2026");
            assertThat(browser.text()).contains("Xin chào");
            browser.open("/admin/users");
            browser.type("#username", SECRETARY);
            browser.type("#displayName", "Thư ký xã Đạ R'sal");
            browser.type("#password", PASSWORD);
            browser.click("#role-SECRETARIAT");
            browser.type("#units", "XA-DARSAL");
            browser.click("#save-user");
            browser.waitForText("Đã lưu người dùng " + SECRETARY, Duration.ofSeconds(30));
            browser.screenshot("admin-users");
            browser.logout();

            browser.login(SECRETARY, PASSWORD);
            browser.open("/runs");
            browser.find("#file").sendKeys(Path.of("data/sample-invalid.json").toAbsolutePath().toString());
            browser.click("#evaluate");
            assertThat(browser.textOf("#upload-errors")).contains("không hợp lệ").contains("individuals[1].fullName");
            browser.screenshot("upload-errors");

            Path template = browser.download("#template-link", ".xlsx", Duration.ofSeconds(30));
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
                assertThat(workbook.getSheet("Cá nhân")).isNotNull();
            }

            browser.find("#file").sendKeys(Path.of("data/sample-commune.xlsx").toAbsolutePath().toString());
            browser.click("#evaluate");
            browser.waitForPath("/runs/\\d+", Duration.ofSeconds(120));
            String run = browser.path();
            assertThat(browser.all("#results tbody tr")).isNotEmpty();
            browser.screenshot("results");

            Path results = browser.download("#export-xlsx", ".xlsx", Duration.ofSeconds(30));
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(results))) {
                assertThat(workbook.getSheet("Kết quả").getLastRowNum()).isPositive();
            }
            Path list = browser.download("#print-pdf", ".pdf", Duration.ofSeconds(30));
            String printed = PdfText.squeezed(PdfText.page(Files.readAllBytes(list), 1));
            assertThat(printed).contains("CỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAM", "DANHSÁCHĐỀNGHỊKHENTHƯỞNG", "Laođộngtiêntiến");

            browser.open(run + "?outcome=ELIGIBLE");
            browser.click("#results tbody tr td a");
            assertThat(browser.textOf("#outcome")).isEqualTo("Đủ điều kiện");
            WebElement explanation = browser.find("#criteria td.explanation");
            assertThat(explanation.getText()).isNotBlank().matches(".*[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôồốổỗộơờớởỡợưừứửữựìíịỉĩùúụủũỳýỵỷỹ].*");
            assertThat(browser.find("#criteria a.citation").getAttribute("href")).startsWith("http");
            browser.screenshot("decision");

            browser.open(run + "/rankings");
            browser.screenshot("rankings");

            browser.open(run);
            browser.click("#publish");
            browser.waitForText("Đã công khai danh sách", Duration.ofSeconds(30));
            // This run's list, not the first card on /public: other tests of the suite publish lists too,
            // and closed lists stay on the index.
            List<WebElement> published = browser.all("a[href^='/public/']");
            String publicList = java.net.URI.create(published.get(published.size() - 1).getAttribute("href")).getPath();
            browser.logout();

            browser.open("/public");
            assertThat(browser.all("ul.cards li a")).isNotEmpty();
            browser.open(publicList);
            assertThat(browser.all("#candidates tbody tr")).isNotEmpty();
            assertThat(browser.all("#candidates thead th")).hasSize(4);
            browser.screenshot("public-list");
            Select candidate = new Select(browser.find("#candidate"));
            String chosen = candidate.getFirstSelectedOption().getAttribute("value");
            browser.type("#authorName", "Nguyễn Thị Góp Ý");
            browser.type("#body", "Tôi xác nhận ông/bà này gương mẫu ở thôn.");
            browser.click("#send-comment");
            assertThat(browser.textOf("#thanks")).contains("Cảm ơn");

            browser.login(SECRETARY, PASSWORD);
            String[] candidateKey = chosen.split("\\|");
            browser.open(run + "/decision?subject=" + candidateKey[0] + "&award=" + candidateKey[1]);
            assertThat(browser.textOf("#comments")).contains("gương mẫu ở thôn").contains("Nguyễn Thị Góp Ý");
            browser.screenshot("decision-with-comment");
        }
    }
}

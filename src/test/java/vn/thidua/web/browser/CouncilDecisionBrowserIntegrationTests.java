package vn.thidua.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.PdfText;

/**
 * The secretariat closes a commune's year in a real browser, in Vietnamese: records the council's
 * session on the run's council page (ten members, one absent with a written opinion and one absent,
 * the chair recused from the commune's own dossiers by the policy), reads the results, downloads the
 * minutes and reads their text; drafts the decisions, downloads one as PDF and as DOCX and reads
 * both, records its signature, and finds the conferred awards in the register, then reads the register
 * in English through the pages' language switch.
 *
 * <p>The run is the sample commune with subject ids of its own (CN-B…, and one collective TT-B01),
 * because a subject holds an award for a year only once in the register and other tests confer the
 * sample's own ids in the same database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class CouncilDecisionBrowserIntegrationTests {

    private static final String SECRETARY = "thuky-hoidong-darsal";
    private static final String PASSWORD = "mat-khau-hoi-dong-1";

    /** id, name, position, unit, attendance. Only the chair belongs to the commune's own unit XA-DARSAL. */
    private static final List<String[]> MEMBERS = List.of(
            new String[] {"M1", "Nguyễn Văn Bình", "Chủ tịch UBND xã, Chủ tịch Hội đồng", "XA-DARSAL", "PRESENT"},
            new String[] {"M2", "Trần Thị Hoa", "Phó Bí thư Đảng ủy xã, Phó Chủ tịch Hội đồng", "DANGUY-DARSAL", "PRESENT"},
            new String[] {"M3", "K'Brơi", "Chủ tịch Ủy ban MTTQ xã", "MTTQ-DARSAL", "PRESENT"},
            new String[] {"M4", "Lê Văn Tâm", "Hiệu trưởng Trường Tiểu học", "TH-DARSAL", "PRESENT"},
            new String[] {"M5", "Ka Huệ", "Chủ tịch Hội Liên hiệp Phụ nữ xã", "HLHPN-DARSAL", "ABSENT_WRITTEN"},
            new String[] {"M6", "Phạm Quốc Việt", "Bí thư Đoàn xã", "DOAN-DARSAL", "PRESENT"},
            new String[] {"M7", "Đoàn Văn Lực", "Chủ tịch Hội Nông dân xã", "HND-DARSAL", "PRESENT"},
            new String[] {"M8", "Hoàng Thị Mai", "Trưởng Trạm Y tế xã", "TYT-DARSAL", "PRESENT"},
            new String[] {"M9", "Võ Thị Thu", "Công chức Văn hóa - Xã hội, Thư ký Hội đồng", "VHXH-DARSAL", "PRESENT"},
            new String[] {"M10", "Ya Thông", "Chủ tịch Hội Cựu chiến binh xã", "CCB-DARSAL", "ABSENT"});

    @LocalServerPort
    private int port;

    @Test
    void secretariatRecordsTheCouncilDraftsAndSignsTheDecisionAndFindsTheRegister() throws Exception {
        Path request = request();
        try (Browser browser = new Browser(port)) {
            browser.login("test-admin", "admin-passphrase-2026");
            browser.open("/admin/users");
            browser.type("#username", SECRETARY);
            browser.type("#displayName", "Thư ký Hội đồng xã Đạ R'sal");
            browser.type("#password", PASSWORD);
            browser.click("#role-SECRETARIAT");
            browser.type("#units", "XA-DARSAL");
            browser.click("#save-user");
            assertThat(browser.text()).contains("Đã lưu người dùng " + SECRETARY);
            browser.logout();

            browser.login(SECRETARY, PASSWORD);
            browser.open("/runs");
            browser.find("#file").sendKeys(request.toString());
            browser.click("#evaluate");
            browser.waitForPath("/runs/\\d+", Duration.ofSeconds(120));
            String run = browser.path();

            // The council page, from the run's own link.
            browser.click("#council-sessions");
            browser.waitForPath(run + "/council", Duration.ofSeconds(30));
            assertThat(browser.textOf("h1")).isEqualTo("Phiên họp Hội đồng của lần đánh giá");
            assertThat(browser.text()).contains("Chưa ghi phiên họp nào.", "Ghi một phiên họp");
            browser.setValue("#heldOn", "2026-01-15");
            browser.setValue("#startsAt", "08:00");
            browser.type("#place", "Hội trường UBND xã Đạ R'sal");
            browser.type("#councilName", "Hội đồng Thi đua - Khen thưởng xã Đạ R'sal");
            browser.type("#chair", "M1");
            browser.type("#secretary", "M9");
            for (int i = 0; i < MEMBERS.size(); i++) {
                String[] m = MEMBERS.get(i);
                browser.type("input[name='m" + i + ".id']", m[0]);
                browser.type("input[name='m" + i + ".name']", m[1]);
                browser.type("input[name='m" + i + ".position']", m[2]);
                browser.type("input[name='m" + i + ".unit']", m[3]);
                browser.select("select[name='m" + i + ".attendance']", m[4]);
            }
            // Nine may vote (eight present, one in writing); the chair recuses from dossiers of XA-DARSAL: eight.
            ballot(browser, "CN-B026", "CHIEN_SI_THI_DUA_CO_SO", 8, 0, 0);   // 8/10 = 80 %: at the threshold, approved
            ballot(browser, "CN-B001", "LAO_DONG_TIEN_TIEN", 6, 1, 0);       // 60 % > 50 %: approved
            ballot(browser, "CN-B005", "LAO_DONG_TIEN_TIEN", 4, 3, 1);       // 40 %: not approved
            ballot(browser, "TT-B01", "TAP_THE_LAO_DONG_TIEN_TIEN", 7, 0, 1); // 70 %: approved
            browser.screenshot("council-form");
            browser.click("#record-session button[type=submit]");
            browser.waitForPath("/council/sessions/\\d+", Duration.ofSeconds(60));
            String session = browser.path();

            assertThat(browser.text()).contains("Hội đồng Thi đua - Khen thưởng xã Đạ R'sal", "15/01/2026", "Hội trường UBND xã Đạ R'sal",
                    "Ka Huệ", "Vắng, có ý kiến bằng văn bản", "Kết quả bỏ phiếu kín");
            assertThat(rowOf(browser, "#results tbody tr", "Liêng Jrang K'Hoa")).contains("Chiến sĩ thi đua cơ sở", "80,00", "Đạt", "M1");
            assertThat(rowOf(browser, "#results tbody tr", "Nguyễn Văn Hùng")).contains("Lao động tiên tiến", "60,00", "Đạt");
            assertThat(rowOf(browser, "#results tbody tr", "Bế Văn Thành")).contains("40,00", "Không đạt");
            assertThat(rowOf(browser, "#results tbody tr", "Văn phòng - Thống kê xã Đạ R'sal")).contains("Tập thể lao động tiên tiến", "70,00", "Đạt");
            browser.screenshot("council-session");

            Path minutes = browser.download("#minutes-pdf", ".pdf", Duration.ofSeconds(30));
            assertThat(pdfText(minutes)).contains(squeezed("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "V/v xét, đề nghị khen thưởng năm 2025",
                    "Thời gian: 08:00, ngày 15/01/2026", "Địa điểm: Hội trường UBND xã Đạ R'sal",
                    "có 8/10 thành viên tham dự", "Ka Huệ", "vắng mặt, có ý kiến bằng văn bản",
                    "Hội đồng đã bỏ phiếu kín, kết quả như sau:", "Tỷ lệ %", "Kết quả",
                    // name, award, agree, disagree, invalid, percentage (whole: no decimals), result
                    "Nguyễn Văn HùngLao động tiên tiến61060Đạt", "Bế Văn ThànhLao động tiên tiến43140Không đạt",
                    "Liêng Jrang K'HoaChiến sĩ thi đua cơ sở80080Đạt", "Văn phòng - Thống kê xã Đạ R'salTập thể lao động tiên tiến70170Đạt",
                    "từ 80% trở lên tổng số thành viên Hội đồng", "quá 50% tổng số thành viên Hội đồng",
                    "Liêng Jrang K'Hoa (Chiến sĩ thi đua cơ sở): Nguyễn Văn Bình", "THƯ KÝ", "CHỦ TRÌ"));

            // The session is listed with the run's others.
            browser.open(run + "/council");
            assertThat(browser.textOf("table tbody")).contains("15/01/2026", "Hội trường UBND xã Đạ R'sal");
            assertThat(browser.find("table tbody a").getAttribute("href")).endsWith(session);

            // Draft the decisions: one per deciding authority, for the run's decision date.
            browser.open(run);
            browser.click("#award-decisions");
            browser.waitForPath(run + "/award-decisions", Duration.ofSeconds(30));
            assertThat(browser.text()).contains("Chưa có dự thảo quyết định nào");
            browser.click("main form button[type=submit]");
            browser.waitForText("Đã lập 2 dự thảo quyết định.", Duration.ofSeconds(60));
            browser.screenshot("award-decisions");
            String commune = decision(browser, "Chủ tịch Ủy ban nhân dân cấp xã");
            String province = decision(browser, "Cấp có thẩm quyền theo quy định của tỉnh");
            assertThat(browser.textOf(commune)).contains("20/01/2026", "2 mục", "3.042.000 đ", "Liêng Jrang K'Hoa", "2.340.000",
                    "Nguyễn Văn Hùng", "702.000").doesNotContain("Bế Văn Thành");
            assertThat(browser.textOf(province)).contains("Văn phòng - Thống kê xã Đạ R'sal", "1.872.000");

            Path pdf = browser.download(commune + " a[href$='/decision.pdf']", ".pdf", Duration.ofSeconds(30));
            assertThat(pdfText(pdf)).contains(squeezed("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "QUYẾT ĐỊNH",
                    "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15",
                    "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng xã Đạ R'sal ngày 15 tháng 01 năm 2026",
                    "Điều 1.", "Điều 2.", "Điều 3.", "Nơi nhận", "DANH SÁCH", "II. CÁ NHÂN", "Liêng Jrang K'Hoa", "Nguyễn Văn Hùng",
                    "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến", "2.340.000", "702.000", "3.042.000"))
                    .doesNotContain(squeezed("I. TẬP THỂ", "Bế Văn Thành"));
            Path docx = browser.download(commune + " a[href$='/decision.docx']", ".docx", Duration.ofSeconds(30));
            try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
                List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                // Quốc hiệu and Tiêu ngữ stand in the heading table, beside the authority.
                assertThat(document.getTables().get(0).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
                assertThat(paragraphs).contains("QUYẾT ĐỊNH", "Về việc tặng danh hiệu thi đua, hình thức khen thưởng năm 2025",
                        "CHỦ TỊCH ỦY BAN NHÂN DÂN CẤP XÃ", "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng xã Đạ R'sal ngày 15 tháng 01 năm 2026;",
                        "DANH SÁCH", "II. CÁ NHÂN").doesNotContain("I. TẬP THỂ");
                assertThat(paragraphs).anyMatch(p -> p.startsWith("Tổng số tiền thưởng: 3.042.000 đồng"));
                XWPFTable list = document.getTables().get(document.getTables().size() - 1);
                // Numbered in the order of the council's ballots, which follow the run's dossiers.
                assertThat(list.getRows()).extracting(CouncilDecisionBrowserIntegrationTests::cells).containsExactly(
                        "STT | Họ và tên | Đơn vị | Danh hiệu/Hình thức | Tiền thưởng (đồng)",
                        "1 | Nguyễn Văn Hùng | Ủy ban nhân dân xã Đạ R'sal | Lao động tiên tiến | 702.000",
                        "2 | Liêng Jrang K'Hoa | Ủy ban nhân dân xã Đạ R'sal | Chiến sĩ thi đua cơ sở | 2.340.000");
            }
            Path collective = browser.download(province + " a[href$='/decision.docx']", ".docx", Duration.ofSeconds(30));
            try (XWPFDocument document = new XWPFDocument(Files.newInputStream(collective))) {
                List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                assertThat(paragraphs).contains("QUYẾT ĐỊNH", "DANH SÁCH", "I. TẬP THỂ").doesNotContain("II. CÁ NHÂN");
                XWPFTable list = document.getTables().get(document.getTables().size() - 1);
                assertThat(list.getRows()).extracting(CouncilDecisionBrowserIntegrationTests::cells).contains(
                        "1 | Văn phòng - Thống kê xã Đạ R'sal | Ủy ban nhân dân xã Đạ R'sal | Tập thể lao động tiên tiến | 1.872.000");
            }

            // The signed decision comes back: record it, and the awards are conferred.
            browser.type(commune + " input[name=decisionNumber]", "07/QĐ-UBND");
            browser.setValue(commune + " input[name=signedOn]", "2026-01-20");
            browser.type(commune + " input[name=signer]", "Nguyễn Văn Bình");
            browser.click(commune + " form button[type=submit]");
            browser.waitForText("Đã ghi nhận quyết định đã ký", Duration.ofSeconds(60));
            assertThat(browser.textOf(commune)).contains("Đã ký: số 07/QĐ-UBND, ngày 20/01/2026, người ký Nguyễn Văn Bình");
            assertThat(browser.all(commune + " form")).isEmpty();
            assertThat(browser.all(province + " form")).hasSize(1);

            browser.open("/register");
            browser.type("input[name=subjectId]", "CN-B026");
            browser.click("form[method=get] button[type=submit]");
            // A click returns before the next page has loaded under load: wait for it.
            browser.waitForPath("/register\\?subjectId=CN-B026.*", Duration.ofSeconds(30));
            assertThat(browser.all("#register tbody tr")).hasSize(1);
            assertThat(browser.textOf("#register tbody tr")).contains("CN-B026", "Liêng Jrang K'Hoa", "XA-DARSAL", "2025",
                    "Chiến sĩ thi đua cơ sở", "07/QĐ-UBND, 20/01/2026", "Quyết định lập trong hệ thống", "Còn hiệu lực");
            browser.screenshot("register");
            browser.open("/register?subjectId=CN-B001");
            assertThat(browser.textOf("#register tbody")).contains("Nguyễn Văn Hùng", "Lao động tiên tiến", "07/QĐ-UBND");
            browser.open("/register?subjectId=CN-B005");
            assertThat(browser.all("#register tbody tr")).isEmpty();

            // The same page in English, through the switch every page offers.
            browser.open("/register?subjectId=CN-B026");
            browser.click("header a[lang=en]");
            // The switch keeps the page's query: the same filtered list, in English.
            browser.waitForPath("/register\\?subjectId=CN-B026&lang=en", Duration.ofSeconds(30));
            assertThat(browser.all("#register tbody tr")).hasSize(1);
            assertThat(browser.textOf("h1")).isEqualTo("Register of awards");
            assertThat(browser.textOf("#register thead")).contains("Subject id", "Name (as conferred)", "Title or award", "Decision");
            String entry = rowOf(browser, "#register tbody tr", "CN-B026");
            assertThat(entry).contains("Grassroots Emulation Fighter", "07/QĐ-UBND, 20/01/2026", "Decision recorded in the application", "In force");
            browser.screenshot("register-en");
        }
    }

    /** The sample commune with ids of its own and a collective of the commune's office, as a JSON file to upload. */
    private static Path request() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        String sample = Files.readString(Path.of("data/sample-commune.json"), StandardCharsets.UTF_8).replace("\"CN-0", "\"CN-B");
        ObjectNode request = (ObjectNode) json.readTree(sample);
        request.set("collectives", json.readTree("""
                [{"id": "TT-B01", "name": "Văn phòng - Thống kê xã Đạ R'sal", "unit": "XA-DARSAL",
                  "ratings": [{"year": 2024, "level": "HTTNV"}, {"year": 2025, "level": "HTXSNV"}],
                  "attestations": [{"year": 2025, "kind": "EMULATION_MOVEMENT", "minutesRef": "BB-TT-1"},
                                   {"year": 2025, "kind": "EXCEEDED_TARGETS", "minutesRef": "BB-TT-1"},
                                   {"year": 2025, "kind": "INTERNAL_UNITY", "minutesRef": "BB-TT-1"}],
                  "members": ["CN-B001", "CN-B005", "CN-B026", "CN-B029", "CN-B031"]}]"""));
        Path file = Files.createDirectories(Path.of("target", "artifacts")).resolve("browser-council-commune.json");
        Files.writeString(file, json.writeValueAsString(request), StandardCharsets.UTF_8);
        return file.toAbsolutePath();
    }

    /** Types the counts into the form's row of that dossier (the rows follow the run's dossiers, each naming its own). */
    private static void ballot(Browser browser, String subjectId, String award, int agree, int disagree, int invalid) {
        for (WebElement subject : browser.all("#record-session input[type=hidden][value='" + subjectId + "']")) {
            String row = subject.getAttribute("name").replace(".subjectId", "");
            if (award.equals(browser.find("#record-session input[name='" + row + ".award']").getAttribute("value"))) {
                browser.type("#record-session input[name='" + row + ".agree']", Integer.toString(agree));
                browser.type("#record-session input[name='" + row + ".disagree']", Integer.toString(disagree));
                browser.type("#record-session input[name='" + row + ".invalid']", Integer.toString(invalid));
                return;
            }
        }
        throw new AssertionError("the council form has no dossier " + subjectId + " " + award);
    }

    private static String rowOf(Browser browser, String rows, String containing) {
        return browser.texts(rows).stream().filter(t -> t.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + containing + " in " + rows));
    }

    /** The CSS selector of the drafted decision of that authority on the decisions page. */
    private static String decision(Browser browser, String authority) {
        return browser.all("article.decision").stream().filter(a -> a.findElement(org.openqa.selenium.By.tagName("h2")).getText()
                .contains(authority)).map(a -> "#" + a.getAttribute("id")).findFirst()
                .orElseThrow(() -> new AssertionError("no decision of " + authority));
    }

    private static String cells(XWPFTableRow row) {
        return String.join(" | ", row.getTableCells().stream().map(c -> c.getText().strip()).toList());
    }

    /** The text as poppler's pdftotext reads it, without white space. */
    private static String pdfText(Path file) throws Exception {
        return PdfText.squeezed(PdfText.of(Files.readAllBytes(file)));
    }

    private static String[] squeezed(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> t.replaceAll("\\s+", "")).toArray(String[]::new);
    }
}

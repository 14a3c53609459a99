package vn.thidua.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.testing.DatabaseProfiles;

/**
 * The comment loop and the Fatherland Front's oversight in a real browser, in Vietnamese: the
 * administrator creates a secretariat, a Front (OVERSIGHT) and a council account; the secretariat
 * evaluates the sample commune and publishes its list; a citizen comments on a candidate; the Front
 * files a supervision opinion on that candidate; the secretariat answers both on the list's comments
 * page; the Front sees both answers; the public page shows the comment and its answer without the
 * commenter's name; the council member reads the comment and the opinion with their answers on the
 * candidate's decision page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class CommentLoopBrowserIntegrationTests {

    private static final String SECRETARY = "thuky-vong-gop-y";
    private static final String FRONT = "mttq-vong-gop-y";
    private static final String COUNCIL = "hoidong-vong-gop-y";
    private static final String PASSWORD = "mat-khau-vong-gop-y";
    /** Nguyễn Văn Hùng of the commune's People's Committee, proposed for Lao động tiên tiến. */
    private static final String CANDIDATE = "CN-0001|LAO_DONG_TIEN_TIEN";
    private static final String TITLE = "Danh sách đề nghị khen thưởng năm 2025 – vòng góp ý";

    @LocalServerPort
    private int port;

    @Test
    void aCitizenCommentsTheFrontFilesAnOpinionTheSecretariatAnswersBothAndTheCouncilReadsThem() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.login("test-admin", "admin-passphrase-2026");
            user(browser, SECRETARY, "Thư ký xã Đạ R'sal", "SECRETARIAT");
            user(browser, FRONT, "Ủy ban MTTQ xã Đạ R'sal", "OVERSIGHT");
            user(browser, COUNCIL, "Ủy viên Hội đồng xã Đạ R'sal", "COUNCIL");
            assertThat(browser.textOf("#users")).contains("Mặt trận Tổ quốc / Giám sát");
            browser.logout();

            browser.login(SECRETARY, PASSWORD);
            browser.open("/runs");
            browser.find("#file").sendKeys(Path.of("data/sample-commune.json").toAbsolutePath().toString());
            browser.click("#evaluate");
            browser.waitForPath("/runs/\\d+", Duration.ofSeconds(120));
            String run = browser.path();
            browser.type("input[name=title]", TITLE);
            browser.click("#publish");
            browser.waitForText("Đã công khai danh sách", Duration.ofSeconds(30));
            browser.logout();

            // A citizen comments on the public page.
            browser.open("/public");
            browser.all("ul.cards li a").stream().filter(a -> a.getText().equals(TITLE)).findFirst().orElseThrow().click();
            browser.waitForText("Gửi ý kiến", Duration.ofSeconds(30));
            String list = browser.path();
            browser.select("#candidate", CANDIDATE);
            browser.type("#authorName", "Ka Thị Góp Ý");
            browser.type("#contact", "0912 345 678");
            browser.type("#body", "Anh Hùng có đủ hai năm hoàn thành xuất sắc nhiệm vụ không?");
            browser.click("#send-comment");
            assertThat(browser.textOf("#thanks")).contains("Cảm ơn");

            // The Front files an opinion on the same candidate.
            browser.login(FRONT, PASSWORD);
            browser.open("/oversight");
            browser.click("#oversight-lists a[href='/oversight" + list.replace("/public", "/lists") + "']");
            browser.waitForText("Gửi ý kiến giám sát", Duration.ofSeconds(30));
            assertThat(browser.textOf("#public-comments")).contains("Anh Hùng có đủ hai năm").doesNotContain("Ka Thị Góp Ý");
            browser.select("#opinion-candidate", CANDIDATE);
            browser.type("#opinion-body", "Đề nghị Thường trực làm rõ số năm hoàn thành xuất sắc của anh Hùng.");
            browser.click("#file-opinion");
            browser.waitForText("Đã ghi nhận ý kiến giám sát", Duration.ofSeconds(30));
            assertThat(browser.textOf("#opinions")).contains("Chưa được trả lời", "Ủy ban MTTQ xã Đạ R'sal");
            browser.screenshot("oversight-opinion");
            browser.logout();

            // The secretariat answers the opinion and the comment.
            browser.login(SECRETARY, PASSWORD);
            browser.open(run);
            browser.click("a.list-comments");
            browser.waitForText("Góp ý về danh sách", Duration.ofSeconds(30));
            assertThat(browser.textOf("#opinions")).contains("Thường trực Hội đồng phải trả lời trước phiên họp");
            browser.type("form[id^='opinion-answer-'] textarea[name=body]", "Đã xác minh: anh Hùng hoàn thành xuất sắc nhiệm vụ năm 2024 và 2025.");
            browser.select("form[id^='opinion-answer-'] select[name=status]", "RESOLVED");
            browser.click("form[id^='opinion-answer-'] button[type=submit]");
            browser.waitForText("Đã lưu câu trả lời cho ý kiến giám sát", Duration.ofSeconds(30));
            browser.type("form[id^='answer-'] textarea[name=body]", "Đúng, hồ sơ có hai năm hoàn thành xuất sắc nhiệm vụ.");
            browser.select("form[id^='answer-'] select[name=status]", "FORWARDED");
            browser.click("form[id^='answer-'] button[type=submit]");
            browser.waitForText("Đã lưu câu trả lời cho góp ý", Duration.ofSeconds(30));
            assertThat(browser.textOf("#filter-forwarded")).isEqualTo("Đã chuyển Hội đồng (1)");
            browser.screenshot("list-comments");
            browser.logout();

            // The Front sees both answers; the public sees the comment's, without the commenter.
            browser.login(FRONT, PASSWORD);
            browser.open(list.replace("/public", "/oversight/lists"));
            assertThat(browser.textOf("#opinions")).contains("Đã xác minh: anh Hùng hoàn thành xuất sắc nhiệm vụ năm 2024 và 2025.",
                    "Đã giải quyết");
            assertThat(browser.textOf("#public-comments")).contains("Đúng, hồ sơ có hai năm hoàn thành xuất sắc nhiệm vụ.",
                    "Đã chuyển Hội đồng");
            browser.logout();
            browser.open(list);
            assertThat(browser.textOf("#public-comments")).contains("Anh Hùng có đủ hai năm",
                    "Đúng, hồ sơ có hai năm hoàn thành xuất sắc nhiệm vụ.").doesNotContain("Ka Thị Góp Ý", "0912 345 678");

            // The council member reads both, with their answers, before voting.
            browser.login(COUNCIL, PASSWORD);
            String[] candidate = CANDIDATE.split("\\|");
            browser.open(run + "/decision?subject=" + candidate[0] + "&award=" + candidate[1]);
            assertThat(browser.textOf("#opinions")).contains("Đề nghị Thường trực làm rõ số năm hoàn thành xuất sắc của anh Hùng.",
                    "Đã xác minh: anh Hùng hoàn thành xuất sắc nhiệm vụ năm 2024 và 2025.");
            assertThat(browser.textOf("#comments")).contains("Anh Hùng có đủ hai năm", "Đúng, hồ sơ có hai năm hoàn thành xuất sắc nhiệm vụ.",
                    "Trả lời của Thường trực Hội đồng (lần 1)");
            browser.screenshot("council-reads-comments");
        }
    }

    private static void user(Browser browser, String username, String name, String role) {
        browser.open("/admin/users");
        browser.type("#username", username);
        browser.type("#displayName", name);
        browser.type("#password", PASSWORD);
        browser.click("#role-" + role);
        browser.type("#units", "XA-DARSAL");
        browser.click("#save-user");
        browser.waitForText("Đã lưu người dùng " + username, Duration.ofSeconds(30));
    }
}

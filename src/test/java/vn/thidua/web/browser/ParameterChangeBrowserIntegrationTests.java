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
 * A policy officer changes the share of Advanced Workers that "Tập thể lao động tiên tiến" needs to
 * more than 60 % through the parameter change form, without opening a file: a reference naming no
 * instrument is refused on its field, the diff shows the two added lines, the proposed boundary
 * cases are confirmed, the existing scenarios of the law before the change are pinned to the old
 * value when the check reports them broken, and the draft is stored, reported on the 300-person
 * sample run, acknowledged and activated. A collective decided afterwards cites 60 and the new
 * reference. The test rolls the rule set back at the end, so that later tests on the same database
 * find the shipped rules active. Screenshots: target/artifacts/screenshots/parameter-change*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class ParameterChangeBrowserIntegrationTests {

    private static final String OFFICER = "chinhsach-tinh";
    private static final String PASSWORD = "mat-khau-chinh-sach-1";
    private static final String REFERENCE = "Quy định của tỉnh về thi đua, khen thưởng, Điều 7: có trên 60% cá nhân đạt Lao động tiên tiến";
    private static final Duration LONG = Duration.ofSeconds(300);

    @LocalServerPort
    private int port;

    @Test
    void aPolicyOfficerChangesTheShareThroughTheFormAndADecisionAfterwardsCitesIt() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.login("test-admin", "admin-passphrase-2026");
            browser.open("/admin/users");
            browser.type("#username", OFFICER);
            browser.type("#displayName", "Chuyên viên chính sách");
            browser.type("#password", PASSWORD);
            browser.click("#role-POLICY");
            browser.click("#save-user");
            browser.waitForText("Đã lưu người dùng " + OFFICER, Duration.ofSeconds(30));

            // The run the impact is reported on: the 300-person sample, under the shipped rules.
            String before = evaluate(browser);
            browser.logout();

            browser.login(OFFICER, PASSWORD);
            browser.open("/policy/changes");
            String shipped = browser.textOf("#active-version");
            browser.click("#open-parameter-form");
            browser.waitForPath("/policy/changes/parameter", Duration.ofSeconds(30));
            browser.select("#award", "TAP_THE_LAO_DONG_TIEN_TIEN");
            browser.click("#choose-award");
            browser.waitForText("Tỷ lệ cá nhân đạt Lao động tiên tiến", Duration.ofSeconds(30));
            browser.select("#parameter", "advancedWorkerSharePercent");
            browser.click("#choose-parameter");
            browser.waitForText("Giá trị đang áp dụng hôm nay", Duration.ofSeconds(30));
            assertThat(browser.textOf("#in-force")).contains("50 %");
            assertThat(browser.textOf("#history")).contains("01/01/2024").contains("Điều 28 khoản 1 điểm c");

            // From 1 June 2025, so that the sample's year 2025 (cut-off 31/12/2025) falls under the new value.
            browser.setValue("#since", "2025-06-01");
            browser.type("#value", "60");
            browser.type("#reference", "Công văn hướng dẫn số 1");
            browser.screenshot("parameter-change-form");
            browser.click("#preview");
            browser.waitForText("Vui lòng sửa", Duration.ofSeconds(30));
            assertThat(browser.textOf("#error-reference")).contains("Căn cứ pháp lý").contains("Công văn hướng dẫn số 1");

            browser.type("#reference", REFERENCE);
            browser.click("#preview");
            browser.waitForText("Thay đổi trong tệp quy tắc", Duration.ofSeconds(30));
            assertThat(browser.textOf("#summary")).contains("60 %").contains("01/06/2025");
            assertThat(browser.texts("table.diff tr.added td.code")).containsExactly("      2025-06-01: 60",
                    "      2025-06-01: \"" + REFERENCE + "\"");
            assertThat(browser.texts("table.diff tr.removed")).isEmpty();
            assertThat(browser.texts("#proposals .case-words")).containsExactly(
                    "Tập thể 10 thành viên, 5 người đạt Lao động tiên tiến (ngay dưới ngưỡng; yêu cầu trên 60%) → Không đủ điều kiện",
                    "Tập thể 10 thành viên, 6 người đạt Lao động tiên tiến (đúng ngưỡng; yêu cầu trên 60%) → Không đủ điều kiện",
                    "Tập thể 10 thành viên, 7 người đạt Lao động tiên tiến (ngay trên ngưỡng; yêu cầu trên 60%) → Đủ điều kiện");
            assertThat(browser.find("#expected1").getAttribute("value")).isEqualTo("NOT_ELIGIBLE");
            assertThat(browser.find("#expected2").getAttribute("value")).isEqualTo("ELIGIBLE");
            browser.screenshot("parameter-change-diff");
            browser.click("#confirmed");
            browser.click("#store-draft");

            // Cases of 2025 written for "more than 50 %" now fail: the form offers to keep 50 for them.
            browser.waitForText("Tình huống hiện có không còn đạt sau thay đổi", LONG);
            assertThat(browser.textOf("#broken")).contains("six of them Advanced Workers");
            browser.screenshot("parameter-change-broken");
            browser.click("#pin");
            browser.waitForText("Đã kiểm tra và lưu thành bản nháp", LONG);
            String draft = browser.textOf("#draft-version");
            assertThat(browser.texts("table.diff caption")).anySatisfy(c -> assertThat(c).contains("tap-the-lao-dong-tien-tien.tests.yaml"));
            assertThat(browser.text()).contains("parameters: { TAP_THE_LAO_DONG_TIEN_TIEN.advancedWorkerSharePercent: 50 }");
            browser.screenshot("parameter-change-stored");

            browser.type("#impact-run", before.substring(before.lastIndexOf('/') + 1));
            browser.click("#impact");
            browser.waitForPath("/policy/changes/reports/\\d+", LONG);
            String report = browser.path().substring(browser.path().lastIndexOf('/') + 1);
            assertThat(browser.text()).contains(draft);
            browser.screenshot("parameter-change-impact");
            browser.click("form[action*='acknowledgement'] button");
            browser.waitForText("xác nhận lúc", Duration.ofSeconds(30));

            browser.open("/policy/changes");
            browser.type("form[action$='/activations'] input[name=reportId]", report);
            browser.type("form[action$='/activations'] input[name=reason]", "Tỷ lệ mới theo quy định của tỉnh");
            browser.click("form[action$='/activations'] button");
            browser.waitForText("Đã thực hiện", Duration.ofSeconds(60));
            assertThat(browser.textOf("#active-version")).isEqualTo(draft);
            browser.logout();

            try {
                browser.login("test-admin", "admin-passphrase-2026");
                String after = evaluate(browser);
                browser.open(after + "/decision?subject=TT-00001&award=TAP_THE_LAO_DONG_TIEN_TIEN");
                browser.waitForText("TTTT-C3", Duration.ofSeconds(30));
                assertThat(browser.text()).contains(REFERENCE).containsPattern("\\b60\\b");
                browser.screenshot("parameter-change-decision");
            } finally {
                browser.open("/policy/changes");
                browser.type("form[action$='/rollbacks'] input[name=toVersion]", shipped);
                browser.type("form[action$='/rollbacks'] input[name=reason]", "Trả lại bộ quy tắc ban đầu sau kiểm thử");
                browser.click("form[action$='/rollbacks'] button");
                browser.waitForText("Đã thực hiện", Duration.ofSeconds(60));
                assertThat(browser.textOf("#active-version")).isEqualTo(shipped);
            }
        }
    }

    /** Uploads the 300-person sample and returns its run's path once the results show. */
    private static String evaluate(Browser browser) {
        browser.open("/runs");
        browser.find("#file").sendKeys(Path.of("data/commune-300.json").toAbsolutePath().toString());
        browser.click("#evaluate");
        browser.waitForPath("/runs/\\d+", LONG);
        return browser.path().replaceAll("[?#].*", "");
    }
}

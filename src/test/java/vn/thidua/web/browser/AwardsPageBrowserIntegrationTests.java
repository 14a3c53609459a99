package vn.thidua.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.testing.DatabaseProfiles;

/**
 * The awards page in a real browser, in Vietnamese and English: each criterion reads as a sentence
 * with the values it reads in force and its review status in words. Screenshot:
 * target/artifacts/screenshots/awards.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class AwardsPageBrowserIntegrationTests {

    @LocalServerPort
    private int port;

    @Test
    void aPolicyReaderSeesEachCriterionAsASentenceWithItsValuesAndReviewStatus() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.login("test-admin", "admin-passphrase-2026");
            browser.open("/policy/awards#TAP_THE_LAO_DONG_TIEN_TIEN");
            browser.waitForText("Giá trị quy định theo ngày", Duration.ofSeconds(30));
            assertThat(browser.textOf("#criterion-LDTT-A1 .statement"))
                    .isEqualTo("Được xếp loại chất lượng từ Hoàn thành tốt nhiệm vụ trở lên trong năm xét.");
            assertThat(browser.textOf("#criterion-TTTT-C3 .reads")).contains("50%").contains("70%").contains("(áp dụng từ 01/01/2024)");
            assertThat(browser.textOf("#criterion-LDTT-B1")).contains("Chờ rà soát pháp lý");
            browser.screenshot("awards");

            browser.open("/policy/awards?lang=en");
            browser.waitForText("Parameter values by date", Duration.ofSeconds(30));
            assertThat(browser.textOf("#criterion-LDTT-A1 .statement"))
                    .isEqualTo("Rated \"Completed duties well\" or above in the year under review.");
            assertThat(browser.textOf("#criterion-LDTT-B1")).contains("Awaiting legal review");
        }
    }
}

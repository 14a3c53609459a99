package vn.thidua.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.dataset.DatasetGenerator;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Outcome;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.testing.DatabaseProfiles;

/**
 * The results page of a generated run of a few thousand decisions in a real browser: page 1 shows 50
 * rows and the counts per outcome, the count of "Không đủ điều kiện" filters the table to it, and the
 * next page goes on from row 51 under the same filter. The counts are compared with the ones the test
 * makes from the run's decisions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class ResultsPagingBrowserIntegrationTests {

    private static final NumberFormat VI = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"));

    @LocalServerPort
    private int port;

    @Autowired
    private EvaluationRuns runs;

    @Test
    void pageOneFilterByOutcomeAndTheNextPageWithTheirCounts() throws Exception {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        new DatasetGenerator(2025).write(400, 41, request);
        Evaluation run = runs.evaluateAndStore(request.toByteArray());
        List<EligibilityDecision> decisions = run.decisions();
        Map<Outcome, Integer> byOutcome = new EnumMap<>(Outcome.class);
        decisions.forEach(d -> byOutcome.merge(d.outcome(), 1, Integer::sum));
        int notEligible = byOutcome.get(Outcome.NOT_ELIGIBLE);
        assertThat(decisions.size()).as("a few thousand decisions").isGreaterThan(2000);
        assertThat(notEligible).as("more than one page of refusals").isGreaterThan(50);

        try (Browser browser = new Browser(port)) {
            browser.login("test-admin", "admin-passphrase-2026");
            browser.open("/runs/" + run.runId());
            browser.waitForText("Theo kết quả", Duration.ofSeconds(120));
            assertThat(browser.textOf("#showing")).isEqualTo("Hiển thị 1–50 trong " + VI.format(decisions.size())
                    + " quyết định phù hợp (cả lần đánh giá: " + VI.format(decisions.size()) + ")");
            assertThat(browser.texts("#results tbody tr")).hasSize(50);
            for (Map.Entry<Outcome, Integer> count : byOutcome.entrySet()) {
                assertThat(browser.textOf("#counts [data-outcome='" + count.getKey() + "']")).as(count.getKey().name())
                        .endsWith(": " + VI.format(count.getValue()));
            }
            browser.screenshot("results-page-1");

            browser.click("#counts [data-outcome='NOT_ELIGIBLE'] a");
            browser.waitForPath("/runs/" + run.runId() + "\\?.*outcome=NOT_ELIGIBLE.*", Duration.ofSeconds(60));
            browser.waitForText("trong " + VI.format(notEligible) + " quyết định phù hợp", Duration.ofSeconds(60));
            assertThat(browser.texts("#results tbody tr td:nth-child(4) .outcome")).hasSize(50).containsOnly("Không đủ điều kiện");
            List<String> firstPage = browser.texts("#results tbody tr");

            browser.click("nav.pages a.next");
            browser.waitForText("Hiển thị 51–", Duration.ofSeconds(60));
            assertThat(browser.path()).contains("outcome=NOT_ELIGIBLE").contains("page=2");
            assertThat(browser.textOf("#showing")).startsWith("Hiển thị 51–" + Math.min(100, notEligible) + " trong "
                    + VI.format(notEligible));
            assertThat(browser.texts("#results tbody tr td:nth-child(4) .outcome")).isNotEmpty().containsOnly("Không đủ điều kiện");
            assertThat(browser.texts("#results tbody tr")).doesNotContainAnyElementsOf(firstPage);
            assertThat(browser.textOf("nav.pages .current")).isEqualTo("2");
            browser.screenshot("results-not-eligible-page-2");
        }
    }
}

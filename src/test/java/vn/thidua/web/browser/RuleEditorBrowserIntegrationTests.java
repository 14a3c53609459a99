package vn.thidua.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Accounts;
import vn.thidua.accounts.Role;
import vn.thidua.testing.DatabaseProfiles;

/**
 * A policy officer in the technical rule editor, in a real browser, in Vietnamese: the DRL file opens
 * highlighted by the code editor the application serves (keywords, annotations, strings, comments),
 * a YAML file too; the officer breaks a condition, keeps and validates, and finds the parser's problem
 * marked in the gutter of that very line, with its message on hover, and in the problem list, which
 * brings the cursor back to the line; the officer mends the line and the working copy validates.
 * Screenshot: target/artifacts/screenshots/rule-editor.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class RuleEditorBrowserIntegrationTests {

    private static final String OFFICER = "chinhsach-editor";
    private static final String PASSWORD = "mat-khau-chinh-sach-1";
    private static final String FILE = "awards/gia-dinh-van-hoa.drl";
    private static final String CONDITION = "    $p : Proposal(award == \"GIA_DINH_VAN_HOA\", $s : subjectId)";
    private static final Duration LONG = Duration.ofSeconds(180);

    @LocalServerPort
    private int port;

    @Autowired
    private Accounts accounts;

    @BeforeEach
    void policyOfficer() {
        if (accounts.find(OFFICER).isEmpty()) {
            accounts.create(new Account(OFFICER, "Cán bộ chính sách", true, EnumSet.of(Role.POLICY), Set.of(), null), PASSWORD);
        }
    }

    @Test
    void highlightsTheRulesAndMarksEachProblemAtItsLine() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.login(OFFICER, PASSWORD);
            browser.open("/policy/changes/editor?file=" + FILE);
            browser.waitForPath("/policy/changes/editor.*", Duration.ofSeconds(30));
            WebDriver driver = ((WrapsDriver) browser.find("body")).getWrappedDriver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

            // The code editor stands over the text area, which keeps the text the form sends.
            wait.until(d -> !browser.all(".CodeMirror .CodeMirror-code").isEmpty());
            List<String> lines = Arrays.asList(browser.find("#content").getDomProperty("value").split("\n", -1));
            int broken = lines.indexOf(CONDITION) + 1;
            assertThat(broken).as("the condition to break is in " + FILE).isPositive();
            List<String> keywords = browser.texts(".CodeMirror .cm-keyword");
            assertThat(keywords).contains("package", "import", "global", "rule", "when", "then", "end");
            assertThat(browser.texts(".CodeMirror .cm-meta")).contains("@criterion", "@citation");
            assertThat(browser.texts(".CodeMirror .cm-string")).contains("\"GIA_DINH_VAN_HOA\"");
            assertThat(browser.texts(".CodeMirror .cm-comment")).isNotEmpty()
                    .allSatisfy(comment -> assertThat(comment).startsWith("//"));
            assertThat(browser.texts(".CodeMirror .cm-variable-2")).contains("$p", "$s");

            // The officer puts a stray parenthesis at the end of the condition and keeps and validates.
            clickLine(browser, broken);
            new Actions(driver).sendKeys(Keys.END).sendKeys(" )").perform();
            wait.withMessage(() -> "line " + broken + " reads [" + lineText(browser, broken) + "], the editor holds ["
                    + ((JavascriptExecutor) driver).executeScript("return document.querySelector('.CodeMirror').CodeMirror.getLine(arguments[0] - 1);", broken)
                    + "], focus on " + ((JavascriptExecutor) driver).executeScript("return document.activeElement.className;"))
                    .until(d -> lineText(browser, broken).endsWith("subjectId) )"));
            browser.click("#save-and-check");
            browser.waitForText("mismatched input", LONG);

            List<String> listed = browser.texts("#draft-problems li");
            assertThat(listed).anySatisfy(problem -> assertThat(problem).startsWith(FILE + ":" + broken + ":")
                    .contains("mismatched input ')'"));
            wait.until(d -> !browser.all(".CodeMirror .rule-problem-marker").isEmpty());
            List<WebElement> markers = browser.all(".CodeMirror .rule-problem-marker");
            assertThat(markers).hasSize(1);
            assertThat(markers.get(0).getAttribute("title")).contains("mismatched input ')'");
            assertThat(lineNumberBeside(markers.get(0))).as("the marker stands in the gutter of the broken line")
                    .isEqualTo(String.valueOf(broken));
            assertThat(lineText(browser, broken)).endsWith("subjectId) )");

            // The list brings the cursor to the line, wherever the editor was scrolled.
            ((JavascriptExecutor) driver).executeScript("var cm = document.querySelector('.CodeMirror').CodeMirror;"
                    + " cm.setCursor({line: cm.lineCount() - 1, ch: 0});");
            wait.until(d -> !String.valueOf(broken).equals(activeLineNumber(browser)));
            browser.click("#draft-problems li.here a");
            wait.until(d -> String.valueOf(broken).equals(activeLineNumber(browser)));
            browser.screenshot("rule-editor");

            // Mended, the line validates: the working copy is the active version again, stored as a valid draft.
            clickLine(browser, broken);
            new Actions(driver).sendKeys(Keys.END).sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE).perform();
            wait.until(d -> lineText(browser, broken).equals(CONDITION.strip()) || lineText(browser, broken).equals(CONDITION));
            browser.click("#save-and-check");
            browser.waitForText("Dự thảo hợp lệ", LONG);
            assertThat(browser.all("#draft-version")).hasSize(1);
            assertThat(browser.all("#draft-problems")).isEmpty();
            assertThat(browser.all(".CodeMirror .rule-problem-marker")).isEmpty();

            // YAML files are highlighted too.
            browser.open("/policy/changes/editor?file=awards/gia-dinh-van-hoa.params.yaml");
            wait.until(d -> !browser.all(".CodeMirror .cm-atom").isEmpty());
            assertThat(browser.texts(".CodeMirror .cm-atom")).anySatisfy(key -> assertThat(key).isNotBlank());
        }
    }

    /** The editor's element of a line (1-based), scrolled into the editor's view first. */
    private static WebElement lineElement(Browser browser, int line) {
        WebDriver driver = ((WrapsDriver) browser.find("body")).getWrappedDriver();
        // Only the lines in view are in the page: the editor's own API scrolls the line into view.
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('.CodeMirror').CodeMirror.scrollIntoView({line: arguments[0] - 1, ch: 0}, 80);", line);
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> browser.all(".CodeMirror-code > div").stream()
                .filter(wrapper -> String.valueOf(line).equals(wrapper.findElement(By.cssSelector(".CodeMirror-linenumber")).getText()))
                .map(wrapper -> wrapper.findElement(By.cssSelector("pre.CodeMirror-line")))
                .findFirst().orElse(null));
    }

    /** Clicks a line and waits until the editor has the keyboard: it takes it a moment after the click. */
    private static void clickLine(Browser browser, int line) {
        WebDriver driver = ((WrapsDriver) browser.find("body")).getWrappedDriver();
        WebElement element = lineElement(browser, line);
        // The page scrolls too: the line is brought to the middle of the window before the click.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !browser.all(".CodeMirror.CodeMirror-focused").isEmpty()
                && String.valueOf(line).equals(activeLineNumber(browser)));
    }

    private static String lineText(Browser browser, int line) {
        return lineElement(browser, line).getText();
    }

    private static String lineNumberBeside(WebElement marker) {
        return marker.findElement(By.xpath("ancestor::div[contains(@class,'CodeMirror-gutter-wrapper')]"
                + "/div[contains(@class,'CodeMirror-linenumber')]")).getText();
    }

    private static String activeLineNumber(Browser browser) {
        List<String> active = browser.texts(".CodeMirror .CodeMirror-activeline .CodeMirror-linenumber");
        return active.isEmpty() ? "" : active.get(0);
    }
}

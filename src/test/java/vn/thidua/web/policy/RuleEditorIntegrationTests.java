package vn.thidua.web.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.audit.RuleSetArchive;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.governance.RuleSetActivations;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.DraftRules;

/**
 * The draft amendment of CSTĐCS made in the browser's rule editor, as policy staff would: the
 * parameter changed alone fails the scenarios (each problem with its file, nothing stored); with
 * the scenarios pinned to the law before the change it is stored as a draft, reported on the
 * sample commune (who loses CSTĐCS), acknowledged, activated and rolled back, all from the pages.
 */
@SpringBootTest
@ActiveProfiles(resolver = DatabaseProfiles.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class RuleEditorIntegrationTests {

    private static final RequestPostProcessor POLICY = user("test-admin").roles("ADMIN");
    private static final String SWITCH = "CHIEN_SI_THI_DUA_CO_SO.requireExcellentAndInitiative";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private RuleSetRegistry registry;
    @Autowired
    private RuleSetArchive archive;
    @Autowired
    private RuleSetActivations activations;
    @Autowired
    private EvaluationRuns runs;
    @Autowired
    private JdbcTemplate jdbc;

    private String base;
    private final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void remember() {
        base = registry.active().version();
    }

    @AfterEach
    void restore() {
        if (!registry.active().version().equals(base)) {
            activations.rollback(base, "policy.test", "restore the version the test started with");
        }
    }

    @Test
    void draftsTheAmendmentInTheEditorAndTakesItThroughImpactActivationAndRollback() throws Exception {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        String page = page(get("/policy/changes/editor").param("file", DraftRules.PARAMS));
        assertThat(page).contains(base).contains("id=\"content\"");
        String params = textArea(page);
        assertThat(params).contains("      2024-01-01: false\n");

        String amended = params.replace("      2024-01-01: false\n", "      2024-01-01: false\n      2025-01-01: true\n")
                .replace("Điều 23 khoản 2: HTXSNV hoặc sáng kiến hoặc đề tài nghiệm thu\"\n",
                        "Điều 23 khoản 2: HTXSNV hoặc sáng kiến hoặc đề tài nghiệm thu\"\n"
                                + "      2025-01-01: \"Dự thảo Luật sửa đổi, bổ sung Luật TĐKT, Điều 23 khoản 2: HTXSNV và sáng kiến\"\n")
                .replace("\n", "\r\n");
        save(DraftRules.PARAMS, amended);
        assertThat(page(get("/policy/changes/editor"))).contains(DraftRules.PARAMS + " *");

        Integer versionsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM rule_set_version", Integer.class);
        String refused = page(post("/policy/changes/editor/check"));
        assertThat(refused).contains("id=\"draft-problems\"").contains("chien-si-thi-dua-co-so.tests.yaml");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rule_set_version", Integer.class))
                .as("an invalid working copy is not stored").isEqualTo(versionsBefore);

        for (String tests : scenarioFiles()) {
            String text = textArea(page(get("/policy/changes/editor").param("file", tests)));
            assertThat(text).as(tests).contains("\ncases:");
            save(tests, text.replaceFirst("\ncases:", "\nparameters: { " + SWITCH + ": false }\ncases:"));
        }
        String valid = page(post("/policy/changes/editor/check"));
        assertThat(valid).contains("id=\"draft-version\"").doesNotContain("id=\"draft-problems\"");
        String draft = version(valid);
        assertThat(archive.contains(draft)).isTrue();

        MvcResult impact = mvc.perform(post("/policy/changes/impact-reports").with(POLICY).with(csrf())
                .param("draftVersion", draft).param("runId", String.valueOf(run))).andReturn();
        String report = impact.getResponse().getRedirectedUrl();
        assertThat(report).as(String.valueOf(impact.getFlashMap().get("refused"))).matches("/policy/changes/reports/\\d+");
        String reportPage = page(get(report));
        assertThat(reportPage).contains("CSCS-C2");
        long reportId = Long.parseLong(report.substring(report.lastIndexOf('/') + 1));
        mvc.perform(post(report + "/acknowledgement").with(POLICY).with(csrf()).param("note", "đã đọc"));
        mvc.perform(post("/policy/changes/activations").with(POLICY).with(csrf()).param("reportId", String.valueOf(reportId))
                .param("reason", "Áp dụng dự thảo Luật sửa đổi"));
        assertThat(registry.active().version()).isEqualTo(draft);
        mvc.perform(post("/policy/changes/rollbacks").with(POLICY).with(csrf()).param("reason", "Luật sửa đổi chưa được thông qua"));
        assertThat(registry.active().version()).isEqualTo(base);

        mvc.perform(post("/policy/changes/editor/discard").with(POLICY).with(csrf()).session(session));
        assertThat(page(get("/policy/changes/editor"))).doesNotContain(DraftRules.PARAMS + " *");
    }

    @Test
    void editsTheAwardsFileAndNamesTheLineOfAMistake() throws Exception {
        String page = page(get("/policy/changes/editor").param("file", "awards.yaml"));
        assertThat(page).contains("subject-types.yaml");
        String awards = textArea(page);
        assertThat(awards).contains("evaluatedOnlyWhenProposed:", "countedFromMembers:");
        String edited = awards.replace("  GIA_DINH_VAN_HOA:", "  GIA_DINH_TIEU_BIEU:");
        int line = java.util.Arrays.asList(edited.split("\n", -1)).indexOf("  GIA_DINH_TIEU_BIEU:") + 1;
        save("awards.yaml", edited);

        String refused = page(post("/policy/changes/editor/check"));

        assertThat(refused).contains("id=\"draft-problems\"")
                .contains("awards.yaml:" + line + ": unknown award code GIA_DINH_TIEU_BIEU")
                .contains("no entry for [GIA_DINH_VAN_HOA]");
        mvc.perform(post("/policy/changes/editor/discard").with(POLICY).with(csrf()).session(session));
    }

    @Test
    void keepsAndValidatesTheTextSentAndPlacesEachProblemAtItsFileAndLine() throws Exception {
        String file = "awards/gia-dinh-van-hoa.drl";
        String text = textArea(page(get("/policy/changes/editor").param("file", file)));
        java.util.List<String> lines = java.util.Arrays.asList(text.split("\n", -1));
        int line = lines.indexOf("    $p : Proposal(award == \"GIA_DINH_VAN_HOA\", $s : subjectId)") + 1;
        assertThat(line).isPositive();
        String broken = String.join("\n", lines.subList(0, line - 1)) + "\n" + lines.get(line - 1) + " )\n"
                + String.join("\n", lines.subList(line, lines.size()));

        // "Keep and validate" sends the text with the check, as the form does without JavaScript too.
        String refused = page(post("/policy/changes/editor/check").param("file", file).param("content", broken));
        assertThat(refused).contains("id=\"draft-problems\"")
                .contains("data-file=\"" + file + "\" data-line=\"" + line + "\"")
                .contains("data-mode=\"drl\"");
        assertThat(textArea(refused)).isEqualTo(broken);

        // The problems stay with the working copy while other files are opened, and lead back to the line.
        String other = page(get("/policy/changes/editor").param("file", "awards.yaml"));
        assertThat(other).contains("id=\"last-problems\"").contains("data-mode=\"yaml\"")
                .contains("href=\"/policy/changes/editor?file=" + file + "&amp;line=" + line + "\"");
        assertThat(page(get("/policy/changes/editor").param("file", file).param("line", String.valueOf(line))))
                .contains("data-line=\"" + line + "\" data-phrase-label");

        // Keeping the file's text again drops its problems: its lines may have moved.
        save(file, text);
        assertThat(page(get("/policy/changes/editor").param("file", file))).doesNotContain("id=\"last-problems\"");
        mvc.perform(post("/policy/changes/editor/discard").with(POLICY).with(csrf()).session(session));
    }

    private static java.util.List<String> scenarioFiles() throws java.io.IOException {
        java.nio.file.Path rules = java.nio.file.Path.of("rules");
        try (var files = java.nio.file.Files.walk(rules)) {
            return files.filter(f -> f.toString().endsWith(".tests.yaml")).map(f -> rules.relativize(f).toString()).sorted().toList();
        }
    }

    private void save(String file, String content) throws Exception {
        MvcResult saved = mvc.perform(post("/policy/changes/editor/files").with(POLICY).with(csrf()).session(session)
                .param("file", file).param("content", content)).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/policy/changes/editor?file=");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(POLICY).with(csrf()).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String textArea(String page) {
        Matcher matcher = Pattern.compile("<textarea id=\"content\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).isTrue();
        return HtmlUtils.htmlUnescape(matcher.group(1));
    }

    private static String version(String page) {
        Matcher matcher = Pattern.compile("(sha256:[0-9a-f]{64})").matcher(page.substring(page.indexOf("draft-result") + 1));
        return matcher.find() ? matcher.group(1) : "";
    }
}

package vn.thidua.web.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.eligibility.engine.RuleCatalogue;
import vn.thidua.eligibility.engine.RuleCatalogues;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.eligibility.engine.RuleValidation;
import vn.thidua.testing.ShippedRules;
import vn.thidua.web.site.CurrentUser;

/**
 * The awards page over the shipped rules: each criterion's statement in the reader's language, the
 * values its rules read with the one in force today, every dated value with its date (day first), its
 * reference and the evidence level of the instrument it names, and the review status in words; no
 * parameter name, sector or subject code on the page.
 */
@WebMvcTest(PolicyController.class)
@WithMockUser(username = "chinhsach", roles = "POLICY")
class AwardsPageStatementsTests {

    private static final Account POLICY = new Account("chinhsach", "Phòng Nội vụ", true, Set.of(Role.POLICY), Set.of(), null);
    /** 1 December 2026 in Vietnam: every value dated 2024-01-01 whose file has no later one is in force. */
    private static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.UTC);
    private static final String SHARE_REFERENCE = "Thông tư 29/2023/TT-BGDĐT (ngành giáo dục): ít nhất 70% (as reported)";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private RuleCatalogues catalogues;

    @MockitoBean
    private RuleSetRegistry registry;

    @MockitoBean
    private RuleValidation validation;

    @MockitoBean
    private CurrentUser currentUser;

    private RuleSet rules;

    @BeforeEach
    void shippedRules() {
        rules = ShippedRules.ruleSet();
        when(currentUser.find()).thenReturn(Optional.of(POLICY));
        when(registry.active()).thenReturn(rules);
        when(catalogues.active()).thenReturn(RuleCatalogue.of(rules, DECEMBER_2026));
    }

    @Test
    void showsEachCriterionsStatementTheValuesItReadsAndTheirHistoryInVietnamese() throws Exception {
        String page = page("vi");

        assertThat(page).contains(html(rules.text("LDTT-A1.statement").vi()))
                .contains(html(rules.text("TTTT-C3.statement").vi()))
                .contains(html(rules.text("X-1.statement").vi()))
                .doesNotContain(html(rules.text("LDTT-A1.statement").en()));
        // TTTT-C3 reads the share, general and for schools, with the value in force and its date.
        assertThat(section(page, "criterion-TTTT-C3")).contains(html("tỷ lệ thành viên đạt danh hiệu \"Lao động tiên tiến\""))
                .contains("<strong class=\"in-force-value\">50%</strong>")
                .contains("<span> (trường học)</span>:").contains("<strong class=\"in-force-value\">70%</strong>")
                .contains("<strong class=\"in-force-value\">trên tỷ lệ quy định</strong>")
                .contains("(áp dụng từ 01/01/2024)");
        // The history: every dated value, day first, with its reference and the evidence level of its instrument.
        assertThat(page).contains("<td class=\"value\">70%</td>")
                .contains(html(SHARE_REFERENCE))
                .contains("<time datetime=\"2024-01-01\">01/01/2024</time>")
                .contains("<time datetime=\"2025-08-05\">05/08/2025</time>")
                .contains("<td class=\"value\">06 tháng</td>")
                .contains("<td class=\"value\">tỉnh chưa quy định</td>")
                .contains("<td>đã đối chiếu nguyên văn</td>")
                .contains("<strong>đang áp dụng</strong>").contains("đã được thay thế");
        // The review status in words: a criterion and a value awaiting it, and one that does not.
        assertThat(section(page, "criterion-LDTT-B1")).contains("Chờ rà soát pháp lý");
        assertThat(section(page, "criterion-LDTT-A1")).contains("Không chờ rà soát")
                .contains("Mức độ xác minh văn bản: đã đối chiếu nguyên văn");
        assertThat(page).doesNotContain("advancedWorkerSharePercent").doesNotContain("newRecruitMinMonths")
                .doesNotContain(">SCHOOL<").doesNotContain("INDIVIDUAL").doesNotContain("COMMUNE, VILLAGE")
                .doesNotContain("CBCCVC_NLD<");
    }

    @Test
    void showsTheSameInEnglish() throws Exception {
        String page = page("en");

        assertThat(page).contains(html(rules.text("LDTT-A1.statement").en()))
                .contains(html(rules.text("CSCS-C2.statement").en()))
                .doesNotContain(html(rules.text("LDTT-A1.statement").vi()));
        assertThat(section(page, "criterion-LDTT-S1")).contains("minimum months of service of a new recruit")
                .contains("<strong class=\"in-force-value\">6 months</strong>").contains("(from 05/08/2025)");
        assertThat(section(page, "criterion-LDTT-B1")).contains("Awaiting legal review");
        assertThat(page).contains("<td class=\"value\">at least the set share</td>")
                .contains(html(SHARE_REFERENCE))
                .contains("<td>verified against the wording</td>")
                .contains("<strong>in force</strong>")
                .contains("No review pending");
    }

    private String page(String lang) throws Exception {
        return mvc.perform(get("/policy/awards").param("lang", lang)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The row of the page whose id is given. */
    private static String section(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as(id).isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}

package vn.thidua.web.policy;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Citation;
import vn.thidua.eligibility.engine.RuleCatalogue;
import vn.thidua.eligibility.engine.RuleCatalogue.DatedValue;
import vn.thidua.eligibility.engine.RuleCatalogue.Standing;
import vn.thidua.eligibility.engine.RuleCatalogues;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.eligibility.engine.RuleValidation;
import vn.thidua.testing.ShippedRules;
import vn.thidua.web.site.CurrentUser;

/**
 * The awards browser: each award of the active rule set's catalogue with its criteria, citation
 * links and rule files, its parameters' values by date (the one in force today marked, pending
 * legal review said so), and the same catalogue as Markdown.
 */
@WebMvcTest(PolicyController.class)
@WithMockUser(username = "chinhsach", roles = "POLICY")
class PolicyControllerTests {

    private static final Account POLICY = new Account("chinhsach", "Phòng Nội vụ", true, Set.of(Role.POLICY), Set.of(), null);

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

    @BeforeEach
    void activeRules() {
        when(currentUser.find()).thenReturn(Optional.of(POLICY));
        RuleCatalogue.Criterion criterion = new RuleCatalogue.Criterion("CSCS-C2",
                new Citation("Luật TĐKT 06/2022/QH15, Điều 23 khoản 2", "https://vbpl.vn/luat-06-2022#d23", null),
                List.of(SubjectKind.INDIVIDUAL), null, false, "awards/chien-si-thi-dua-co-so.drl", 40, null);
        RuleCatalogue.Parameter parameter = new RuleCatalogue.Parameter("requireExcellentAndInitiative",
                "HTXSNV and an initiative", false, null, List.of(
                        new DatedValue(LocalDate.of(2024, 1, 1), false, "Luật 06/2022/QH15, Điều 23 khoản 2", null,
                                Standing.SUPERSEDED),
                        new DatedValue(LocalDate.of(2026, 7, 1), true, "Luật sửa đổi 2025 (dự thảo)", RuleCatalogue.PENDING,
                                Standing.IN_FORCE)), java.util.Map.of(),
                new vn.thidua.eligibility.Text("xét theo dự thảo sửa đổi", "the draft amendment's reading"));
        RuleCatalogue.Award award = new RuleCatalogue.Award(AwardCode.CHIEN_SI_THI_DUA_CO_SO, true,
                List.of(AwardCode.LAO_DONG_TIEN_TIEN), List.of(criterion), List.of(parameter), List.of());
        RuleCatalogue.Parameter unentered = new RuleCatalogue.Parameter("householdMinContributionVnd",
                "Total contribution in VND", true, null, List.of(), java.util.Map.of("standard", "COMPUTED"),
                new vn.thidua.eligibility.Text("mức đóng góp tối thiểu của hộ gia đình", "minimum contribution of a household"));
        RuleCatalogue.Award certificate = new RuleCatalogue.Award(AwardCode.GIAY_KHEN_CHU_TICH_UBND_XA, true,
                List.of(), List.of(), List.of(unentered), List.of());
        when(catalogues.active()).thenReturn(new RuleCatalogue("sha256:abc", Instant.EPOCH, LocalDate.of(2026, 8, 1),
                List.of(award, certificate), List.of()));
        // Award names come from the active rule set's awards.yaml: the shipped one.
        when(registry.active()).thenReturn(ShippedRules.ruleSet());
    }

    @Test
    void listsTheCriteriaOfEachAwardWithTheirCitations() throws Exception {
        mvc.perform(get("/policy/awards"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chiến sĩ thi đua cơ sở")))
                .andExpect(content().string(Matchers.containsString("CSCS-C2")))
                .andExpect(content().string(Matchers.containsString("href=\"https://vbpl.vn/luat-06-2022#d23\"")))
                .andExpect(content().string(Matchers.containsString("awards/chien-si-thi-dua-co-so.drl:40")));
    }

    @Test
    void showsAValueTheProvinceHasYetToEnterAndTheOptionThatNeedsIt() throws Exception {
        mvc.perform(get("/policy/awards"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<tr class=\"unentered\">")))
                .andExpect(content().string(Matchers.containsString("mức đóng góp tối thiểu của hộ gia đình")))
                .andExpect(content().string(Matchers.containsString(
                        "chưa nhập: giá trị do tỉnh quy định, bắt buộc có trước khi chuyển sang")))
                .andExpect(content().string(Matchers.containsString(
                        "<strong class=\"needed-under\">cách xét tiêu chuẩn Giấy khen: tiêu chuẩn đã nhập</strong>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("householdMinContributionVnd"))));
    }

    @Test
    void showsEachParameterValueByDateWithItsReferenceTheOneInForceAndPendingReview() throws Exception {
        mvc.perform(get("/policy/awards"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<caption>Giá trị quy định theo ngày: Chiến sĩ thi đua cơ sở</caption>")))
                .andExpect(content().string(Matchers.containsString("<th scope=\"col\">Từ ngày</th>")))
                .andExpect(content().string(Matchers.containsString("xét theo dự thảo sửa đổi")))
                .andExpect(content().string(Matchers.containsString("<time datetime=\"2024-01-01\">01/01/2024</time>")))
                .andExpect(content().string(Matchers.containsString("Luật 06/2022/QH15, Điều 23 khoản 2")))
                .andExpect(content().string(Matchers.containsString("đã được thay thế")))
                .andExpect(content().string(Matchers.containsString("<tr class=\"in-force\">")))
                .andExpect(content().string(Matchers.containsString("<strong>đang áp dụng</strong>")))
                .andExpect(content().string(Matchers.containsString("Luật sửa đổi 2025 (dự thảo)")))
                .andExpect(content().string(Matchers.containsString("Chờ rà soát pháp lý")))
                .andExpect(content().string(Matchers.containsString("Tải danh mục (Markdown)")))
                .andExpect(content().string(Matchers.containsString("href=\"/policy/awards/catalogue.md\"")));
    }

    @Test
    void showsTheParametersInEnglishWithLangEn() throws Exception {
        mvc.perform(get("/policy/awards").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<caption>Parameter values by date: Grassroots Emulation Fighter</caption>")))
                .andExpect(content().string(Matchers.containsString("<strong>in force</strong>")))
                .andExpect(content().string(Matchers.containsString("Awaiting legal review")))
                .andExpect(content().string(Matchers.containsString("Download the catalogue (Markdown)")));
    }

    @Test
    void servesTheSameCatalogueAsMarkdown() throws Exception {
        mvc.perform(get("/policy/awards/catalogue.md"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/markdown")))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
                .andExpect(content().string(Matchers.containsString("## Chiến sĩ thi đua cơ sở (`CHIEN_SI_THI_DUA_CO_SO`)")))
                .andExpect(content().string(Matchers.containsString(
                        "[Luật TĐKT 06/2022/QH15, Điều 23 khoản 2](https://vbpl.vn/luat-06-2022#d23)")))
                .andExpect(content().string(Matchers.containsString("| xét theo dự thảo sửa đổi (`requireExcellentAndInitiative`) | — | chốt thành tích | "
                        + "01/07/2026 | `true` | Luật sửa đổi 2025 (dự thảo) | chờ rà soát pháp lý | **đang áp dụng** |")));
    }
}

package vn.thidua.web.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.governance.ImpactReports;
import vn.thidua.governance.RuleSetActivations;
import vn.thidua.governance.RuleSetDrafts;
import vn.thidua.web.site.CurrentUser;

/** Rule changes from the pages are recorded under the logged-in user; a refusal comes back with its reason. */
@WebMvcTest(RuleChangePagesController.class)
@WithMockUser(username = "chinhsach", roles = "POLICY")
class RuleChangePagesControllerTests {

    private static final Account POLICY = new Account("chinhsach", "Phòng Nội vụ", true, Set.of(Role.POLICY), Set.of(), null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private RuleSetDrafts drafts;

    @MockitoBean
    private ImpactReports reports;

    @MockitoBean
    private RuleSetActivations activations;

    @MockitoBean
    private CurrentUser currentUser;

    @MockitoBean
    private vn.thidua.audit.RuleSetArchive archive;

    @MockitoBean
    private vn.thidua.eligibility.engine.RuleSetRegistry registry;

    @BeforeEach
    void policyOfficer() {
        when(currentUser.get()).thenReturn(POLICY);
        when(currentUser.find()).thenReturn(Optional.of(POLICY));
    }

    @Test
    void acknowledgesUnderTheLoggedInUser() throws Exception {
        mvc.perform(post("/policy/changes/reports/4/acknowledgement").with(csrf()).param("note", "đã đọc"))
                .andExpect(redirectedUrl("/policy/changes/reports/4"))
                .andExpect(flash().attribute("done", true));
        verify(reports).acknowledge(4, "chinhsach", "đã đọc");
    }

    @Test
    void rollsBackToThePreviousVersionWhenNoneIsNamed() throws Exception {
        mvc.perform(post("/policy/changes/rollbacks").with(csrf()).param("toVersion", " ").param("reason", "Luật chưa thông qua"))
                .andExpect(redirectedUrl("/policy/changes"));
        verify(activations).rollback(null, "chinhsach", "Luật chưa thông qua");
    }
    @Test
    void anImpactReportShowsWhatEachChangedCriterionRequiresAsTheDraftStatesIt() throws Exception {
        vn.thidua.eligibility.engine.RuleSet shipped = vn.thidua.testing.ShippedRules.ruleSet();
        when(registry.active()).thenReturn(shipped);
        java.util.Map<String, byte[]> draft = new java.util.HashMap<>(shipped.files());
        draft.put("messages_vi.properties", (new String(shipped.files().get("messages_vi.properties"), java.nio.charset.StandardCharsets.UTF_8)
                + "\nCSCS-C2.statement=Hoàn thành xuất sắc nhiệm vụ và có sáng kiến được cơ sở công nhận trong năm xét.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        when(archive.files("sha256:draft")).thenReturn(Optional.of(draft));
        vn.thidua.governance.AwardImpact.CriterionChange c2 = new vn.thidua.governance.AwardImpact.CriterionChange("CSCS-C2",
                vn.thidua.eligibility.CriterionStatus.MET, vn.thidua.eligibility.CriterionStatus.NOT_MET,
                new vn.thidua.eligibility.Text("Không có sáng kiến.", "No initiative."), null);
        vn.thidua.eligibility.CriterionStatus met = vn.thidua.eligibility.CriterionStatus.MET;
        vn.thidua.governance.AwardImpact.CriterionChange x1 = new vn.thidua.governance.AwardImpact.CriterionChange("X-1",
                met, vn.thidua.eligibility.CriterionStatus.NOT_MET, null, null);
        vn.thidua.governance.AwardImpact.SubjectChange lost = new vn.thidua.governance.AwardImpact.SubjectChange("CN-01",
                vn.thidua.dossier.SubjectKind.INDIVIDUAL, "Nguyễn Văn A", "Xã Đạ R'sal", vn.thidua.eligibility.Outcome.ELIGIBLE,
                vn.thidua.eligibility.Outcome.NOT_ELIGIBLE, java.util.List.of(c2, x1));
        vn.thidua.governance.AwardImpact award = new vn.thidua.governance.AwardImpact(vn.thidua.dossier.AwardCode.CHIEN_SI_THI_DUA_CO_SO,
                java.util.Map.of(), java.util.Map.of(), java.util.List.of(), java.util.List.of(lost), java.util.List.of(), java.util.List.of());
        when(reports.find(7)).thenReturn(Optional.of(new vn.thidua.governance.ImpactReport(7L, "sha256:draft", shipped.version(), 1L,
                "run 1", java.time.Instant.EPOCH, "chinhsach", 1, 1, 1, 0, 1, 0, 5, java.util.List.of(award), null)));

        String vi = mvc.perform(get("/policy/changes/reports/7")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String en = mvc.perform(get("/policy/changes/reports/7").param("lang", "en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(vi).contains("Hoàn thành xuất sắc nhiệm vụ và có sáng kiến được cơ sở công nhận trong năm xét.")
                .contains(org.springframework.web.util.HtmlUtils.htmlEscape(shipped.text("X-1.statement").vi(), "UTF-8"))
                .doesNotContain(shipped.text("CSCS-C2.statement").vi());
        assertThat(en).contains(org.springframework.web.util.HtmlUtils.htmlEscape(shipped.text("CSCS-C2.statement").en(), "UTF-8"))
                .contains("No initiative.");
    }
}

package vn.thidua.web.policy;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
}

package vn.thidua.web.policy;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
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
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Citation;
import vn.thidua.eligibility.engine.CriterionDefinition;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.eligibility.engine.RuleValidation;
import vn.thidua.testing.ShippedRules;
import vn.thidua.web.site.CurrentUser;

/** The awards browser: each award of the active rule set with its criteria, citation links and rule files. */
@WebMvcTest(PolicyController.class)
@WithMockUser(username = "chinhsach", roles = "POLICY")
class PolicyControllerTests {

    private static final Account POLICY = new Account("chinhsach", "Phòng Nội vụ", true, Set.of(Role.POLICY), Set.of(), null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private RuleSetRegistry registry;

    @MockitoBean
    private RuleValidation validation;

    @MockitoBean
    private CurrentUser currentUser;

    @BeforeEach
    void activeRules() {
        when(currentUser.find()).thenReturn(Optional.of(POLICY));
        RuleSet active = mock(RuleSet.class);
        when(active.version()).thenReturn("sha256:abc");
        when(active.activatedAt()).thenReturn(Instant.EPOCH);
        when(active.criteria()).thenReturn(List.of(new CriterionDefinition("CSCS-C2", "CHIEN_SI_THI_DUA_CO_SO",
                new Citation("Luật TĐKT 06/2022/QH15, Điều 23 khoản 2", "https://vbpl.vn/luat-06-2022#d23", null),
                Set.of(SubjectKind.INDIVIDUAL), null, false, "awards/chien-si-thi-dua-co-so.drl", 40)));
        // Award names come from the rule set's awards.yaml: the shipped one.
        when(active.awards()).thenReturn(ShippedRules.ruleSet().awards());
        when(registry.active()).thenReturn(active);
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
}

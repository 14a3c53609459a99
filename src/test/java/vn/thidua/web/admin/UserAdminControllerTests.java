package vn.thidua.web.admin;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.AccountException;
import vn.thidua.accounts.Accounts;
import vn.thidua.accounts.Role;
import vn.thidua.web.site.CurrentUser;

/** Creating users: roles and units as posted, and a refusal shown next to the form in Vietnamese. */
@WebMvcTest(UserAdminController.class)
@WithMockUser(username = "admin", roles = "ADMIN")
class UserAdminControllerTests {

    private static final Account ADMIN = new Account("admin", "admin", true, Set.of(Role.ADMIN), Set.of(), null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Accounts accounts;

    @MockitoBean
    private CurrentUser currentUser;

    @BeforeEach
    void admin() {
        when(currentUser.find()).thenReturn(Optional.of(ADMIN));
        when(accounts.all()).thenReturn(List.of(ADMIN));
    }

    @Test
    void createsASecretariatUserWithItsUnits() throws Exception {
        mvc.perform(post("/admin/users").with(csrf()).param("username", "thuky").param("displayName", "Thư ký")
                .param("password", "mot-mat-khau-dai").param("roles", "SECRETARIAT").param("units", "XA-DARSAL, TH-DARSAL")
                .param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/users"));
        ArgumentCaptor<Account> created = ArgumentCaptor.forClass(Account.class);
        verify(accounts).create(created.capture(), eq("mot-mat-khau-dai"));
        org.assertj.core.api.Assertions.assertThat(created.getValue()).isEqualTo(new Account("thuky", "Thư ký", true,
                Set.of(Role.SECRETARIAT), Set.of("XA-DARSAL", "TH-DARSAL"), null));
    }

    @Test
    void showsTheRefusalByField() throws Exception {
        when(accounts.create(any(), any())).thenThrow(new AccountException("password", "Mật khẩu dài từ 10 đến 72 ký tự",
                "The password must be 10 to 72 characters long"));
        mvc.perform(post("/admin/users").with(csrf()).param("username", "thuky").param("password", "ngan")
                .param("roles", "SECRETARIAT"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mật khẩu: Mật khẩu dài từ 10 đến 72 ký tự")));
    }
}

package vn.thidua.web.site;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;

/** The start page opens what the user's roles allow, in Vietnamese unless English was chosen. */
@WebMvcTest(HomeController.class)
class HomeControllerTests {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CurrentUser currentUser;

    @Test
    @WithMockUser(username = "thuky", roles = "SECRETARIAT")
    void showsASecretaryOnlyTheirPages() throws Exception {
        when(currentUser.find()).thenReturn(Optional.of(new Account("thuky", "Thư ký", true, Set.of(Role.SECRETARIAT),
                Set.of("XA-DARSAL"), null)));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Xin chào, Thư ký")))
                .andExpect(content().string(Matchers.containsString("href=\"/runs\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/admin/users\""))));
    }

    @Test
    @WithMockUser(username = "thuky", roles = "SECRETARIAT")
    void speaksEnglishOnRequest() throws Exception {
        when(currentUser.find()).thenReturn(Optional.of(new Account("thuky", "Thư ký", true, Set.of(Role.SECRETARIAT),
                Set.of("XA-DARSAL"), null)));

        mvc.perform(get("/").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("Hello, Thư ký")))
                .andExpect(content().string(Matchers.containsString("Upload a request, evaluate it and see the results")));
    }
}

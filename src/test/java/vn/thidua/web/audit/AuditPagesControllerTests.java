package vn.thidua.web.audit;

import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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
import vn.thidua.accounts.AccountEvents;
import vn.thidua.accounts.Role;
import vn.thidua.audit.AuditChain;
import vn.thidua.audit.AuditReplay;
import vn.thidua.audit.ChainReport;
import vn.thidua.audit.RecordChainReport;
import vn.thidua.audit.DecisionHistory;
import vn.thidua.audit.ReplayReport;
import vn.thidua.web.site.CurrentUser;

/** The auditor's pages: the chain's state naming the first altered run, and a replay's differences. */
@WebMvcTest(AuditPagesController.class)
@WithMockUser(username = "kiemtoan", roles = "AUDITOR")
class AuditPagesControllerTests {

    private static final Account AUDITOR = new Account("kiemtoan", "Kiểm toán", true, Set.of(Role.AUDITOR), Set.of(), null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private DecisionHistory history;

    @MockitoBean
    private AuditChain chain;

    @MockitoBean
    private AuditReplay replay;

    @MockitoBean
    private CurrentUser currentUser;

    @MockitoBean
    private AccountEvents accountEvents;

    @BeforeEach
    void auditor() {
        when(currentUser.find()).thenReturn(Optional.of(AUDITOR));
    }

    @Test
    void namesTheFirstAlteredRun() throws Exception {
        when(chain.verify()).thenReturn(new ChainReport(false, 12, 0, 7L, 7L, List.of("run 7: criterion CSCS-C2 differs"), 40,
                false, intactRecords(), 0, List.of()));

        mvc.perform(get("/audit/chain"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chuỗi bị thay đổi, đầu tiên ở lần đánh giá 7")))
                .andExpect(content().string(Matchers.containsString("run 7: criterion CSCS-C2 differs")));
    }

    @Test
    void namesTheFirstAlteredRecordByItsKindInVietnamese() throws Exception {
        RecordChainReport records = new RecordChainReport(false, 30, Map.of("PUBLIC_LIST", 2L), 0, "COUNCIL_SESSION", "4", 9L,
                List.of("council_ballot"), List.of("content changed: the COUNCIL_SESSION record 4's rows in council_ballot"),
                LocalDateTime.of(2026, 12, 6, 9, 15), 12);
        when(chain.verify()).thenReturn(new ChainReport(false, 12, 0, null, null, List.of(), 40, true, records, 0, List.of()));

        mvc.perform(get("/audit/chain"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chuỗi nguyên vẹn: đã kiểm 12 lần đánh giá")))
                .andExpect(content().string(Matchers.containsString(
                        "Chuỗi hồ sơ bị thay đổi, đầu tiên ở hồ sơ Phiên họp Hội đồng 4, bảng council_ballot.")))
                .andExpect(content().string(Matchers.containsString("Danh sách công khai")))
                .andExpect(content().string(Matchers.containsString("06/12/2026 09:15:00")));
    }

    @Test
    void listsTheRunsWaitingForTheirSealOnAnIntactChain() throws Exception {
        when(chain.verify()).thenReturn(new ChainReport(true, 12, 0, null, null, List.of(), 40, true, intactRecords(), 2,
                List.of(13L, 14L)));

        mvc.perform(get("/audit/chain"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chuỗi nguyên vẹn: đã kiểm 12 lần đánh giá")))
                .andExpect(content().string(Matchers.containsString(
                        "2 lần đánh giá đã lưu đang chờ được niêm phong vào chuỗi (nội dung đã được kiểm tra): 13, 14")));
    }

    private static RecordChainReport intactRecords() {
        return new RecordChainReport(true, 0, Map.of(), 0, null, null, null, List.of(), List.of(), null, 1);
    }

    @Test
    void showsAReplayIdenticalToTheStoredRun() throws Exception {
        when(replay.replay(5)).thenReturn(Optional.of(new ReplayReport(5, "sha256:abc", true, 188, List.of())));

        mvc.perform(post("/audit/replay/5").with(csrf()))
                .andExpect(content().string(Matchers.containsString("Giống hệt kết quả đã lưu (188 quyết định)")));
    }

    @Test
    void listsSignInsAndAccountChangesInVietnamTimeAndWords() throws Exception {
        when(accountEvents.recent("thuky", 500)).thenReturn(List.of(new AccountEvents.Event(3, Instant.parse("2026-12-06T02:15:00Z"),
                AccountEvents.Kind.LOCKED, "thuky", "10.0.0.7", null, "user name locked out for PT15M")));

        mvc.perform(get("/audit/accounts").param("username", "thuky"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("06/12/2026 09:15:00")))
                .andExpect(content().string(Matchers.containsString("Tạm khóa đăng nhập")))
                .andExpect(content().string(Matchers.containsString("10.0.0.7")));
    }
}

package vn.thidua.web.publiclist;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.PostingPeriods;
import vn.thidua.consultation.PublicList;
import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.testing.ShippedRules;
import vn.thidua.web.runs.ProposedCandidates.Candidate;
import vn.thidua.web.runs.ProposedCandidates;
import vn.thidua.web.site.CurrentUser;

/** The public list: name, unit and award of each candidate, the comment window, and the comment form. */
@WebMvcTest(PublicListController.class)
@WithMockUser
class PublicListControllerTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);
    private static final PublicList LIST = new PublicList(7, 3, "Danh sách đề nghị khen thưởng năm 2025",
            LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 20));

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Consultations consultations;

    @MockitoBean
    private ProposedCandidates candidates;

    @MockitoBean
    private CurrentUser currentUser;

    @MockitoBean
    private PostingPeriods postings;

    /** Award names come from the active rule set: the shipped rules folder. */
    @MockitoBean
    private RuleSetRegistry rules;

    @BeforeEach
    void openList() {
        when(currentUser.find()).thenReturn(Optional.empty());
        when(rules.active()).thenReturn(ShippedRules.ruleSet());
        when(consultations.today()).thenReturn(TODAY);
        when(consultations.find(7)).thenReturn(Optional.of(LIST));
        Candidate hung = new Candidate("CN-0001", "Nguyễn Văn Hùng", "Xã Đạ R'sal", AwardCode.LAO_DONG_TIEN_TIEN);
        when(candidates.of(3, 1, 50)).thenReturn(new ProposedCandidates.Page(List.of(hung), 1, 1, 50, 1, 1));
        when(candidates.find(3, "CN-0001", AwardCode.LAO_DONG_TIEN_TIEN)).thenReturn(Optional.of(hung));
        when(candidates.awards(3)).thenReturn(List.of(AwardCode.LAO_DONG_TIEN_TIEN));
        when(postings.of(any(), any())).thenReturn(new PostingPeriods.PostingPeriod(LocalDate.of(2026, 1, 5),
                "Trụ sở UBND xã, nhà văn hóa thôn 1", 10, LocalDate.of(2026, 1, 16), true, false, List.of()));
    }

    @Test
    void showsWhereTheListIsPostedAndWhenItsWorkingDaysAreReached() throws Exception {
        mvc.perform(get("/public/7"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Niêm yết tại: Trụ sở UBND xã, nhà văn hóa thôn 1")))
                .andExpect(content().string(Matchers.containsString(", từ ngày 05/01/2026")))
                .andExpect(content().string(Matchers.containsString("; đủ 10 ngày làm việc vào ngày 16/01/2026")))
                .andExpect(content().string(Matchers.containsString("Số ngày niêm yết đang chờ rà soát pháp lý.")));
        verify(postings).of(LIST, List.of(AwardCode.LAO_DONG_TIEN_TIEN));
    }

    @Test
    void showsCandidatesWithTheCommentWindow() throws Exception {
        mvc.perform(get("/public/7"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nguyễn Văn Hùng")))
                .andExpect(content().string(Matchers.containsString("Lao động tiên tiến")))
                .andExpect(content().string(Matchers.containsString("Lấy ý kiến từ 05/01/2026 đến 20/01/2026")))
                .andExpect(content().string(Matchers.containsString("value=\"CN-0001|LAO_DONG_TIEN_TIEN\"")));
    }

    @Test
    void takesACommentOnACandidateOfTheList() throws Exception {
        mvc.perform(post("/public/7/comments").with(csrf()).param("candidate", "CN-0001|LAO_DONG_TIEN_TIEN")
                .param("authorName", "Lê Văn B").param("body", "Đồng ý"))
                .andExpect(redirectedUrl("/public/7"));
        verify(consultations).comment(LIST, "CN-0001", "LAO_DONG_TIEN_TIEN", "Lê Văn B", null, "Đồng ý");
    }

    @Test
    void refusesACommentOnSomeoneNotOnTheList() throws Exception {
        mvc.perform(post("/public/7/comments").with(csrf()).param("candidate", "CN-0099|LAO_DONG_TIEN_TIEN")
                .param("authorName", "Lê Văn B").param("body", "Đồng ý"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chọn một người / tập thể trong danh sách")));
        verify(consultations, never()).comment(any(), anyString(), anyString(), anyString(), any(), anyString());
    }
}

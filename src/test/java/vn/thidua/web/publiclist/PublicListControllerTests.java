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

import java.time.Instant;
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

import vn.thidua.conferral.ConferredAwards;
import vn.thidua.consultation.CommentAnswers;
import vn.thidua.consultation.CommentStatus;
import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.PostingPeriods;
import vn.thidua.consultation.PublicList;
import vn.thidua.consultation.PublicThread;
import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.testing.ShippedRules;
import vn.thidua.web.runs.ProposedCandidates.Candidate;
import vn.thidua.web.runs.ProposedCandidates;
import vn.thidua.web.site.CurrentUser;

/**
 * The public list: name, unit and award of each candidate, the comment window, the comment form, every
 * comment with the secretariat's answer (never the commenter's name or contact) and the awards
 * conferred once decided; the index keeps the closed lists.
 */
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

    @MockitoBean
    private CommentAnswers answers;

    @MockitoBean
    private ConferredAwards conferred;

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
        when(answers.publicThreads(7)).thenReturn(List.of(
                new PublicThread(11, "CN-0001", "LAO_DONG_TIEN_TIEN", "Anh Hùng có đúng hai năm hoàn thành xuất sắc không?",
                        Instant.parse("2026-01-06T03:00:00Z"), CommentStatus.RESOLVED, "Đã xác minh: đúng hai năm, hồ sơ giữ nguyên.",
                        Instant.parse("2026-01-08T03:00:00Z")),
                new PublicThread(12, "CN-0001", "LAO_DONG_TIEN_TIEN", "Tôi đồng ý.", Instant.parse("2026-01-07T03:00:00Z"),
                        CommentStatus.OPEN, null, null)));
        when(candidates.names(org.mockito.ArgumentMatchers.eq(3L), any())).thenReturn(java.util.Map.of("CN-0001", "Nguyễn Văn Hùng"));
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

    @Test
    void showsEveryCommentWithTheAnswerInForceAndItsStatus() throws Exception {
        mvc.perform(get("/public/7"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ý kiến của nhân dân và trả lời của Thường trực Hội đồng")))
                .andExpect(content().string(Matchers.containsString("Về Nguyễn Văn Hùng · Lao động tiên tiến")))
                .andExpect(content().string(Matchers.containsString("Anh Hùng có đúng hai năm hoàn thành xuất sắc không?")))
                .andExpect(content().string(Matchers.containsString("Trả lời của Thường trực Hội đồng, ngày 08/01/2026")))
                .andExpect(content().string(Matchers.containsString("Đã xác minh: đúng hai năm, hồ sơ giữ nguyên.")))
                .andExpect(content().string(Matchers.containsString("Đã giải quyết")))
                .andExpect(content().string(Matchers.containsString("Tôi đồng ý.")))
                .andExpect(content().string(Matchers.containsString("Chưa xử lý")));
    }

    @Test
    void showsNoAwardsBeforeTheDecisionAndTheConferredOnesAfterWithNameUnitAndAwardOnly() throws Exception {
        mvc.perform(get("/public/7"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Khen thưởng đã được quyết định"))));

        when(conferred.ofRun(3)).thenReturn(List.of(new ConferredAwards.Published("Nguyễn Văn Hùng", "Xã Đạ R'sal",
                AwardCode.LAO_DONG_TIEN_TIEN), new ConferredAwards.Published("Văn phòng - Thống kê xã Đạ R'sal", "Xã Đạ R'sal",
                AwardCode.TAP_THE_LAO_DONG_TIEN_TIEN)));
        mvc.perform(get("/public/7"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Khen thưởng đã được quyết định")))
                .andExpect(content().string(Matchers.containsString("Văn phòng - Thống kê xã Đạ R&#39;sal")))
                .andExpect(content().string(Matchers.containsString("Tập thể lao động tiên tiến")));
    }

    @Test
    void keepsTheClosedListsOnTheIndex() throws Exception {
        when(consultations.current()).thenReturn(List.of());
        when(consultations.closed(PublicListController.CLOSED_SHOWN)).thenReturn(List.of(new PublicList(5, 2,
                "Danh sách đề nghị khen thưởng năm 2024", LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 20))));

        mvc.perform(get("/public"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Danh sách đã hết thời gian lấy ý kiến")))
                .andExpect(content().string(Matchers.containsString("href=\"/public/5\"")))
                .andExpect(content().string(Matchers.containsString("Lấy ý kiến từ 05/01/2025 đến 20/01/2025")));
    }
}

package vn.thidua.web.council;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.thidua.consultation.Answer;
import vn.thidua.consultation.CommentAnswers;
import vn.thidua.consultation.SupervisionOpinions;
import vn.thidua.consultation.CommentStatus;
import vn.thidua.consultation.CommentThread;
import vn.thidua.consultation.PublicComment;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.scheduling.ScheduleResult;
import vn.thidua.scheduling.ScheduleStatus;
import vn.thidua.scheduling.ScheduleView;
import vn.thidua.scheduling.Schedules;
import vn.thidua.testing.ShippedRules;
import vn.thidua.web.site.CurrentUser;

/** A council member's sessions from a stored schedule: the dossiers, the recusals, the open comments. */
@WebMvcTest(CouncilController.class)
@WithMockUser(username = "m1", roles = "COUNCIL")
class CouncilControllerTests {

    private static final Account MEMBER = new Account("m1", "Liêng Jrang K'Hoa", true, Set.of(Role.COUNCIL), Set.of(), "M1");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Schedules schedules;

    @MockitoBean
    private CommentAnswers answers;

    @MockitoBean
    private SupervisionOpinions opinions;

    @MockitoBean
    private CurrentUser currentUser;

    /** Award names come from the active rule set: the shipped rules folder. */
    @MockitoBean
    private RuleSetRegistry rules;

    @BeforeEach
    void storedSchedule() throws Exception {
        when(currentUser.get()).thenReturn(MEMBER);
        when(currentUser.find()).thenReturn(Optional.of(MEMBER));
        when(rules.active()).thenReturn(ShippedRules.ruleSet());
        when(schedules.newest(20)).thenReturn(List.of(3L));
        when(schedules.request(3)).thenReturn(Optional.of(Files.readString(Path.of("data/sample-schedule.json"))));
        ScheduleResult result = new ScheduleResult("0hard/0soft", true, List.of(
                new ScheduleResult.Assignment("D01", "S1", List.of("M1")),
                new ScheduleResult.Assignment("D02", "S1", List.of())), List.of(), List.of());
        when(schedules.find(3)).thenReturn(Optional.of(new ScheduleView(3, ScheduleStatus.DONE, null, Instant.EPOCH,
                Instant.EPOCH, result, null)));
        PublicComment answered = new PublicComment(1, 1, "CN-0002", "LAO_DONG_TIEN_TIEN", "Lê C", null, "Chị ấy gương mẫu",
                "FORWARDED", Instant.EPOCH);
        PublicComment open = new PublicComment(2, 1, "CN-0002", "LAO_DONG_TIEN_TIEN", "Trần D", null, "Xác minh lại giúp", "OPEN",
                Instant.EPOCH);
        when(answers.about("CN-0002", "LAO_DONG_TIEN_TIEN")).thenReturn(List.of(
                new CommentThread(answered, List.of(
                        new Answer(7, 1, "Đang xác minh", CommentStatus.ANSWERED, "thu-ky", Instant.EPOCH),
                        new Answer(8, 2, "Đã chuyển Hội đồng xem xét", CommentStatus.FORWARDED, "thu-ky", Instant.EPOCH))),
                new CommentThread(open, List.of())));
    }

    @Test
    void showsTheMembersSessionWithDossiersAndRecusals() throws Exception {
        mvc.perform(get("/council"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Các phiên của thành viên M1")))
                .andExpect(content().string(Matchers.containsString("Hội trường UBND xã")))
                .andExpect(content().string(Matchers.containsString("D02")))
                .andExpect(content().string(Matchers.containsString("Lao động tiên tiến")))
                .andExpect(content().string(Matchers.containsString("Tránh xét")));
    }

    @Test
    void showsEveryCommentOnADossierWithTheAnswerInForceAndTheOneItSuperseded() throws Exception {
        mvc.perform(get("/council"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1 chưa trả lời / 2 ý kiến")))
                .andExpect(content().string(Matchers.containsString("Chị ấy gương mẫu")))
                .andExpect(content().string(Matchers.containsString("Đã chuyển Hội đồng xem xét")))
                .andExpect(content().string(Matchers.containsString("Trả lời của Thường trực Hội đồng (lần 2)")))
                .andExpect(content().string(Matchers.containsString("Đang xác minh")))
                .andExpect(content().string(Matchers.containsString("Xác minh lại giúp")));
    }
}

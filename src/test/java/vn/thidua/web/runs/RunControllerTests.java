package vn.thidua.web.runs;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.springframework.web.util.HtmlUtils;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.audit.ResultRows;
import vn.thidua.audit.RuleSetArchive;
import vn.thidua.consultation.CommentAnswers;
import vn.thidua.consultation.SupervisionOpinions;
import vn.thidua.consultation.CommentThread;
import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.PublicComment;
import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Period;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Citation;
import vn.thidua.eligibility.CriterionOutcome;
import vn.thidua.eligibility.CriterionStatus;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.RuleSetInfo;
import vn.thidua.eligibility.Text;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.ranking.GroupShare;
import vn.thidua.ranking.Ranking;
import vn.thidua.ranking.RankingEntry;
import vn.thidua.testing.ShippedRules;
import vn.thidua.web.site.CurrentUser;

/** A run's pages: the filtered table, a decision with its explanation, citation and comments, the share chart. */
@WebMvcTest(RunController.class)
@WithMockUser(username = "thuky", roles = "SECRETARIAT")
class RunControllerTests {

    private static final Account SECRETARY = new Account("thuky", "Thư ký", true, Set.of(Role.SECRETARIAT),
            Set.of("XA-DARSAL"), null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private EvaluationRuns runs;

    @MockitoBean
    private ResultRows resultRows;

    @MockitoBean
    private RunScope scope;

    @MockitoBean
    private Consultations consultations;

    @MockitoBean
    private CommentAnswers answers;

    @MockitoBean
    private SupervisionOpinions opinions;

    @MockitoBean
    private CurrentUser currentUser;

    /** Award names come from the active rule set: the shipped rules folder. */
    @MockitoBean
    private RuleSetRegistry rules;

    @MockitoBean
    private RuleSetArchive archive;

    @BeforeEach
    void run() {
        when(currentUser.get()).thenReturn(SECRETARY);
        when(currentUser.find()).thenReturn(Optional.of(SECRETARY));
        when(rules.active()).thenReturn(ShippedRules.ruleSet());
        when(consultations.today()).thenReturn(LocalDate.of(2026, 1, 10));
        EvaluationRequest request = new RequestReader(10_000_000, 10_000, Clock.fixed(Instant.parse("2026-01-10T00:00:00Z"),
                ZoneOffset.UTC)).read(new ByteArrayInputStream(SampleRequests.commune()));
        ResultRows.Subjects subjects = ResultRows.Subjects.of(request);
        EligibilityDecision eligible = new EligibilityDecision("CN-0001", SubjectKind.INDIVIDUAL, AwardCode.LAO_DONG_TIEN_TIEN,
                Outcome.ELIGIBLE, false, List.of(new CriterionOutcome("LDTT-A1", CriterionStatus.MET,
                        new Text("Hoàn thành tốt nhiệm vụ năm 2025", "Completed duties well in 2025"),
                        new Citation("Luật TĐKT 06/2022/QH15, Điều 24", "https://vbpl.vn/luat-06-2022", null),
                        Map.of("rating", "HTTNV"), List.of())), List.of(), List.of(), null);
        EligibilityDecision refused = new EligibilityDecision("CN-0002", SubjectKind.INDIVIDUAL, AwardCode.LAO_DONG_TIEN_TIEN,
                Outcome.NOT_ELIGIBLE, false, List.of(), List.of(new Text("Thiếu xếp loại", "Rating missing")), List.of(), null);
        Evaluation evaluation = new Evaluation(1, 5L, new RuleSetInfo("sha256:abc", Instant.EPOCH),
                new Period(2025, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 10)), List.of(eligible, refused), List.of(), List.of());
        GroupShare share = new GroupShare(PriorityGroup.ETHNIC_MINORITY, 2, 1, 1, new BigDecimal("50.0"),
                new BigDecimal("100.0"), new BigDecimal("100.0"), null, null, null);
        Ranking ranking = new Ranking(AwardCode.LAO_DONG_TIEN_TIEN, "XA-DARSAL", 1, List.of(new RankingEntry("CN-0001", 1, 10, true,
                List.of(PriorityGroup.ETHNIC_MINORITY), new Text("Xếp thứ nhất", "First"), SubjectKind.INDIVIDUAL,
                Outcome.ELIGIBLE, null, null)), List.of(share), null, null, null, null, null, null, null, 1, 0, null, null, null);
        ResultRows.Row hung = new ResultRows.Row(0, "CN-0001", subjects.name("CN-0001"), "XA-DARSAL", "Ủy ban nhân dân xã Đạ R'sal",
                AwardCode.LAO_DONG_TIEN_TIEN, Outcome.ELIGIBLE, false, Set.of(PriorityGroup.ETHNIC_MINORITY), true);
        // The database filters (ResultRowsIntegrationTests); here the page shows what it is given.
        when(runs.header(5)).thenReturn(Optional.of(new Evaluation(1, 5L, evaluation.ruleSet(), evaluation.period(), List.of(),
                List.of(), List.of())));
        when(resultRows.page(5, new ResultRows.Filter(null, null, Outcome.ELIGIBLE, null), 1, ResultRows.DEFAULT_SIZE))
                .thenReturn(new ResultRows.Page(List.of(hung), 1, 2, 1, ResultRows.DEFAULT_SIZE));
        when(resultRows.page(5, new ResultRows.Filter(null, null, null, null), 2, 1))
                .thenReturn(new ResultRows.Page(List.of(new ResultRows.Row(1, "CN-0002", subjects.name("CN-0002"), "TH-DARSAL",
                        "Trường Tiểu học Đạ R'sal", AwardCode.LAO_DONG_TIEN_TIEN, Outcome.NOT_ELIGIBLE, false, Set.of(), null)),
                        2, 2, 2, 1));
        when(resultRows.counts(anyLong(), org.mockito.ArgumentMatchers.any())).thenReturn(new ResultRows.Counts(
                Map.of(Outcome.ELIGIBLE, 1L, Outcome.NOT_ELIGIBLE, 1L), Map.of(AwardCode.LAO_DONG_TIEN_TIEN, 2L)));
        when(resultRows.units(5)).thenReturn(List.of(new ResultRows.UnitName("TH-DARSAL", "Trường Tiểu học Đạ R'sal"),
                new ResultRows.UnitName("XA-DARSAL", "Ủy ban nhân dân xã Đạ R'sal")));
        when(runs.decisions(5, "CN-0001", AwardCode.LAO_DONG_TIEN_TIEN, null)).thenReturn(Optional.of(List.of(eligible)));
        when(resultRows.row(5, "CN-0001", AwardCode.LAO_DONG_TIEN_TIEN)).thenReturn(Optional.of(hung));
        when(runs.rankings(5)).thenReturn(Optional.of(List.of(ranking)));
        when(resultRows.names(org.mockito.ArgumentMatchers.eq(5L), org.mockito.ArgumentMatchers.any()))
                .thenReturn(Map.of("CN-0001", hung.name()));
        when(answers.about(5, "CN-0001", "LAO_DONG_TIEN_TIEN")).thenReturn(List.of(new CommentThread(new PublicComment(1, 1, "CN-0001",
                "LAO_DONG_TIEN_TIEN", "Lê Thị C", null, "Ông Hùng rất gương mẫu", "OPEN", Instant.EPOCH), List.of())));
    }

    @Test
    void filtersTheResultsByOutcome() throws Exception {
        mvc.perform(get("/runs/5").param("outcome", "ELIGIBLE"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nguyễn Văn Hùng")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Ka Điệp"))))
                .andExpect(content().string(Matchers.containsString("Hiển thị 1–1 trong 1 quyết định phù hợp (cả lần đánh giá: 2)")))
                .andExpect(content().string(Matchers.containsString("Đủ điều kiện: 1")));
    }

    @Test
    void pageLinksKeepTheFiltersAndTheSize() throws Exception {
        mvc.perform(get("/runs/5").param("page", "2").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ka Điệp")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Nguyễn Văn Hùng"))))
                .andExpect(content().string(Matchers.containsString("href=\"/runs/5?size=1&amp;page=1\"")))
                .andExpect(content().string(Matchers.containsString("href=\"/runs/5?size=1&amp;outcome=ELIGIBLE\"")))
                .andExpect(content().string(Matchers.containsString("Trang 2 / 2")));
    }

    @Test
    void showsADecisionWithItsExplanationCitationAndComment() throws Exception {
        mvc.perform(get("/runs/5/decision").param("subject", "CN-0001").param("award", "LAO_DONG_TIEN_TIEN"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hoàn thành tốt nhiệm vụ năm 2025")))
                .andExpect(content().string(Matchers.containsString("href=\"https://vbpl.vn/luat-06-2022\"")))
                .andExpect(content().string(Matchers.containsString("<dt>xếp loại chất lượng</dt><dd>Hoàn thành tốt nhiệm vụ</dd>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("HTTNV"))))
                .andExpect(content().string(Matchers.containsString("Ông Hùng rất gương mẫu")));
    }

    @Test
    void wordsAnOldRunsDecisionWithTheTextsOfItsOwnRuleSetVersion() throws Exception {
        // Run 5 was decided on sha256:abc, whose statement of LDTT-A1 was worded otherwise than today's.
        java.util.Map<String, byte[]> files = Map.of(
                "messages_vi.properties", "LDTT-A1.statement=Câu chữ của phiên bản cũ\nfact.rating=xếp loại của phiên bản cũ\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "messages_en.properties", "LDTT-A1.statement=Wording of the old version\nfact.rating=old version's rating\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        when(archive.texts("sha256:abc")).thenReturn(Optional.of(vn.thidua.eligibility.engine.RuleTextCatalog.of(files)));
        String today = ShippedRules.ruleSet().text("LDTT-A1.statement").vi();
        mvc.perform(get("/runs/5/decision").param("subject", "CN-0001").param("award", "LAO_DONG_TIEN_TIEN"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Câu chữ của phiên bản cũ")))
                .andExpect(content().string(Matchers.containsString("<dt>xếp loại của phiên bản cũ</dt>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(HtmlUtils.htmlEscape(today)))));
        mvc.perform(get("/runs/5/decision").param("subject", "CN-0001").param("award", "LAO_DONG_TIEN_TIEN").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("Wording of the old version")));
    }

    @Test
    void showsTheDecisionInEnglishOnRequest() throws Exception {
        mvc.perform(get("/runs/5/decision").param("subject", "CN-0001").param("award", "LAO_DONG_TIEN_TIEN").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("Completed duties well in 2025")))
                .andExpect(content().string(Matchers.containsString("Advanced Worker")));
    }

    @Test
    void drawsTheShareChartAsInlineSvg() throws Exception {
        mvc.perform(get("/runs/5/rankings"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<svg id=\"share-chart\"")))
                .andExpect(content().string(Matchers.containsString("class=\"bar selected\"")))
                .andExpect(content().string(Matchers.containsString("Xếp thứ nhất")));
    }

    @Test
    void refusesARunOfAnotherUnit() throws Exception {
        org.mockito.Mockito.doThrow(new org.springframework.security.access.AccessDeniedException("not yours"))
                .when(scope).check(5);
        mvc.perform(get("/runs/5")).andExpect(status().isForbidden());
    }
}

package vn.thidua.web.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Accounts;
import vn.thidua.accounts.Role;
import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.PublicComment;
import vn.thidua.consultation.PublicList;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Outcome;
import vn.thidua.evaluation.RunSubmissions;
import vn.thidua.testing.DatabaseProfiles;

/**
 * The secretariat's comments page of a list, in Vietnamese: answers and answers again through the
 * form, filters by status with the counts, and shows a refused answer's field-named message in both
 * languages with nothing stored; the secretariat of another unit gets only that message, with 403.
 */
@SpringBootTest
@ActiveProfiles(resolver = DatabaseProfiles.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class ListCommentsPagesIntegrationTests {

    private static final String SECRETARY = "thu-ky-trang-gop-y";
    private static final String OUTSIDER = "thu-ky-xa-ngoai";
    private static final RequestPostProcessor AS_SECRETARY = user(SECRETARY).roles("SECRETARIAT");
    private static final RequestPostProcessor AS_OUTSIDER = user(OUTSIDER).roles("SECRETARIAT");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Accounts accounts;
    @Autowired
    private RunSubmissions submissions;
    @Autowired
    private Consultations consultations;
    @Autowired
    private JdbcTemplate jdbc;

    private PublicList list;
    private PublicComment comment;

    @BeforeEach
    void aListWithAComment() {
        Account secretary = account(SECRETARY, "XA-DARSAL");
        account(OUTSIDER, "XA-NGOAI");
        Evaluation run = submissions.submit(SampleRequests.commune(), secretary);
        EligibilityDecision candidate = run.decisions().stream().filter(d -> d.outcome() == Outcome.ELIGIBLE).findFirst().orElseThrow();
        list = consultations.publish(run.runId(), "Danh sách năm 2025", consultations.today(), consultations.today().plusDays(10),
                SECRETARY);
        consultations.comment(list, candidate.subjectId(), candidate.award().name(), "Ka Thị Lan", "0912 000 111",
                "Đề nghị xác minh số năm hoàn thành xuất sắc.");
        comment = consultations.onList(list.id()).get(0);
    }

    @Test
    void answersThroughTheFormThenAnswersAgainKeepingTheFirstVersion() throws Exception {
        MvcResult first = mvc.perform(answer(AS_SECRETARY, comment.id(), "Đã xác minh: đúng hai năm.", "ANSWERED", 0)).andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo(page() + "#comment-" + comment.id());
        mvc.perform(answer(AS_SECRETARY, comment.id(), "Đã chuyển Hội đồng xem xét.", "FORWARDED", 1)).andReturn();

        String shown = html(get(page()).with(AS_SECRETARY));

        assertThat(shown).contains("Đề nghị xác minh số năm hoàn thành xuất sắc.", "Ka Thị Lan", "0912 000 111",
                "Trả lời của Thường trực Hội đồng (lần 2)", "Đã chuyển Hội đồng xem xét.",
                "Các câu trả lời trước, vẫn được lưu (1)", "Đã xác minh: đúng hai năm.", "Tất cả (1)", "Chưa xử lý (0)",
                "Đã chuyển Hội đồng (1)");
        assertThat(html(get(page()).param("status", "open").with(AS_SECRETARY)))
                .contains("Không có góp ý nào ở trạng thái này.").doesNotContain("Đề nghị xác minh");
        assertThat(html(get(page()).param("status", "forwarded").with(AS_SECRETARY))).contains("Đề nghị xác minh");
    }

    @Test
    void showsARefusedAnswersFieldInBothLanguagesAndStoresNothing() throws Exception {
        String empty = html(answer(AS_SECRETARY, comment.id(), "   ", "ANSWERED", 0));
        assertThat(empty).contains("data-field=\"body\"",
                "Nội dung trả lời: bắt buộc, không được để trống / The answer: required, it may not be empty");
        String tooLong = html(answer(AS_SECRETARY, comment.id(), "a".repeat(4001), "RESOLVED", 0));
        assertThat(tooLong).contains("Nội dung trả lời dài 4001 ký tự, quá giới hạn 4000 ký tự");
        long unknown = comment.id() + 100_000;
        String noSuchComment = html(answer(AS_SECRETARY, unknown, "Trả lời", "ANSWERED", 0));
        assertThat(noSuchComment).contains("data-field=\"comment\"", "Không có góp ý số " + unknown + " trong danh sách này / There is no comment "
                + unknown + " on this list");

        assertThat(answers()).isZero();
    }

    @Test
    void refusesTheSecretariatOfAnotherUnitWithOnlyTheReason() throws Exception {
        MvcResult refused = mvc.perform(answer(AS_OUTSIDER, comment.id(), "Trả lời", "ANSWERED", 0)).andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(refused.getResponse().getContentAsString()).contains("Không lưu được câu trả lời",
                "thuộc danh sách của đơn vị bạn không phụ trách").doesNotContain("Ka Thị Lan", "Đề nghị xác minh");
        assertThat(mvc.perform(get(page()).with(AS_OUTSIDER)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(answers()).isZero();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder answer(RequestPostProcessor who, long commentId,
            String body, String status, int replaces) {
        return post(page() + "/answers").with(csrf()).with(who).param("comment", String.valueOf(commentId)).param("body", body)
                .param("status", status).param("replaces", String.valueOf(replaces));
    }

    private String page() {
        return "/runs/" + list.runId() + "/lists/" + list.id();
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private int answers() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consultation_answer WHERE comment_id = ?", Integer.class, comment.id());
    }

    private Account account(String name, String unit) {
        return accounts.find(name).orElseGet(() -> accounts.create(new Account(name, name, true, EnumSet.of(Role.SECRETARIAT),
                Set.of(unit), null), "mat-khau-thu-ky-1"));
    }
}

package vn.thidua.web.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.council.CouncilSessions;
import vn.thidua.council.SessionInput;
import vn.thidua.council.Sessions;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.PdfText;

/** The secretariat records a session through the page, in Vietnamese; the session page shows the results and links the minutes. */
@SpringBootTest
@ActiveProfiles(resolver = DatabaseProfiles.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class CouncilSessionPagesIntegrationTests {

    private static final RequestPostProcessor ADMIN = user("test-admin").roles("ADMIN");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private EvaluationRuns runs;

    @Autowired
    private CouncilSessions sessions;

    @Test
    void recordsASessionThroughTheFormAndShowsItsResultsAndMinutes() throws Exception {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        List<CouncilSessions.Dossier> dossiers = sessions.dossiers(run);
        MvcResult page = mvc.perform(get("/runs/" + run + "/council").with(ADMIN)).andReturn();
        assertThat(page.getResponse().getContentAsString()).contains("Ghi một phiên họp", "Vắng, có ý kiến bằng văn bản",
                dossiers.get(0).name());

        MockHttpServletRequestBuilder form = post("/runs/" + run + "/council").with(csrf()).with(ADMIN)
                .param("heldOn", "2026-01-15").param("startsAt", "08:00").param("place", "Hội trường UBND xã Đạ R'sal")
                .param("councilName", "Hội đồng Thi đua - Khen thưởng xã Đạ R'sal").param("chair", "M1").param("secretary", "M9");
        List<SessionInput.Member> members = Sessions.members();
        for (int i = 0; i < members.size(); i++) {
            SessionInput.Member m = members.get(i);
            form.param("m" + i + ".id", m.id()).param("m" + i + ".name", m.name()).param("m" + i + ".position", m.position())
                    .param("m" + i + ".unit", m.unit()).param("m" + i + ".attendance", m.attendance());
        }
        form.param("d0.agree", "5").param("d0.disagree", "1").param("d0.invalid", "0");
        MvcResult recorded = mvc.perform(form).andReturn();

        assertThat(recorded.getResponse().getRedirectedUrl()).as(recorded.getResponse().getContentAsString())
                .startsWith("/council/sessions/");
        String session = mvc.perform(get(recorded.getResponse().getRedirectedUrl()).with(ADMIN)).andReturn().getResponse()
                .getContentAsString();
        assertThat(session).contains("Kết quả bỏ phiếu kín", dossiers.get(0).name(), "Biên bản họp (PDF)", "Nguyễn Văn Bình");
        MvcResult pdf = mvc.perform(get(recorded.getResponse().getRedirectedUrl() + "/minutes.pdf").with(ADMIN)).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(PdfText.page(pdf.getResponse().getContentAsByteArray(), 1))
                .contains("BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG");
    }

    @Test
    void showsEveryProblemOfARefusedFormAndRecordsNothing() throws Exception {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        MvcResult refused = mvc.perform(post("/runs/" + run + "/council").with(csrf()).with(ADMIN).param("heldOn", "2026-01-15")
                .param("place", "Hội trường").param("councilName", "Hội đồng").param("chair", "M1").param("secretary", "M1")
                .param("m0.id", "M1").param("m0.name", "Nguyễn Văn Bình").param("m0.attendance", "PRESENT")
                .param("d0.agree", "3").param("d0.disagree", "x")).andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("Phiên họp không được ghi, chưa lưu gì",
                "ballots[0].disagree: &quot;x&quot; is not a whole number");
        assertThat(sessions.ofRun(run)).isEmpty();
    }

    @Test
    void letsCouncilMembersReadTheRecordedSessions() throws Exception {
        MvcResult list = mvc.perform(get("/council/sessions").with(ADMIN)).andReturn();

        assertThat(list.getResponse().getStatus()).isEqualTo(200);
        assertThat(list.getResponse().getContentAsString()).contains("Phiên họp Hội đồng đã ghi");
    }
}

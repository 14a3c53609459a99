package vn.thidua.web.runs;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.FieldError;
import vn.thidua.dossier.Period;
import vn.thidua.dossier.ValidationException;
import vn.thidua.evaluation.EvaluationJobs;
import vn.thidua.evaluation.RunAccess;
import vn.thidua.evaluation.RunSubmissions;
import vn.thidua.web.site.CurrentUser;

/** Uploading a request on the runs page: errors by JSON path and nothing started, or a job to follow. */
@WebMvcTest(RunListController.class)
@TestPropertySource(properties = "thidua.import.max-bytes=1000000")
@WithMockUser(username = "thuky", roles = "SECRETARIAT")
class RunListControllerTests {

    private static final Account SECRETARY = new Account("thuky", "Thư ký", true, Set.of(Role.SECRETARIAT),
            Set.of("XA-DARSAL"), null);
    private static final MockMultipartFile FILE = new MockMultipartFile("file", "request.json", "application/json",
            "{}".getBytes(StandardCharsets.UTF_8));

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private RunAccess list;

    @MockitoBean
    private RunSubmissions submissions;

    @MockitoBean
    private EvaluationJobs jobs;

    @MockitoBean
    private CurrentUser currentUser;

    @BeforeEach
    void secretary() {
        when(currentUser.get()).thenReturn(SECRETARY);
        when(currentUser.find()).thenReturn(Optional.of(SECRETARY));
        when(list.visibleTo(any(), anyInt())).thenReturn(List.of());
    }

    @Test
    void showsEveryInvalidPathInVietnameseAndStartsNothing() throws Exception {
        when(submissions.validate(any(), any())).thenThrow(new ValidationException(List.of(
                new FieldError("$.individuals[0].unit", "unknown unit \"XA-KHAC\""),
                new FieldError("$.period.year", "required"))));

        mvc.perform(multipart("/runs").file(FILE).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("$.individuals[0].unit")))
                .andExpect(content().string(Matchers.containsString("$.period.year")))
                .andExpect(content().string(Matchers.containsString("không hợp lệ: 2 lỗi")));
        verify(jobs, never()).start(any(), anyInt(), any());
    }

    @Test
    void startsTheEvaluationOfAValidRequestAndFollowsIt() throws Exception {
        EvaluationRequest request = new EvaluationRequest(1, new Period(2025, null, null), null, null, null, null, null);
        when(submissions.validate(any(), any())).thenReturn(request);
        when(jobs.start(any(), anyInt(), any())).thenReturn(new EvaluationJobs.Job("job-1", "thuky", 0,
                EvaluationJobs.State.QUEUED, Instant.now(), null, null, null, null));

        mvc.perform(multipart("/runs").file(FILE).with(csrf()))
                .andExpect(redirectedUrl("/runs/jobs/job-1"));
    }

    @Test
    void showsARunningJobsCountsDoneOfTotalInWordsAndOnItsBar() throws Exception {
        when(jobs.find("job-2", "thuky")).thenReturn(Optional.of(new EvaluationJobs.Job("job-2", "thuky", 300,
                EvaluationJobs.State.RUNNING, Instant.now(), Instant.now(), null, null, null,
                new EvaluationJobs.Counts("store", 1_200, 2_580))));
        when(jobs.now()).thenReturn(Instant.now());

        String page = mvc.perform(get("/runs/jobs/job-2")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
        assertThat(html.selectFirst("#job-counts").text()).isEqualTo("Đã lưu 1.200 / 2.580 quyết định (46 %)");
        assertThat(html.selectFirst("progress").attr("value")).isEqualTo("1200");
        assertThat(html.selectFirst("progress").attr("max")).isEqualTo("2580");
    }

    @Test
    void refusesAnUploadWithoutCsrfToken() throws Exception {
        mvc.perform(multipart("/runs").file(FILE)).andExpect(status().isForbidden());
    }
}

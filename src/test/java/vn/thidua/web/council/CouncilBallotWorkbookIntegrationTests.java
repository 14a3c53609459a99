package vn.thidua.web.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.council.BallotSheets.fillMembers;
import static vn.thidua.council.BallotSheets.fillSession;
import static vn.thidua.council.BallotSheets.set;
import static vn.thidua.council.BallotSheets.text;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.thidua.council.BallotSheets;
import vn.thidua.council.CouncilSession;
import vn.thidua.council.CouncilSessions;
import vn.thidua.council.SessionDraft;
import vn.thidua.council.SessionDrafts;
import vn.thidua.council.SessionInput;
import vn.thidua.council.Sessions;
import vn.thidua.dossier.FieldError;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.dossier.ValidationException;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.scheduling.SampleSchedules;
import vn.thidua.scheduling.ScheduleStatus;
import vn.thidua.scheduling.ScheduleView;
import vn.thidua.scheduling.Schedules;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.SecondReader;

/**
 * The ballot workbook and the schedule-filled form: downloaded, filled with POI and uploaded back;
 * refused with the cell of each problem and nothing stored; pre-filled from a stored schedule's
 * session, whose id and session are recorded; and the checks of scheduleId and scheduleSession.
 */
@SpringBootTest
@ActiveProfiles(resolver = DatabaseProfiles.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class CouncilBallotWorkbookIntegrationTests {

    private static final RequestPostProcessor ADMIN = user("test-admin").roles("ADMIN");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private EvaluationRuns runs;

    @Autowired
    private CouncilSessions sessions;

    @Autowired
    private SessionDrafts drafts;

    @Autowired
    private Schedules schedules;

    @Test
    void recordsTheSessionOfADownloadedBallotSheetFilledIn() throws Exception {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        List<CouncilSessions.Dossier> dossiers = sessions.dossiers(run);
        try (XSSFWorkbook workbook = download("/api/council/runs/" + run + "/ballot-sheet.xlsx")) {
            Sheet ballots = workbook.getSheet("Phiếu biểu quyết");
            assertThat(ballots.getLastRowNum() - 1).isEqualTo(dossiers.size());
            assertThat(text(ballots, 0, "agree")).isEqualTo("Đồng ý *");
            assertThat(text(ballots, 2, "subjectId")).isEqualTo(dossiers.get(0).subjectId());
            assertThat(text(ballots, 2, "name")).isEqualTo(dossiers.get(0).name());
            assertThat(text(ballots, 2, "award")).isEqualTo(dossiers.get(0).award().name());
            assertThat(text(ballots, 2, "awardName")).isNotBlank().isNotEqualTo(dossiers.get(0).award().name());
            fillSession(workbook, "2026-01-15");
            fillMembers(workbook, Sessions.members());
            set(ballots, 2, "agree", 5);
            set(ballots, 2, "disagree", 1);
            set(ballots, 2, "invalid", 0);
            set(ballots, 4, "agree", 5);
            set(ballots, 4, "disagree", 0);
            set(ballots, 4, "invalid", 0);

            MvcResult recorded = mvc.perform(post("/api/council/runs/" + run + "/sessions").with(ADMIN).with(csrf())
                    .contentType(XLSX).content(bytes(workbook))).andReturn();

            assertThat(recorded.getResponse().getStatus()).as(recorded.getResponse().getContentAsString()).isEqualTo(201);
        }
        CouncilSession session = sessions.ofRun(run).get(0);
        assertThat(session.heldOn()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(session.startsAt()).isEqualTo("08:00");
        assertThat(session.members()).hasSize(9);
        assertThat(session.member("M5").attendance().name()).isEqualTo("ABSENT_WRITTEN");
        assertThat(session.member("M7").attendance().name()).isEqualTo("ABSENT");
        assertThat(session.results()).hasSize(2);
        assertThat(session.results().get(0).subjectId()).isEqualTo(dossiers.get(0).subjectId());
        assertThat(session.results().get(0).agree()).isEqualTo(5);
        assertThat(session.results().get(0).disagree()).isEqualTo(1);
        assertThat(session.results().get(1).subjectId()).isEqualTo(dossiers.get(2).subjectId());
        assertThat(session.results().get(1).agree()).isEqualTo(5);
    }

    @Test
    void refusesABallotSheetNamingTheCellOfEachProblemAndStoresNothing() throws Exception {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        try (XSSFWorkbook workbook = download("/api/council/runs/" + run + "/ballot-sheet.xlsx")) {
            fillSession(workbook, "15/13/2026");
            fillMembers(workbook, Sessions.members());
            Sheet ballots = workbook.getSheet("Phiếu biểu quyết");
            set(ballots, 2, "agree", "năm");
            set(ballots, 2, "disagree", 0);
            set(ballots, 2, "invalid", 0);

            List<String> unreadable = refused(run, workbook);

            assertThat(unreadable).containsExactlyInAnyOrder(
                    "Phiên họp, dòng 5, cột Ngày họp (dd/mm/yyyy) (C5): cần một ngày dạng dd/mm/yyyy, ô ghi \"15/13/2026\""
                            + " / expected a date as dd/mm/yyyy, found \"15/13/2026\"",
                    "Phiếu biểu quyết, dòng 3, cột Đồng ý (G3): cần một số nguyên, ô ghi \"năm\" / expected a whole number, found \"năm\"");

            fillSession(workbook, "15/01/2026");
            set(ballots, 2, "agree", 9);
            set(workbook.getSheet("Thành viên"), 3, "attendance", "");
            set(workbook.getSheet("Thành viên"), 4, "id", "M1");
            set(ballots, 3, "subjectId", "CN-9999");
            set(ballots, 3, "agree", 1);
            set(ballots, 3, "disagree", 0);
            set(ballots, 3, "invalid", 0);

            List<String> invalid = refused(run, workbook);

            assertThat(invalid).anySatisfy(e -> assertThat(e).startsWith("Thành viên, dòng 4, cột Tham dự (F4): Không hợp lệ: is required"))
                    .anySatisfy(e -> assertThat(e).startsWith("Thành viên, dòng 5, cột Mã thành viên (A5): Không hợp lệ: member M1 is recorded twice"))
                    .anySatisfy(e -> assertThat(e).startsWith("Phiếu biểu quyết, dòng 3: Không hợp lệ: 9 ballots").contains("exceed"))
                    .anySatisfy(e -> assertThat(e).startsWith("Phiếu biểu quyết, dòng 4: Không hợp lệ: the run has no dossier CN-9999"));
        }
        assertThat(sessions.ofRun(run)).isEmpty();
    }

    @Test
    void refusesABallotSheetOfAnotherRunAndAFileThatIsNoWorkbook() throws Exception {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        long other = runs.evaluateAndStore(SampleRequests.commune()).runId();
        try (XSSFWorkbook workbook = download("/api/council/runs/" + other + "/ballot-sheet.xlsx")) {
            fillSession(workbook, "15/01/2026");
            fillMembers(workbook, Sessions.members());

            assertThat(refused(run, workbook)).singleElement().asString()
                    .startsWith("Phiên họp, dòng 2, cột Lần đánh giá số (C2): bảng phiếu này lập cho lần đánh giá số " + other);
        }
        MvcResult notAWorkbook = mvc.perform(post("/api/council/runs/" + run + "/sessions").with(ADMIN).with(csrf())
                .contentType(XLSX).content("not a workbook".getBytes())).andReturn();
        assertThat(notAWorkbook.getResponse().getStatus()).isEqualTo(400);
        assertThat(notAWorkbook.getResponse().getContentAsString()).contains("không phải bảng tính Excel .xlsx hợp lệ");
        assertThat(sessions.ofRun(run)).isEmpty();
    }

    @Test
    void recordsTheSessionOfAStoredScheduleFromThePrefilledFormAndItsBallotSheet() throws Exception {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        long schedule = scheduled(run);
        SessionDraft.Choice busiest = drafts.choices(run).stream().max(Comparator.comparingInt(SessionDraft.Choice::dossiers))
                .orElseThrow();
        assertThat(busiest.scheduleId()).isEqualTo(schedule);
        SessionDraft draft = drafts.draft(run, schedule, busiest.session());
        assertThat(draft.members()).extracting(SessionInput.Member::id).containsExactly("M1", "M2", "M3", "M4", "M5", "M6", "M7",
                "M8", "M9");
        assertThat(draft.chair()).isEqualTo("M1");
        assertThat(draft.secretary()).isEqualTo("M3");
        assertThat(draft.dossiers()).hasSize(busiest.dossiers());
        // Ka Điệp (M4) belongs to the primary school: the schedule recuses her from its dossiers.
        assertThat(draft.dossiers()).filteredOn(l -> "TH-DARSAL".equals(l.dossier().unit()))
                .allSatisfy(l -> assertThat(l.recused()).contains("M4"));

        String page = mvc.perform(get("/runs/" + run + "/council").param("scheduleId", Long.toString(schedule))
                .param("scheduleSession", busiest.session()).with(ADMIN)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Liêng Jrang K&#39;Hoa", "Ủy viên Hội đồng", "name=\"scheduleSession\" value=\"" + busiest.session() + "\"",
                "Lịch số " + schedule + ", phiên " + busiest.session());

        MockHttpServletRequestBuilder form = post("/runs/" + run + "/council").with(csrf()).with(ADMIN)
                .param("scheduleId", Long.toString(schedule)).param("scheduleSession", busiest.session())
                .param("heldOn", draft.heldOn().toString()).param("startsAt", draft.startsAt()).param("place", draft.place())
                .param("councilName", "Hội đồng Thi đua - Khen thưởng xã Đạ R'sal").param("chair", "M1").param("secretary", "M3");
        for (int i = 0; i < draft.members().size(); i++) {
            SessionInput.Member m = draft.members().get(i);
            form.param("m" + i + ".id", m.id()).param("m" + i + ".name", m.name()).param("m" + i + ".unit", m.unit())
                    .param("m" + i + ".attendance", m.attendance());
            if (m.personId() != null) {
                form.param("m" + i + ".personId", m.personId());
            }
        }
        SessionDraft.Line first = draft.dossiers().get(0);
        form.param("d0.subjectId", first.dossier().subjectId()).param("d0.award", first.dossier().award().name())
                .param("d0.agree", "6").param("d0.disagree", "0").param("d0.invalid", "0");
        MvcResult recorded = mvc.perform(form).andReturn();

        assertThat(recorded.getResponse().getRedirectedUrl()).as(recorded.getResponse().getContentAsString())
                .startsWith("/council/sessions/");
        CouncilSession session = sessions.ofRun(run).get(0);
        assertThat(session.scheduleId()).isEqualTo(schedule);
        assertThat(session.scheduleSession()).isEqualTo(busiest.session());
        assertThat(session.results()).singleElement().satisfies(r -> {
            assertThat(r.subjectId()).isEqualTo(first.dossier().subjectId());
            assertThat(r.agree()).isEqualTo(6);
        });

        try (XSSFWorkbook workbook = download("/runs/" + run + "/council/ballot-sheet.xlsx?scheduleId=" + schedule
                + "&scheduleSession=" + busiest.session())) {
            Sheet members = workbook.getSheet("Thành viên");
            assertThat(text(members, 2, "name")).isEqualTo("Liêng Jrang K'Hoa");
            assertThat(text(members, 2, "attendance")).isNull();
            Sheet ballots = workbook.getSheet("Phiếu biểu quyết");
            assertThat(ballots.getLastRowNum() - 1).isEqualTo(busiest.dossiers());
            assertThat(text(workbook.getSheet("Phiên họp"), 3, "value")).isEqualTo(busiest.session());
            for (int r = 2; r < 2 + draft.members().size(); r++) {
                set(members, r, "attendance", "Có mặt");
            }
            set(workbook.getSheet("Phiên họp"), 7, "value", "Hội đồng Thi đua - Khen thưởng xã Đạ R'sal");
            set(ballots, 2, "agree", 5);
            set(ballots, 2, "disagree", 1);
            set(ballots, 2, "invalid", 0);
            set(workbook.getSheet("Phiên họp"), 10, "value", session.id());

            MvcResult uploaded = mvc.perform(multipart("/runs/" + run + "/council/ballot-sheet").file(new MockMultipartFile("file",
                    "phieu.xlsx", XLSX, bytes(workbook))).with(csrf()).with(ADMIN)).andReturn();

            assertThat(uploaded.getResponse().getRedirectedUrl()).as(uploaded.getResponse().getContentAsString())
                    .startsWith("/council/sessions/");
        }
        CouncilSession correction = sessions.ofRun(run).get(1);
        assertThat(correction.supersedes()).isEqualTo(session.id());
        assertThat(correction.scheduleSession()).isEqualTo(busiest.session());
        assertThat(correction.chair()).isEqualTo("M1");
        assertThat(correction.results().get(0).agree()).isEqualTo(5);
    }

    @Test
    void refusesAScheduleThatDoesNotExistIsAnotherRunsOrHasNoSuchSession() throws Exception {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        long other = runs.evaluateAndStore(SampleRequests.commune()).runId();
        long schedule = scheduled(other);
        SessionInput.Ballot ballot = new SessionInput.Ballot(sessions.dossiers(run).get(0).subjectId(),
                sessions.dossiers(run).get(0).award().name(), 5, 0, 0, null);

        assertThat(refusal(run, with(ballot, 987654321L, null))).containsExactly("scheduleId: no schedule 987654321");
        assertThat(refusal(run, with(ballot, schedule, "S1"))).containsExactly("scheduleId: schedule " + schedule
                + " was built from run " + other + ", not run " + run);
        assertThat(refusal(other, with(ballot, schedule, "S9"))).containsExactly("scheduleSession: schedule " + schedule
                + " has no session \"S9\"");
        assertThat(refusal(run, with(ballot, null, "S1"))).containsExactly(
                "scheduleSession: names a session of a schedule, but scheduleId is not given");
        assertThat(sessions.ofRun(run)).isEmpty();
        assertThat(sessions.ofRun(other)).isEmpty();
        assertThat(sessions.record(other, with(ballot, schedule, "S1"), "test").scheduleSession()).isEqualTo("S1");

        assertThatThrownBy(() -> drafts.draft(run, schedule, "S1")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("scheduleId: schedule " + schedule + " was not built from run " + run);
        assertThatThrownBy(() -> drafts.draft(other, schedule, "S9")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("has no session \"S9\"");
        MvcResult sheet = mvc.perform(get("/api/council/runs/" + other + "/ballot-sheet.xlsx").param("scheduleId", "987654321")
                .with(ADMIN)).andReturn();
        assertThat(sheet.getResponse().getStatus()).isEqualTo(400);
        assertThat(sheet.getResponse().getContentAsString()).contains("no schedule 987654321");
    }

    private List<String> refusal(long run, SessionInput input) {
        try {
            sessions.record(run, input, "test");
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::toString).toList();
        }
        throw new AssertionError("recorded");
    }

    private static SessionInput with(SessionInput.Ballot ballot, Long scheduleId, String scheduleSession) {
        SessionInput s = Sessions.commune(List.of(ballot));
        return new SessionInput(scheduleId, scheduleSession, s.supersedes(), s.heldOn(), s.startsAt(), s.place(), s.councilName(),
                s.chair(), s.secretary(), s.note(), s.members(), s.ballots());
    }

    /** A schedule of the run for the sample council, stopped after a moment with its best result so far. */
    private long scheduled(long run) throws InterruptedException {
        ObjectNode body = (ObjectNode) JSON.readTree(SampleSchedules.bytes(SampleSchedules.COMMUNE));
        body.remove("dossiers");
        body.remove("schemaVersion");
        long id = schedules.submitFromEvaluation(run, JSON.writeValueAsBytes(body)).orElseThrow().id();
        Thread.sleep(1500);
        schedules.stop(id);
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(giveUp)) {
            ScheduleView view = schedules.find(id).orElseThrow();
            if (view.status() != ScheduleStatus.SOLVING && view.result() != null) {
                return id;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("schedule " + id + " still solving after 60 s");
    }

    private List<String> refused(long run, XSSFWorkbook workbook) throws Exception {
        MvcResult answer = mvc.perform(post("/api/council/runs/" + run + "/sessions").with(ADMIN).with(csrf())
                .contentType(XLSX).content(bytes(workbook))).andReturn();
        assertThat(answer.getResponse().getStatus()).as(answer.getResponse().getContentAsString()).isEqualTo(400);
        List<String> errors = new ArrayList<>();
        JSON.readTree(answer.getResponse().getContentAsByteArray()).path("errors")
                .forEach(e -> errors.add(e.path("path").asString() + ": " + e.path("message").asString()));
        return errors;
    }

    private XSSFWorkbook download(String path) throws Exception {
        MvcResult answer = mvc.perform(get(path).with(ADMIN)).andReturn();
        assertThat(answer.getResponse().getStatus()).as(answer.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(answer.getResponse().getContentType()).isEqualTo(XLSX);
        assertThat(SecondReader.assertAgreesWithPoi(answer.getResponse().getContentAsByteArray()))
                .as("cells a second reader finds the same").isPositive();
        return new XSSFWorkbook(new ByteArrayInputStream(answer.getResponse().getContentAsByteArray()));
    }

    private static byte[] bytes(XSSFWorkbook workbook) {
        return BallotSheets.bytes(workbook);
    }
}

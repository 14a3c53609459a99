package vn.thidua.web.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Accounts;
import vn.thidua.accounts.Role;
import vn.thidua.audit.ResultRows;
import vn.thidua.consultation.CommentAnswers;
import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.PublicList;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.evaluation.RunSubmissions;
import vn.thidua.testing.DatabaseProfiles;

/**
 * The Fatherland Front committee of Đạ R'sal on its pages, in Vietnamese: it reads the published list,
 * the comments with their answers (never the commenter's name or contact), the decisions and rankings
 * of the commune and the units under it and no other commune's, files an opinion through the form and
 * sees a refused one's field-named message; the committee of another commune is refused. No page it
 * reads shows a candidate's birth year, ethnicity or the priority groups drawn from them.
 */
@SpringBootTest
@ActiveProfiles(resolver = DatabaseProfiles.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class OversightPagesIntegrationTests {

    private static final String FRONT = "mttq-trang-darsal";
    private static final String OTHER_FRONT = "mttq-trang-xa-khac";
    private static final RequestPostProcessor AS_FRONT = user(FRONT).roles("OVERSIGHT");
    private static final RequestPostProcessor AS_OTHER_FRONT = user(OTHER_FRONT).roles("OVERSIGHT");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Accounts accounts;
    @Autowired
    private RunSubmissions submissions;
    @Autowired
    private EvaluationRuns runs;
    @Autowired
    private Consultations consultations;
    @Autowired
    private CommentAnswers answers;
    @Autowired
    private ResultRows rows;
    @Autowired
    private JsonMapper json;

    private PublicList list;
    private ResultRows.Row darsal;
    private ResultRows.Row romen;

    @BeforeEach
    void aPublishedListWithAnAnsweredComment() {
        Account secretary = account("thu-ky-trang-mttq", Role.SECRETARIAT, "XA-DARSAL");
        account(FRONT, Role.OVERSIGHT, "XA-DARSAL");
        account(OTHER_FRONT, Role.OVERSIGHT, "XA-KHAC");
        long run = submissions.submit(communeWithQuota(), secretary).runId();
        list = consultations.publish(run, "Danh sách đề nghị khen thưởng năm 2025 – MTTQ", consultations.today(),
                consultations.today().plusDays(10), secretary.username());
        List<ResultRows.Row> proposed = rows.proposed(run, 1, ResultRows.MAX_SIZE).rows();
        darsal = proposed.stream().filter(r -> r.unit().equals("TH-DARSAL")).findFirst().orElseThrow();
        romen = proposed.stream().filter(r -> r.unit().equals("XA-ROMEN")).findFirst().orElseThrow();
        consultations.comment(list, darsal.subjectId(), darsal.award().name(), "Ka Thị Lan", "0912 000 111",
                "Cô giáo có sáng kiến được công nhận không?");
        long comment = consultations.onList(list.id()).get(0).id();
        answers.answer(list.id(), comment, "Có, sáng kiến được Hội đồng sáng kiến xã công nhận năm 2025.", "RESOLVED", null, secretary);
    }

    @Test
    void readsItsListWithTheCommentsAndAnswersButNotWhoCommented() throws Exception {
        assertThat(text(get("/oversight").with(AS_FRONT))).contains(list.title(), "0 ý kiến, 0 chưa được trả lời");

        String page = text(get("/oversight/lists/" + list.id()).with(AS_FRONT));

        assertThat(page).contains(list.title(), darsal.name(), "Cô giáo có sáng kiến được công nhận không?",
                "Có, sáng kiến được Hội đồng sáng kiến xã công nhận năm 2025.", "Đã giải quyết", "Gửi ý kiến giám sát")
                .doesNotContain("Ka Thị Lan", "0912 000 111", "thu-ky-trang-mttq");
    }

    @Test
    void readsTheDecisionsAndRankingsOfItsUnitsAndNoOtherCommunes() throws Exception {
        String run = "/oversight/runs/" + list.runId();

        String school = text(get(run).param("unit", "TH-DARSAL").with(AS_FRONT));
        assertThat(school).contains(darsal.name(), "Trường Tiểu học Đạ R'sal").doesNotContain(romen.name());
        String rankings = text(get(run).with(AS_FRONT));
        assertThat(rankings).contains("Xếp hạng theo chỉ tiêu", "Lao động tiên tiến");
        assertThat(text(get(run + "/decision").param("subject", darsal.subjectId()).param("award", darsal.award().name())
                .with(AS_FRONT))).contains(darsal.name(), "Đủ điều kiện", "Yêu cầu của tiêu chí");

        assertThat(status(get(run).param("unit", "XA-ROMEN").with(AS_FRONT))).isEqualTo(403);
        assertThat(status(get(run + "/decision").param("subject", romen.subjectId()).param("award", romen.award().name())
                .with(AS_FRONT))).isEqualTo(403);
        assertThat(status(get(run).with(AS_OTHER_FRONT))).isEqualTo(403);
        assertThat(status(get("/oversight/lists/" + list.id()).with(AS_OTHER_FRONT))).isEqualTo(403);
        assertThat(text(get("/oversight").with(AS_OTHER_FRONT))).doesNotContain(list.title());
    }

    @Test
    void neverShowsABirthYearAnEthnicityOrAPriorityGroup() throws Exception {
        String run = "/oversight/runs/" + list.runId();
        List<String> pages = new ArrayList<>();
        pages.add(text(get("/oversight").with(AS_FRONT)));
        pages.add(text(get("/oversight/lists/" + list.id()).with(AS_FRONT)));
        pages.add(text(get(run).with(AS_FRONT)));
        for (String unit : List.of("XA-DARSAL", "TH-DARSAL", "TYT-DARSAL", "THON-PANGDUNG", "HTX-CAPHE-DARSAL")) {
            pages.add(text(get(run).param("unit", unit).with(AS_FRONT)));
        }
        EvaluationRequest request = runs.request(list.runId()).orElseThrow();
        for (ResultRows.Row row : rows.proposed(list.runId(), 1, ResultRows.MAX_SIZE).rows()) {
            if (Set.of("XA-DARSAL", "TH-DARSAL", "TYT-DARSAL", "THON-PANGDUNG", "HTX-CAPHE-DARSAL").contains(row.unit())) {
                pages.add(text(get(run + "/decision").param("subject", row.subjectId()).param("award", row.award().name()).with(AS_FRONT)));
            }
        }
        String all = String.join("\n", pages);
        assertThat(all).contains(darsal.name());
        for (Individual person : request.individuals()) {
            if (all.contains(person.fullName()) && person.birthYear() != null) {
                assertThat(all).as("birth year of " + person.fullName()).doesNotContainPattern(word(String.valueOf(person.birthYear())));
            }
            if (all.contains(person.fullName()) && person.ethnicity() != null) {
                assertThat(all).as("ethnicity of " + person.fullName()).doesNotContainPattern(word(person.ethnicity()));
            }
        }
        assertThat(all).doesNotContain("Năm sinh", "Dân tộc", "dân tộc", "Giới tính", "Người dân tộc thiểu số", "birthYear",
                "ethnicity", "Liên hệ");
    }

    @Test
    void filesAnOpinionThroughTheFormAndShowsARefusedOnesField() throws Exception {
        MvcResult filed = mvc.perform(post("/oversight/lists/" + list.id() + "/opinions").with(csrf()).with(AS_FRONT)
                .param("candidate", darsal.subjectId() + "|" + darsal.award().name()).param("body", "Đề nghị làm rõ sáng kiến."))
                .andReturn();
        assertThat(filed.getResponse().getRedirectedUrl()).startsWith("/oversight/lists/" + list.id() + "#opinion-");
        assertThat(text(get("/oversight/lists/" + list.id()).with(AS_FRONT))).contains("Đề nghị làm rõ sáng kiến.",
                "Chưa được trả lời", "Ủy ban MTTQ " + FRONT);

        String refused = html(post("/oversight/lists/" + list.id() + "/opinions").with(csrf()).with(AS_FRONT)
                .param("candidate", romen.subjectId() + "|" + romen.award().name()).param("body", "Ý kiến về xã khác"));
        assertThat(refused).contains("data-field=\"candidate\"", "đơn vị bạn không giám sát", "a unit you do not oversee");
        String empty = html(post("/oversight/lists/" + list.id() + "/opinions").with(csrf()).with(AS_FRONT).param("candidate", "")
                .param("body", " "));
        assertThat(empty).contains("data-field=\"body\"", "Nội dung ý kiến giám sát: bắt buộc, không được để trống");
        assertThat(status(post("/oversight/lists/" + list.id() + "/opinions").with(csrf()).with(AS_OTHER_FRONT).param("body", "Ý kiến")))
                .isEqualTo(403);
        assertThat(text(get("/oversight").with(AS_FRONT))).contains("1 ý kiến, 1 chưa được trả lời");
    }

    private static Pattern word(String value) {
        return Pattern.compile("(?<![\\p{L}\\p{N}'])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}'])");
    }

    private String text(RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).text();
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    // The sample commune with a quota of Lao động tiên tiến in the commune, so the run has a ranking.
    private byte[] communeWithQuota() {
        ObjectNode request = (ObjectNode) json.readTree(SampleRequests.commune());
        request.putArray("quotas").addObject().put("award", "LAO_DONG_TIEN_TIEN").put("unit", "XA-DARSAL").put("maxCount", 3);
        return json.writeValueAsBytes(request);
    }

    private Account account(String name, Role role, String unit) {
        return accounts.find(name).orElseGet(() -> accounts.create(new Account(name, "Ủy ban MTTQ " + name, true, EnumSet.of(role),
                Set.of(unit), null), "mat-khau-giam-sat-1"));
    }
}

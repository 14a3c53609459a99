package vn.thidua.conferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;


import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.SampleRequests;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.PdfText;

/**
 * One commune's year from the council's ballots to the register, over HTTP on the real database: a
 * stored run, its council sessions and ballots written as the council module writes them (one
 * session superseded), drafts per deciding authority with their bonuses, the PDF and DOCX read back,
 * the signed decision recorded into the register, the auditor's trail, revocation and the import of
 * past awards. Every refusal answers 400 naming the field and stores nothing.
 */
@SpringBootTest
@ActiveProfiles(resolver = DatabaseProfiles.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@WithMockUser(username = "test-admin", roles = "ADMIN")
class ConferralIntegrationTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ConferredAwards conferred;

    @Autowired
    private vn.thidua.consultation.Consultations consultations;

    @Test
    void takesACommuneFromTheCouncilsBallotsToTheRegister() throws Exception {
        long run = json.readTree(mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                .content(SampleRequests.commune())).andExpect(status().isCreated()).andReturn().getResponse().getContentAsByteArray())
                .get("runId").asLong();

        JsonNode nothingApproved = problem(mvc.perform(post("/api/evaluations/" + run + "/award-decisions")), "runId");
        assertThat(nothingApproved.toString()).contains("Hội đồng chưa thông qua");
        assertThat(count("SELECT COUNT(*) FROM award_decision WHERE run_id = ?", run)).isZero();

        CouncilRows council = new CouncilRows(jdbc);
        long first = council.session(run, LocalDate.of(2026, 1, 8), null);
        council.ballot(first, 1, "CN-0005", "LAO_DONG_TIEN_TIEN", 9);
        long second = council.session(run, LocalDate.of(2026, 1, 10), first);
        council.ballot(second, 1, "CN-0026", "CHIEN_SI_THI_DUA_CO_SO", 8);
        council.ballot(second, 2, "CN-0001", "LAO_DONG_TIEN_TIEN", 9);
        council.ballot(second, 3, "CN-0005", "LAO_DONG_TIEN_TIEN", 7);
        council.ballot(second, 4, "CN-0018", "LAO_DONG_TIEN_TIEN", 9);

        JsonNode drafts = json.readTree(mvc.perform(post("/api/evaluations/" + run + "/award-decisions"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsByteArray());
        assertThat(drafts).hasSize(2);
        JsonNode chair = drafts.get(0);
        assertThat(chair.get("authorityVi").asString()).isEqualTo("Chủ tịch Ủy ban nhân dân cấp xã");
        assertThat(chair.get("authorityCitation").asString()).contains("Điều 80 khoản 3").contains("638/QĐ-BNV");
        assertThat(chair.get("draftedOn").asString()).isEqualTo("2026-01-20");
        assertThat(chair.get("baseSalary").asLong()).isEqualTo(2_340_000);
        // CN-0005's first approval was superseded by a session where 7 of 9 (77.8 %) agreed: not in any draft.
        assertThat(chair.get("entries")).extracting(e -> e.get("subjectId").asString() + " " + e.get("bonusAmount").asLong())
                .containsExactly("CN-0001 702000", "CN-0026 2340000");
        assertThat(chair.get("totalBonus").asLong()).isEqualTo(3_042_000);
        JsonNode cooperative = drafts.get(1);
        assertThat(cooperative.get("authorityVi").asString()).isEqualTo("Giám đốc doanh nghiệp, hợp tác xã");
        assertThat(cooperative.get("entries")).extracting(e -> e.get("subjectId").asString()).containsExactly("CN-0018");
        long decision = chair.get("id").asLong();

        byte[] pdf = mvc.perform(get("/api/award-decisions/" + decision + "/decision.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "QUYẾT ĐỊNH",
                "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15", "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng xã Đạ R'sal ngày 10 tháng 01 năm 2026",
                "Điều 1.", "Điều 2.", "Điều 3.", "Nơi nhận", "DANH SÁCH", "II. CÁ NHÂN", "3.042.000", "2.340.000", "702.000")
                .doesNotContain("I. TẬP THỂ", "III. HỘ GIA ĐÌNH");
        byte[] docx = mvc.perform(get("/api/award-decisions/" + decision + "/decision.docx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("QUYẾT ĐỊNH", "DANH SÁCH", "II. CÁ NHÂN");
            assertThat(paragraphs).anyMatch(p -> p.startsWith("Tổng số tiền thưởng: 3.042.000 đồng"));
            XWPFTable list = document.getTables().get(document.getTables().size() - 1);
            assertThat(list.getRow(0).getCell(1).getText()).isEqualTo("Họ và tên");
            assertThat(list.getRow(1).getCell(0).getText()).isEqualTo("1");
            assertThat(list.getRow(2).getCell(0).getText()).isEqualTo("2");
            assertThat(list.getRow(2).getCell(4).getText()).isEqualTo("2.340.000");
        }

        // Drafting again writes new drafts; the first ones stay as they were.
        JsonNode again = json.readTree(mvc.perform(post("/api/evaluations/" + run + "/award-decisions").contentType(MediaType.APPLICATION_JSON)
                .content("{\"decisionDate\":\"2026-01-22\"}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsByteArray());
        long redrafted = again.get(0).get("id").asLong();
        assertThat(again.get(0).get("draftedOn").asString()).isEqualTo("2026-01-22");
        assertThat(count("SELECT COUNT(*) FROM award_decision WHERE run_id = ?", run)).isEqualTo(4);

        problem(sign(decision, "", "2026-01-20", ""), "decisionNumber", "signer");
        problem(sign(decision, "12/QĐ-UBND", "2026-01-09", "Nguyễn Văn Chủ"), "signedOn");
        assertThat(count("SELECT COUNT(*) FROM award_decision_signature WHERE decision_id = ?", decision)).isZero();
        assertThat(count("SELECT COUNT(*) FROM register_entry WHERE decision_id = ?", decision)).isZero();

        JsonNode signed = json.readTree(sign(decision, "12/QĐ-UBND", "2026-01-20", "Nguyễn Văn Chủ").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(signed.get("signature").get("decisionNumber").asString()).isEqualTo("12/QĐ-UBND");
        JsonNode register = read("/api/register?subjectId=CN-0026");
        assertThat(register).hasSize(1);
        JsonNode entry = register.get(0);
        assertThat(entry.get("source").asString()).isEqualTo("DECISION");
        assertThat(entry.get("award").asString()).isEqualTo("CHIEN_SI_THI_DUA_CO_SO");
        assertThat(entry.get("awardYear").asInt()).isEqualTo(2025);
        assertThat(entry.get("decisionDate").asString()).isEqualTo("2026-01-20");
        assertThat(read("/api/register?year=2025&award=LAO_DONG_TIEN_TIEN&unit=" + entry.get("unitCode").asString()))
                .isNotEmpty();
        assertThat(read("/api/register?subjectId=CN-0001").get(0).get("decisionNumber").asString()).isEqualTo("12/QĐ-UBND");

        // The public page of the run's list shows the awards conferred: name, unit, award, nothing more.
        assertThat(conferred.ofRun(run)).extracting(a -> a.award() + " " + a.unitName()).hasSize(2)
                .allSatisfy(a -> assertThat(a).doesNotContain("null"));
        long list = consultations.publish(run, "Danh sách đề nghị khen thưởng năm 2025", LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 7), "thu-ky").id();
        String publicPage = mvc.perform(get("/public/" + list)).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String conferredSection = publicPage.substring(publicPage.indexOf("id=\"conferred\""));
        conferredSection = conferredSection.substring(0, conferredSection.indexOf("</section>"));
        assertThat(conferredSection).contains("Khen thưởng đã được quyết định", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến",
                conferred.ofRun(run).get(0).name()).doesNotContain("12/QĐ-UBND", "702.000", "CN-0026");

        problem(sign(decision, "13/QĐ-UBND", "2026-01-21", "Nguyễn Văn Chủ"), "decisionId");
        JsonNode twice = problem(sign(redrafted, "14/QĐ-UBND", "2026-01-22", "Nguyễn Văn Chủ"), "entries[0]", "entries[1]");
        assertThat(twice.toString()).contains("12/QĐ-UBND");
        assertThat(count("SELECT COUNT(*) FROM award_decision_signature WHERE decision_id = ?", redrafted)).isZero();

        long entryId = entry.get("id").asLong();
        JsonNode trail = read("/api/audit/register/" + entryId);
        assertThat(trail.get("decision").get("signature").get("signer").asString()).isEqualTo("Nguyễn Văn Chủ");
        assertThat(trail.get("decisionEntry").get("bonusAmount").asLong()).isEqualTo(2_340_000);
        assertThat(trail.get("ballot").get("sessionId").asLong()).isEqualTo(second);
        assertThat(trail.get("councilResult").get("threshold").asInt()).isEqualTo(80);
        assertThat(trail.get("councilResult").get("denominator").asInt()).isEqualTo(9);
        assertThat(trail.get("eligibility").get("outcome").asString()).isEqualTo("ELIGIBLE");
        assertThat(trail.get("eligibility").get("criteria")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.get("citation").get("title").asString()).isNotBlank());
        assertThat(trail.get("links").get("decisionPage").asString()).isEqualTo("/runs/" + run
                + "/decision?subject=CN-0026&award=CHIEN_SI_THI_DUA_CO_SO");
        assertThat(mvc.perform(get(trail.get("links").get("request").asString())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"CN-0026\"");

        problem(revoke(entryId, "{\"reason\":\"Khai man thành tích\"}"), "decisionNumber", "decisionDate", "authority");
        assertThat(count("SELECT COUNT(*) FROM register_revocation WHERE entry_id = ?", entryId)).isZero();
        revoke(entryId, "{\"reason\":\"Khai man thành tích\",\"decisionNumber\":\"40/QĐ-UBND\",\"decisionDate\":\"2026-06-01\","
                + "\"authority\":\"Chủ tịch Ủy ban nhân dân xã Đạ R'sal\"}").andExpect(status().isCreated());
        problem(revoke(entryId, "{\"reason\":\"Lần hai\",\"decisionNumber\":\"41/QĐ-UBND\",\"decisionDate\":\"2026-06-02\","
                + "\"authority\":\"Chủ tịch Ủy ban nhân dân xã Đạ R'sal\"}"), "entryId");
        assertThat(conferred.ofRun(run)).as("a revoked award is no longer published").hasSize(1)
                .allSatisfy(a -> assertThat(a.award()).isEqualTo(vn.thidua.dossier.AwardCode.LAO_DONG_TIEN_TIEN));
        JsonNode revoked = read("/api/register/" + entryId);
        assertThat(revoked.get("revocation").get("decisionNumber").asString()).isEqualTo("40/QĐ-UBND");
        assertThat(revoked.get("decisionNumber").asString()).isEqualTo("12/QĐ-UBND");

        assertThat(page("/runs/" + run + "/award-decisions")).contains("Chủ tịch Ủy ban nhân dân cấp xã", "3.042.000",
                "Đã ký: số 12/QĐ-UBND, ngày 20/01/2026");
        assertThat(page("/register?subjectId=CN-0026")).contains("Đã thu hồi theo Quyết định số 40/QĐ-UBND ngày 01/06/2026");
        assertThat(page("/audit/register/" + entryId)).contains("8/9 đồng ý (88,888%)", "ngưỡng 80% — Đạt", "CSCS-C2",
                "/runs/" + run + "/decision?subject=CN-0026&amp;award=CHIEN_SI_THI_DUA_CO_SO").doesNotContain("— APPROVED");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).locale(java.util.Locale.forLanguageTag("vi"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void importsPastAwardsAllOrNone() throws Exception {
        String subject = "CN-IMP-" + System.nanoTime();
        String good = "{\"subjectId\":\"" + subject + "\",\"subjectKind\":\"INDIVIDUAL\",\"subjectName\":\"Trần Thị Bình\","
                + "\"unitCode\":\"XA-DARSAL\",\"award\":\"CHIEN_SI_THI_DUA_CO_SO\",\"awardYear\":2023,\"decisionNumber\":\"15/QĐ-UBND\","
                + "\"decisionDate\":\"2024-01-15\",\"authority\":\"Chủ tịch Ủy ban nhân dân huyện Đam Rông\"}";
        String bad = good.replace("2023", "2022").replace("\"2024-01-15\"", "\"15/01/2024\"").replace("INDIVIDUAL", "PERSON");

        problem(importAwards("{\"awards\":[" + good + "," + bad + "]}"), "awards[1].decisionDate", "awards[1].subjectKind");
        assertThat(count("SELECT COUNT(*) FROM register_entry WHERE subject_id = ?", subject)).isZero();

        JsonNode imported = json.readTree(importAwards("{\"awards\":[" + good + "," + good.replace("2023", "2024")
                .replace("2024-01-15", "2025-01-10") + "]}").andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(imported).extracting(e -> e.get("source").asString()).containsExactly("IMPORTED", "IMPORTED");
        assertThat(read("/api/register?subjectId=" + subject)).extracting(e -> e.get("awardYear").asInt()).containsExactly(2023, 2024);
        assertThat(read("/api/audit/register/" + imported.get(0).get("id").asLong()).has("decision")).isFalse();

        problem(importAwards("{\"awards\":[" + good + "]}"), "awards[0]");
        assertThat(count("SELECT COUNT(*) FROM register_entry WHERE subject_id = ?", subject)).isEqualTo(2);
    }

    private ResultActions sign(long decision, String number, String date, String signer) throws Exception {
        return mvc.perform(post("/api/award-decisions/" + decision + "/signature").contentType(MediaType.APPLICATION_JSON)
                .content("{\"decisionNumber\":\"" + number + "\",\"signedOn\":\"" + date + "\",\"signer\":\"" + signer + "\"}"));
    }

    private ResultActions revoke(long entry, String body) throws Exception {
        return mvc.perform(post("/api/register/" + entry + "/revocation").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions importAwards(String body) throws Exception {
        return mvc.perform(post("/api/register/imports").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** Expects 400 naming exactly these fields, and returns the problem. */
    private JsonNode problem(ResultActions result, String... paths) throws Exception {
        JsonNode problem = json.readTree(result.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsByteArray());
        List<String> named = new ArrayList<>();
        problem.get("errors").forEach(e -> named.add(e.get("path").asString()));
        assertThat(named).containsExactlyInAnyOrder(paths);
        return problem;
    }

    private JsonNode read(String path) throws Exception {
        return json.readTree(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    private long count(String sql, Object arg) {
        return jdbc.queryForObject(sql, Long.class, arg);
    }

    /** The text as poppler's pdftotext reads it; lines wrap where the page ends them: compare words, not lines. */
    private static String pdfText(byte[] pdf) {
        return PdfText.of(pdf).replaceAll("\\s+", " ");
    }
}

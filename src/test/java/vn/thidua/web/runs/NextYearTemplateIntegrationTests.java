package vn.thidua.web.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

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
import org.springframework.transaction.PlatformTransactionManager;

import vn.thidua.audit.RecordSeals;
import vn.thidua.documents.RequestWorkbooks;
import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Commendation;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.Title;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.NextYearRequests;
import vn.thidua.testing.RegisterRows;

/** Next year's Excel template of a unit: its people from the latest run, their register history filled in, read back as a request. */
@SpringBootTest
@ActiveProfiles(resolver = DatabaseProfiles.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class NextYearTemplateIntegrationTests {

    private static final RequestPostProcessor ADMIN = user("test-admin").roles("ADMIN");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private EvaluationRuns runs;

    @Autowired
    private RequestWorkbooks workbooks;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private RecordSeals seals;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void downloadsUnitsPeopleWithRegisterHistoryForNextYearAndReadsThemBack() throws Exception {
        // A school of its own, so that no other test's run is the latest holding its people.
        runs.evaluateAndStore(new String(NextYearRequests.teacher("LS-NY-1", NextYearRequests.threeGrassrootsTitles()),
                StandardCharsets.UTF_8).replace("DARSAL", "LSNY").getBytes(StandardCharsets.UTF_8));
        RegisterRows register = new RegisterRows(jdbc, seals, transactionManager);
        register.imported("LS-NY-1", "CHIEN_SI_THI_DUA_CO_SO", 2026, "14/QĐ-UBND");
        register.imported("LS-NY-1", "GIAY_KHEN_CHU_TICH_UBND_XA", 2026, "15/QĐ-UBND");
        register.revoke(register.imported("LS-NY-1", "LAO_DONG_TIEN_TIEN", 2026, "13/QĐ-UBND"), "30/QĐ-UBND");

        MvcResult download = mvc.perform(get("/runs/template.xlsx").param("unit", "TH-LSNY").with(ADMIN)).andReturn();

        assertThat(download.getResponse().getStatus()).as(download.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains("TH-LSNY-2027.xlsx");
        EvaluationRequest next = workbooks.read(new ByteArrayInputStream(download.getResponse().getContentAsByteArray()));
        assertThat(next.period().year()).isEqualTo(2027);
        Individual teacher = next.individuals().get(0);
        assertThat(next.individuals()).hasSize(1);
        assertThat(teacher.id()).isEqualTo("LS-NY-1");
        assertThat(teacher.titles()).containsExactly(
                new Title(AwardCode.CHIEN_SI_THI_DUA_CO_SO, 2023, "112/QĐ-UBND", List.of()),
                new Title(AwardCode.CHIEN_SI_THI_DUA_CO_SO, 2024, "87/QĐ-UBND", List.of()),
                new Title(AwardCode.CHIEN_SI_THI_DUA_CO_SO, 2025, "95/QĐ-UBND", List.of()),
                new Title(AwardCode.CHIEN_SI_THI_DUA_CO_SO, 2026, "14/QĐ-UBND", List.of()));
        assertThat(teacher.commendations()).containsExactly(new Commendation(AwardCode.GIAY_KHEN_CHU_TICH_UBND_XA,
                LocalDate.of(2027, 1, 20), "2026", "15/QĐ-UBND", List.of()));
        // What belongs to 2026 alone is left for the secretariat to fill in; ratings stay for the chains.
        assertThat(teacher.attestations()).isEmpty();
        assertThat(teacher.proposedAwards()).isNull();
        assertThat(teacher.ratings()).hasSize(3);
        assertThat(next.units()).extracting(u -> u.code()).containsExactly("XA-LSNY", "TH-LSNY");
    }

    @Test
    void answersNotFoundForUnitNoRunHolds() throws Exception {
        MvcResult download = mvc.perform(get("/runs/template.xlsx").param("unit", "NO-SUCH-UNIT").with(ADMIN)).andReturn();

        assertThat(download.getResponse().getStatus()).isEqualTo(404);
    }
}

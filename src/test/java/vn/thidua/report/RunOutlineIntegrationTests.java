package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.audit.RunOutline;
import vn.thidua.audit.RunOutlines;
import vn.thidua.consultation.OversightScope;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.evaluation.RunSubmissions;
import vn.thidua.testing.DatabaseProfiles;

/**
 * A stored run's outline (V28), against the real database: written with the run, it holds what the
 * request gives (units with their parents; subjects with kind, unit, occupation, leading post and
 * priority groups); and a run stored before it (its outline rows removed here) is reported and overseen
 * from its request exactly as a run with its outline is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class RunOutlineIntegrationTests {

    private static final Account SECRETARY = new Account("thu-ky-outline", "thu-ky-outline", true, EnumSet.of(Role.SECRETARIAT),
            Set.of("XA-DARSAL"), null);
    private static final Account FRONT = new Account("mttq-outline", "Ủy ban MTTQ xã Đạ R'sal", true, EnumSet.of(Role.OVERSIGHT),
            Set.of("XA-DARSAL"), null);

    @Autowired
    private RunSubmissions submissions;
    @Autowired
    private RunOutlines outlines;
    @Autowired
    private RunSubjectCache subjects;
    @Autowired
    private OversightScope scope;
    @Autowired
    private RequestReader reader;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void writesWithTheRunWhatItsRequestGives() {
        long run = submissions.submit(SampleRequests.commune(), SECRETARY).runId();
        EvaluationRequest request = reader.read(new ByteArrayInputStream(SampleRequests.commune()));
        RunOutline expected = RunOutline.of(request);

        RunOutline stored = outlines.of(run).orElseThrow();

        assertThat(stored.units()).containsExactlyInAnyOrderElementsOf(expected.units());
        assertThat(stored.subjects()).containsExactlyInAnyOrderElementsOf(expected.subjects());
        assertThat(stored.subjects()).hasSize(request.individuals().size() + request.collectives().size() + request.households().size());
        assertThat(stored.subjects()).anySatisfy(s -> assertThat(s.groups()).isNotEmpty())
                .anySatisfy(s -> assertThat(s.occupation()).isNotNull());
        assertThat(outlines.units(run)).hasValueSatisfying(units -> assertThat(units).hasSize(expected.units().size()));
    }

    @Test
    void aRunStoredBeforeItsOutlineIsReportedAndOverseenFromItsRequestAlike() {
        long withOutline = submissions.submit(SampleRequests.commune(), SECRETARY).runId();
        long before = submissions.submit(SampleRequests.commune(), SECRETARY).runId();
        jdbc.update("DELETE FROM run_subject WHERE run_id = ?", before);
        jdbc.update("DELETE FROM run_unit WHERE run_id = ?", before);
        assertThat(outlines.of(before)).isEmpty();
        assertThat(outlines.units(before)).isEmpty();

        assertThat(subjects.of(before)).isEqualTo(subjects.of(withOutline));
        assertThat(scope.units(FRONT, before)).isEqualTo(scope.units(FRONT, withOutline))
                .contains("XA-DARSAL", "TH-DARSAL").doesNotContain("XA-ROMEN");
    }
}

package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.council.BallotSheets;
import vn.thidua.council.BallotWorkbooks;
import vn.thidua.council.CouncilSessions;
import vn.thidua.council.Sessions;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.testing.DatabaseProfiles;

/** {@code council record} with filled ballot workbooks: one recorded, one refused with the cell of its problem on stderr. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class CouncilCommandIntegrationTests {

    @Autowired
    private EvaluationRuns runs;

    @Autowired
    private BallotWorkbooks workbooks;

    @Autowired
    private CouncilSessions sessions;

    @Test
    void recordsAFilledBallotWorkbookAndRefusesAnotherNamingItsCell(@TempDir Path folder) throws IOException {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        Path good = folder.resolve("phien-1.xlsx");
        Path bad = folder.resolve("phien-2.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbooks.sheet(run, null, null)))) {
            BallotSheets.fillSession(workbook, "15/01/2026");
            BallotSheets.fillMembers(workbook, Sessions.members());
            Sheet ballots = workbook.getSheet("Phiếu biểu quyết");
            BallotSheets.set(ballots, 2, "agree", 5);
            BallotSheets.set(ballots, 2, "disagree", 1);
            BallotSheets.set(ballots, 2, "invalid", 0);
            Files.write(good, BallotSheets.bytes(workbook));
            BallotSheets.set(ballots, 2, "invalid", -1);
            Files.write(bad, BallotSheets.bytes(workbook));
        }

        CommandRun recorded = CommandRun.of("council", "record", "--run", Long.toString(run), good.toString(), bad.toString(),
                "--by", "Võ Thị Thu", "--minutes", folder.toString());

        assertThat(recorded.exitCode()).as(recorded.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(recorded.err()).contains(good + " recorded as session", bad + " is refused, nothing of it is stored",
                "Phiếu biểu quyết, dòng 3, cột Không hợp lệ (I3): Không hợp lệ: is -1; a count cannot be negative");
        assertThat(sessions.ofRun(run)).singleElement().satisfies(s -> {
            assertThat(s.recordedBy()).isEqualTo("Võ Thị Thu");
            assertThat(s.results().get(0).agree()).isEqualTo(5);
            assertThat(folder.resolve("bien-ban-hop-hoi-dong-" + s.id() + ".pdf")).exists();
        });
    }
}

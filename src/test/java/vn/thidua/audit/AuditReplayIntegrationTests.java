package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.StoredRows;

/** Replaying stored runs on their stored rule sets, and the stored decisions with the text of their rules. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class AuditReplayIntegrationTests {

    @Autowired
    private EvaluationRuns runs;

    @Autowired
    private AuditReplay replay;

    @Autowired
    private DecisionHistory history;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private RuleSetArchive archive;

    @Test
    void replaysStoredRunWithoutDifference() {
        Evaluation evaluation = runs.evaluateAndStore(SampleRequests.commune());

        ReplayReport report = replay.replay(evaluation.runId()).orElseThrow();

        assertThat(report.differences()).isEmpty();
        assertThat(report.identical()).isTrue();
        assertThat(report.decisions()).isEqualTo(evaluation.decisions().size());
        assertThat(report.ruleSetVersion()).isEqualTo(evaluation.ruleSet().version());
        // The replay rebuilt the version from its stored files, the award and subject-type choices among them.
        assertThat(archive.files(evaluation.ruleSet().version()).orElseThrow()).containsKeys("awards.yaml", "subject-types.yaml");
    }

    @Test
    void reportsDifferencesWhenStoredRequestWasAltered() {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();

        ReplayReport report = new StoredRows(jdbc).withRequestReplaced(run, "\"HTXSNV\"", "\"KHTNV\"",
                () -> replay.replay(run).orElseThrow());

        assertThat(report.identical()).isFalse();
        assertThat(report.differences()).anySatisfy(d -> assertThat(d).contains("request_json"));
        assertThat(report.differences()).anySatisfy(d -> assertThat(d).contains("outcome stored ELIGIBLE"));
    }

    @Test
    void answersNothingForUnknownRun() {
        assertThat(replay.replay(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void showsEveryStoredDecisionWithTheTextOfItsRules() {
        Evaluation evaluation = runs.evaluateAndStore(SampleRequests.commune());
        var decision = evaluation.decisions().stream().filter(d -> d.award() == AwardCode.LAO_DONG_TIEN_TIEN)
                .findFirst().orElseThrow();

        List<DecisionRecord> records = history.find(decision.subjectId(), AwardCode.LAO_DONG_TIEN_TIEN,
                evaluation.period().year());

        assertThat(records).extracting(DecisionRecord::runId).contains(evaluation.runId());
        DecisionRecord record = records.get(records.size() - 1);
        assertThat(record.ruleSetVersion()).isEqualTo(evaluation.ruleSet().version());
        assertThat(record.decision().criteria()).isNotEmpty();
        String rule = record.decision().criteria().get(0).rules().get(0);
        assertThat(record.rules().get(rule).text()).startsWith("rule \"" + rule + "\"").endsWith("end");
        assertThat(record.rules().get(rule).file()).isEqualTo("awards/lao-dong-tien-tien.drl");
    }
}

package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;

import org.junit.jupiter.api.Test;

import vn.thidua.dataset.DatasetGenerator;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.system.ThiduaProperties;
import vn.thidua.testing.RecordingProgress;
import vn.thidua.testing.ShippedRules;

/** An evaluation tells its progress in subjects evaluated, batch by batch, without changing what it decides. */
class EvaluationProgressTests {

    @Test
    void stepsThroughEverySubjectOfTheRequestAndDecidesTheSame() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DatasetGenerator(2025).write(700, 41, bytes);
        EvaluationRequest request = new RequestReader(Long.MAX_VALUE, ThiduaProperties.defaults().imports().maxTextLength(),
                Clock.systemUTC()).read(new ByteArrayInputStream(bytes.toByteArray()));
        EligibilityService eligibility = EligibilityService.standalone(ShippedRules.ruleSet());
        RecordingProgress progress = new RecordingProgress();

        Evaluation told = eligibility.evaluate(request, ShippedRules.ruleSet(), progress);

        long subjects = request.individuals().size() + request.collectives().size() + request.households().size();
        RecordingProgress.Phase phase = progress.phase("evaluate");
        assertThat(phase.total()).isEqualTo(subjects);
        assertThat(phase.done()).isEqualTo(subjects);
        assertThat(phase.closed()).isTrue();
        assertThat(told.decisions()).isEqualTo(eligibility.evaluate(request, ShippedRules.ruleSet()).decisions());
    }
}

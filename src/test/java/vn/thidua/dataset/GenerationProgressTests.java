package vn.thidua.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.system.ThiduaProperties;
import vn.thidua.testing.RecordingProgress;

/** {@code generate} tells its progress in subjects written, which reach the total it announced. */
class GenerationProgressTests {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 16, 1_000})
    void stepsOncePerSubjectWrittenUpToTheAnnouncedTotal(int individuals) {
        RecordingProgress progress = new RecordingProgress();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        new DatasetGenerator(2025).write(individuals, 7, bytes, progress);

        EvaluationRequest request = new RequestReader(Long.MAX_VALUE, ThiduaProperties.defaults().imports().maxTextLength(),
                Clock.systemUTC()).read(new ByteArrayInputStream(bytes.toByteArray()));
        long subjects = request.individuals().size() + request.collectives().size() + request.households().size();
        RecordingProgress.Phase phase = progress.phase("generate");
        assertThat(phase.total()).isEqualTo(subjects);
        assertThat(phase.done()).isEqualTo(subjects);
        assertThat(phase.closed()).isTrue();
    }
}

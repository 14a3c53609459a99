package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.thidua.audit.RunOutline;
import vn.thidua.audit.RunOutlines;
import vn.thidua.audit.StoredRuns;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.SampleRequests;

/**
 * The report's subjects of a run come from the outline written with the run, without reading the run's
 * request; only a run stored before the outline existed has its request read, once, to the same subjects.
 */
class RunSubjectCacheTests {

    private final RequestReader reader = new RequestReader(10_000_000, 10_000, Clock.systemUTC());
    private final EvaluationRequest sample = reader.read(new ByteArrayInputStream(SampleRequests.commune()));
    private final StoredRuns runs = mock(StoredRuns.class);
    private final RunOutlines outlines = mock(RunOutlines.class);
    private final RunSubjectCache cache = new RunSubjectCache(runs, outlines, reader);

    @Test
    void readsTheOutlineWrittenWithTheRunAndNeverItsRequest() {
        when(outlines.of(7)).thenReturn(Optional.of(RunOutline.of(sample)));

        RunSubjects subjects = cache.of(7);

        assertThat(subjects.subjects()).hasSize(sample.individuals().size() + sample.collectives().size() + sample.households().size());
        assertThat(subjects.units()).containsKeys("XA-DARSAL", "TH-DARSAL");
        assertThat(subjects.units().get("TH-DARSAL").parent()).isEqualTo("XA-DARSAL");
        verify(runs, never()).request(anyLong());
    }

    @Test
    void readsTheRequestOnceForARunStoredBeforeItsOutlineToTheSameSubjects() {
        when(outlines.of(7)).thenReturn(Optional.of(RunOutline.of(sample)));
        when(outlines.of(8)).thenReturn(Optional.empty());
        when(runs.request(8)).thenReturn(Optional.of(SampleRequests.commune()));

        RunSubjects before = cache.of(8);
        cache.of(8);

        assertThat(before).isEqualTo(cache.of(7));
        verify(runs, times(1)).request(8);
    }
}

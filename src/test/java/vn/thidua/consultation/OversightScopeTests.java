package vn.thidua.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.audit.RunOutline;
import vn.thidua.audit.RunOutlines;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.evaluation.RunAccess;

/**
 * The Front's scope in a run reads the unit tree written with the run, not its request; a run stored
 * before the tree was written has its request read, to the same units.
 */
class OversightScopeTests {

    private static final Account FRONT = new Account("mttq", "Ủy ban MTTQ xã", true, EnumSet.of(Role.OVERSIGHT), Set.of("XA-DARSAL"), null);

    private final EvaluationRequest sample = new RequestReader(10_000_000, 10_000, Clock.systemUTC())
            .read(new ByteArrayInputStream(SampleRequests.commune()));
    private final EvaluationRuns runs = mock(EvaluationRuns.class);
    private final RunOutlines outlines = mock(RunOutlines.class);
    private final RunAccess access = mock(RunAccess.class);
    private final OversightScope scope = new OversightScope(runs, outlines, access);

    @Test
    void readsTheUnitTreeWrittenWithTheRunAndNeverItsRequest() {
        when(access.sees(any(), anyLong())).thenReturn(true);
        when(outlines.units(5)).thenReturn(Optional.of(RunOutline.of(sample).units()));

        assertThat(scope.units(FRONT, 5)).contains("XA-DARSAL", "TH-DARSAL", "THON-PANGDUNG").doesNotContain("XA-ROMEN");
        verify(runs, never()).request(anyLong());
    }

    @Test
    void readsTheRequestOfARunStoredBeforeItsUnitTreeToTheSameUnits() {
        when(access.sees(any(), anyLong())).thenReturn(true);
        when(outlines.units(5)).thenReturn(Optional.of(RunOutline.of(sample).units()));
        when(outlines.units(6)).thenReturn(Optional.empty());
        when(runs.request(6)).thenReturn(Optional.of(sample));

        assertThat(scope.units(FRONT, 6)).isEqualTo(scope.units(FRONT, 5)).isNotEmpty();
        verify(runs).request(6);
    }
}

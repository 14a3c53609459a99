package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The sealer's and the verification's durations are refused at start, naming the property, unless positive. */
class RunSealerTests {

    @Test
    void aSweepIntervalThatIsNotPositiveIsRefusedNamingTheProperty() {
        for (Duration sweep : new Duration[] {Duration.ZERO, Duration.ofSeconds(-1), null}) {
            assertThatThrownBy(() -> new RunSealer(null, null, null, null, sweep))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("thidua.audit.seal-sweep must be a positive duration");
        }
    }

    @Test
    void aGraceThatIsNotPositiveIsRefusedNamingTheProperty() {
        for (Duration grace : new Duration[] {Duration.ZERO, Duration.ofMinutes(-10), null}) {
            assertThatThrownBy(() -> new AuditChain(null, null, null, null, Clock.systemUTC(), grace))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("thidua.audit.seal-grace must be a positive duration");
        }
    }
}

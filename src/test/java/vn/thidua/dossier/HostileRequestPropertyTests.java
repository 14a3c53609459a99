package vn.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.time.Clock;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import vn.thidua.testing.HostileRequests;
import vn.thidua.testing.HostileRequests.Hostile;

/**
 * Every malformed or hostile request is refused by the reader with errors that carry JSON paths,
 * the spoiled field's own path among them when the damage is at a field; never another exception.
 * Uses the application's default limits (100 MB, texts of 10,000 characters, depth 32).
 */
class HostileRequestPropertyTests {

    private static final RequestReader READER = new RequestReader(104_857_600, 10_000, Clock.systemUTC());

    @Example
    void theBaseRequestIsValid() {
        EvaluationRequest request = READER.read(new ByteArrayInputStream(HostileRequests.valid()));
        assertThat(request.collectives()).hasSize(1);
        assertThat(request.households()).hasSize(1);
        assertThat(request.quotas()).hasSize(1);
    }

    @Property(tries = 1000)
    @StatisticsReport(format = net.jqwik.api.statistics.Histogram.class)
    void refusesEveryHostileRequestNamingTheSpoiledField(@ForAll("hostile") Hostile hostile) {
        Statistics.collect(hostile.category());
        Statistics.coverage(coverage -> {
            for (HostileRequests.Category category : HostileRequests.Category.values()) {
                coverage.check(category).count(count -> count >= 20);
            }
        });
        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> READER.read(new ByteArrayInputStream(hostile.body())));

        assertThat(refused).as("%s was accepted", hostile).isNotNull();
        assertThat(refused.errors()).isNotEmpty().allSatisfy(error -> {
            assertThat(error.path()).isNotNull();
            assertThat(error.message()).isNotBlank();
        });
        if (hostile.path() != null) {
            assertThat(refused.errors()).as("%s: %s", hostile, refused.errors())
                    .anyMatch(error -> related(error.path(), hostile.path()));
        }
    }

    /** The error is at the spoiled field, inside it, or at a field that holds it. */
    private static boolean related(String errorPath, String spoiled) {
        return errorPath.equals(spoiled) || within(errorPath, spoiled) || !errorPath.isEmpty() && within(spoiled, errorPath);
    }

    private static boolean within(String inner, String outer) {
        return inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
    }

    @Provide
    Arbitrary<Hostile> hostile() {
        return HostileRequests.any();
    }
}

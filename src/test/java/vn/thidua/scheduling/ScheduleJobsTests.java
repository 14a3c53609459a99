package vn.thidua.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.optaplanner.core.api.solver.SolverManager;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.scheduling.solver.CouncilSchedule;
import vn.thidua.testing.TestProperties;

/** Job management without a real solve: a bounded table, eviction of ended jobs, and what the solver's callbacks store. */
class ScheduleJobsTests {

    @SuppressWarnings("unchecked")
    private final SolverManager<CouncilSchedule, Long> solverManager = mock(SolverManager.class);
    private final InMemorySchedules repository = new InMemorySchedules();
    private final ScheduleJobs jobs = new ScheduleJobs(solverManager, new ScheduleSolver(), repository, repository::save, JsonMapper.shared(),
            Clock.fixed(Instant.parse("2026-01-05T01:00:00Z"), ZoneOffset.UTC), TestProperties.of("thidua.scheduling.max-jobs", "2"),
            new SimpleMeterRegistry());
    private final SchedulingRequest request = SchedulingRequests.smallCouncil();

    @Test
    void refusesNewJobWhenEveryPlaceIsSolving() {
        jobs.submit(request, "{}", null);
        jobs.submit(request, "{}", null);

        assertThatThrownBy(() -> jobs.submit(request, "{}", null)).isInstanceOf(SchedulerBusyException.class);
        assertThat(repository.rows).hasSize(2);
    }

    @Test
    void evictsOldestEndedJobAndStillReadsItFromDatabase() {
        long first = jobs.submit(request, "{}", null).id();
        jobs.submit(request, "{}", null);

        ScheduleView stopped = jobs.stop(first).orElseThrow();
        long third = jobs.submit(request, "{}", 7L).id();

        assertThat(stopped.status()).isEqualTo(ScheduleStatus.STOPPED);
        assertThat(stopped.result().unassigned()).hasSize(4);
        verify(solverManager).terminateEarly(first);
        assertThat(jobs.find(third).orElseThrow().sourceRunId()).isEqualTo(7L);
        ScheduleView evicted = jobs.find(first).orElseThrow();
        assertThat(evicted.status()).isEqualTo(ScheduleStatus.STOPPED);
        assertThat(evicted.result()).isEqualTo(stopped.result());
    }

    @Test
    @SuppressWarnings("unchecked")
    void storesFinalBestSolutionAsDone() {
        long id = jobs.submit(request, "{\"schemaVersion\": 1}", null).id();
        ArgumentCaptor<Function<Long, CouncilSchedule>> problem = ArgumentCaptor.forClass(Function.class);
        ArgumentCaptor<Consumer<CouncilSchedule>> finalBest = ArgumentCaptor.forClass(Consumer.class);
        verify(solverManager).solveAndListen(eq(id), problem.capture(), any(Consumer.class), finalBest.capture(),
                any(BiConsumer.class));

        finalBest.getValue().accept(problem.getValue().apply(id));

        ScheduleRecord row = repository.rows.get(id);
        assertThat(row.status()).isEqualTo("DONE");
        assertThat(row.score()).isEqualTo("0hard/-4medium/0soft");
        assertThat(row.feasible()).isTrue();
        assertThat(row.resultJson()).contains("\"unassigned\"");
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(ScheduleStatus.DONE);
    }

    @Test
    void showsSolvingRowWithoutJobAsInterrupted() {
        ScheduleRecord orphan = repository.save(ScheduleRecord.solving("{}", null, Instant.parse("2026-01-04T00:00:00Z")));

        ScheduleView view = jobs.find(orphan.id()).orElseThrow();

        assertThat(view.status()).isEqualTo(ScheduleStatus.FAILED);
        assertThat(view.error()).contains("interrupted");
    }

    private static final class InMemorySchedules implements ScheduleRepository {

        private final Map<Long, ScheduleRecord> rows = new HashMap<>();

        @Override
        public ScheduleRecord save(ScheduleRecord schedule) {
            ScheduleRecord saved = schedule.id() != null ? schedule : new ScheduleRecord((long) rows.size() + 1,
                    schedule.status(), schedule.sourceRunId(), schedule.createdAt(), schedule.updatedAt(),
                    schedule.requestJson(), schedule.resultJson(), schedule.score(), schedule.feasible(), schedule.error());
            rows.put(saved.id(), saved);
            return saved;
        }

        @Override
        public Optional<ScheduleRecord> findById(Long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public List<Long> newestIds(int limit) {
            return rows.keySet().stream().sorted(Comparator.reverseOrder()).limit(limit).toList();
        }

        @Override
        public List<Long> idsOfRun(long runId) {
            return rows.values().stream().filter(r -> Long.valueOf(runId).equals(r.sourceRunId())).map(ScheduleRecord::id).sorted()
                    .toList();
        }
    }
}

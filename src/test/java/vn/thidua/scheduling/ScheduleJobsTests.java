package vn.thidua.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
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
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.context.support.GenericWebApplicationContext;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.scheduling.solver.CouncilSchedule;
import vn.thidua.system.InstanceName;
import vn.thidua.system.ThiduaProperties;
import vn.thidua.testing.TestProperties;

/** Job management without a real solve: a bounded table, eviction of ended jobs, and what the solver's callbacks store. */
class ScheduleJobsTests {

    @SuppressWarnings("unchecked")
    private final SolverManager<CouncilSchedule, Long> solverManager = mock(SolverManager.class);
    private static final Instant NOW = Instant.parse("2026-01-05T01:00:00Z");
    private final InMemorySchedules repository = new InMemorySchedules();
    private final InMemoryLeases leases = new InMemoryLeases(id -> "SOLVING".equals(repository.rows.get(id).status()));
    private final ThiduaProperties properties = TestProperties.of("thidua.scheduling.max-jobs", "2", "thidua.jobs.instance", "here",
            "thidua.jobs.max-attempts", "2");
    private final ScheduleJobs jobs = new ScheduleJobs(solverManager, new ScheduleSolver(), repository, repository::save, JsonMapper.shared(),
            Clock.fixed(NOW, ZoneOffset.UTC), properties, new SimpleMeterRegistry(), leases,
            new InstanceName(properties, new MockEnvironment()), new SchedulingRequestReader(1_000_000, 10_000));
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

    @Test
    void aScheduleSolvedByAnotherInstanceShowsItsBestResultSoFarAndAStopIsAskedThere() {
        ScheduleRecord elsewhere = repository.save(ScheduleRecord.solving("{}", null, NOW.minusSeconds(600)));
        ScheduleResult best = new ScheduleResult("0hard/-1medium/0soft", true, List.of(), List.of(), List.of());
        leases.hold(elsewhere.id(), "there", NOW.minusSeconds(10));
        leases.beat(elsewhere.id(), "there", NOW.minusSeconds(5), JsonMapper.shared().writeValueAsString(best));

        ScheduleView view = jobs.find(elsewhere.id()).orElseThrow();
        assertThat(view.status()).isEqualTo(ScheduleStatus.SOLVING);
        assertThat(view.result()).isEqualTo(best);
        assertThat(view.error()).isNull();

        assertThat(jobs.stop(elsewhere.id()).orElseThrow().status()).isEqualTo(ScheduleStatus.SOLVING);
        assertThat(leases.stopsAsked("there")).containsExactly(elsewhere.id());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aScheduleWhoseInstanceStoppedBeatingIsSolvedAgainHereFromItsStoredRequest() {
        String requestJson = JsonMapper.shared().writeValueAsString(request);
        ScheduleRecord stale = repository.save(ScheduleRecord.solving(requestJson, null, NOW.minusSeconds(600)));
        leases.hold(stale.id(), "gone", NOW.minusSeconds(300));

        jobs.begin(readyWebApplication());

        verify(solverManager).solveAndListen(eq(stale.id()), any(Function.class), any(Consumer.class), any(Consumer.class),
                any(BiConsumer.class));
        assertThat(leases.lease(stale.id()).orElseThrow()).extracting(ScheduleLeases.Lease::instance, ScheduleLeases.Lease::attempts)
                .containsExactly("here", 2);
        jobs.stopFollowing();
    }

    @Test
    void aScheduleThatUsedEveryAttemptIsFailedNamingTheStoppedInstance() {
        ScheduleRecord stale = repository.save(ScheduleRecord.solving(JsonMapper.shared().writeValueAsString(request), null,
                NOW.minusSeconds(600)));
        leases.hold(stale.id(), "gone", NOW.minusSeconds(300));
        leases.leases.computeIfPresent(stale.id(), (id, l) -> new ScheduleLeases.Lease(id, "gone", l.heartbeatAt(), 2, false, null));

        jobs.begin(readyWebApplication());

        ScheduleRecord row = repository.rows.get(stale.id());
        assertThat(row.status()).isEqualTo("FAILED");
        assertThat(row.error()).contains("the instance gone solving it stopped", "2 attempts of 2", "submit the schedule again");
        verify(solverManager, never()).solveAndListen(any(), any(Function.class), any(Consumer.class), any(Consumer.class),
                any(BiConsumer.class));
        jobs.stopFollowing();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInstanceThatLostItsScheduleStoresNothingWhenItsSolveEnds() {
        long id = jobs.submit(request, "{}", null).id();
        ArgumentCaptor<Function<Long, CouncilSchedule>> problem = ArgumentCaptor.forClass(Function.class);
        ArgumentCaptor<Consumer<CouncilSchedule>> finalBest = ArgumentCaptor.forClass(Consumer.class);
        verify(solverManager).solveAndListen(eq(id), problem.capture(), any(Consumer.class), finalBest.capture(), any(BiConsumer.class));
        leases.takeOver(leases.lease(id).orElseThrow(), "other", NOW);

        finalBest.getValue().accept(problem.getValue().apply(id));

        assertThat(repository.rows.get(id).status()).as("the other instance's solve decides").isEqualTo("SOLVING");
    }

    private static ApplicationReadyEvent readyWebApplication() {
        return new ApplicationReadyEvent(new SpringApplication(), new String[0], new GenericWebApplicationContext(), Duration.ZERO);
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

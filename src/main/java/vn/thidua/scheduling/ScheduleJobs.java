package vn.thidua.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.scheduling.solver.CouncilSchedule;
import vn.thidua.scheduling.solver.ScheduleMapper;
import vn.thidua.system.ThiduaProperties;

/**
 * Schedules being solved, at most {@code thidua.scheduling.max-jobs} of them in memory: when the
 * table is full, the oldest ended job leaves it (it stays readable from the database); when every
 * job is still solving, a new one is refused. The solver manager runs
 * {@code thidua.scheduling.max-solving} of them at once and queues the rest.
 */
@Component
class ScheduleJobs {

    private static final Logger log = LoggerFactory.getLogger(ScheduleJobs.class);

    private final SolverManager<CouncilSchedule, Long> solverManager;
    private final ScheduleSolver results;
    private final ScheduleRepository repository;
    private final EndedSchedules ended;
    private final JsonMapper json;
    private final Clock clock;
    private final int maxJobs;
    private final Map<Long, ScheduleJob> jobs = new LinkedHashMap<>();
    private final MeterRegistry metrics;
    private final Map<String, Long> lastScore = new ConcurrentHashMap<>();

    // Lazy: OptaPlanner builds its solver factory when the first schedule is solved, not at every start.
    ScheduleJobs(@Lazy SolverManager<CouncilSchedule, Long> solverManager, ScheduleSolver results, ScheduleRepository repository,
            EndedSchedules ended, JsonMapper json, Clock clock, ThiduaProperties properties, MeterRegistry metrics) {
        this.solverManager = solverManager;
        this.results = results;
        this.repository = repository;
        this.ended = ended;
        this.json = json;
        this.clock = clock;
        this.maxJobs = properties.scheduling().maxJobs();
        this.metrics = metrics;
        for (String level : List.of("hard", "medium", "soft")) {
            lastScore.put(level, 0L);
            Gauge.builder("thidua.scheduling.score", lastScore, scores -> scores.get(level))
                    .description("The score of the last schedule solved in this instance").tag("level", level).register(metrics);
        }
        Gauge.builder("thidua.jobs", this, ScheduleJobs::solving).description("Schedules queued or solving in this instance")
                .tag("kind", "scheduling").tag("state", "solving").register(metrics);
    }

    private long solving() {
        synchronized (jobs) {
            return jobs.values().stream().filter(job -> !job.hasEnded()).count();
        }
    }

    /**
     * Stores the request and starts solving it.
     *
     * @throws SchedulerBusyException when every place is taken by a job still solving; nothing is stored
     */
    ScheduleView submit(SchedulingRequest request, String requestJson, Long sourceRunId) {
        ScheduleJob job;
        synchronized (jobs) {
            makeRoom();
            ScheduleRecord stored = repository.save(ScheduleRecord.solving(requestJson, sourceRunId, now()));
            job = new ScheduleJob(stored, request);
            jobs.put(stored.id(), job);
        }
        CouncilSchedule problem = ScheduleMapper.toSolution(request);
        if (problem.getDossiers().isEmpty() || problem.getSessions().isEmpty()) {
            end(job, problem, ScheduleStatus.DONE);
        } else {
            solverManager.solveAndListen(job.id(), id -> job.started(problem), job::improved,
                    best -> end(job, best, job.stopRequested() ? ScheduleStatus.STOPPED : ScheduleStatus.DONE),
                    (id, failure) -> fail(job, failure));
        }
        return job.view(results);
    }

    /** The schedule with this id, from memory while it is there, else from the database. */
    Optional<ScheduleView> find(long id) {
        ScheduleJob job;
        synchronized (jobs) {
            job = jobs.get(id);
        }
        return job != null ? Optional.of(job.view(results)) : repository.findById(id).map(this::stored);
    }

    /** Stops a schedule still solving; its best result so far becomes its result. An ended one is left as it is. */
    Optional<ScheduleView> stop(long id) {
        ScheduleJob job;
        synchronized (jobs) {
            job = jobs.get(id);
        }
        if (job == null) {
            return repository.findById(id).map(this::stored);
        }
        if (job.requestStop()) {
            solverManager.terminateEarly(id);
            if (!job.hasStarted()) {
                // A queued job never reaches the solver's final callback once cancelled.
                end(job, ScheduleMapper.toSolution(job.request()), ScheduleStatus.STOPPED);
            }
        }
        return Optional.of(job.view(results));
    }

    private void end(ScheduleJob job, CouncilSchedule solution, ScheduleStatus status) {
        try {
            ScheduleResult result = results.result(job.request(), solution);
            ScheduleRecord record = job.record().ended(status, json.writeValueAsString(result), result.score(),
                    result.feasible(), null, now());
            if (job.end(record, result)) {
                ended.store(record);
                solved(job, status, result);
                log.info("schedule {} {}: {}", job.id(), status, result.score());
            }
        } catch (RuntimeException e) {
            fail(job, e);
        }
    }

    // thidua_scheduling_solves_seconds{status, feasible}: from submission to the end, queueing included;
    // thidua_scheduling_score{level}: the last solve's hard, medium and soft score.
    private void solved(ScheduleJob job, ScheduleStatus status, ScheduleResult result) {
        Timer.builder("thidua.scheduling.solves").description("Council schedules solved, from submission to the end")
                .tag("status", status.name().toLowerCase(Locale.ROOT)).tag("feasible", String.valueOf(result.feasible()))
                .register(metrics).record(Duration.between(job.record().createdAt(), now()));
        if (result.score() != null) {
            HardMediumSoftScore score = HardMediumSoftScore.parseScore(result.score());
            lastScore.put("hard", (long) score.hardScore());
            lastScore.put("medium", (long) score.mediumScore());
            lastScore.put("soft", (long) score.softScore());
        }
    }

    private void fail(ScheduleJob job, Throwable failure) {
        log.error("schedule {} failed", job.id(), failure);
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        ScheduleRecord failed = job.record().ended(ScheduleStatus.FAILED, null, null, null,
                message.length() > 2000 ? message.substring(0, 2000) : message, now());
        if (job.end(failed, null)) {
            ended.store(failed);
        }
    }

    private void makeRoom() {
        if (jobs.size() < maxJobs) {
            return;
        }
        for (Iterator<ScheduleJob> oldest = jobs.values().iterator(); oldest.hasNext(); ) {
            if (oldest.next().hasEnded()) {
                oldest.remove();
                return;
            }
        }
        throw new SchedulerBusyException(maxJobs);
    }

    private ScheduleView stored(ScheduleRecord record) {
        ScheduleStatus status = ScheduleStatus.valueOf(record.status());
        if (status == ScheduleStatus.SOLVING) {
            // Not in memory yet still solving: the application that solved it stopped first.
            return new ScheduleView(record.id(), ScheduleStatus.FAILED, record.sourceRunId(), record.createdAt(),
                    record.updatedAt(), null, "the solve was interrupted: the application stopped before it ended");
        }
        return new ScheduleView(record.id(), status, record.sourceRunId(), record.createdAt(), record.updatedAt(),
                record.resultJson() == null ? null : json.readValue(record.resultJson(), ScheduleResult.class), record.error());
    }

    // Kept to the second, as evaluation runs are: MariaDB drops fractions through Connector/J.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}

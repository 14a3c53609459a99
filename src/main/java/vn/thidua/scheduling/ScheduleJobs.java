package vn.thidua.scheduling;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import jakarta.annotation.PreDestroy;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.scheduling.solver.CouncilSchedule;
import vn.thidua.scheduling.solver.ScheduleMapper;
import vn.thidua.system.InstanceName;
import vn.thidua.system.ThiduaProperties;

/**
 * Schedules being solved, at most {@code thidua.scheduling.max-jobs} of them in memory: when the
 * table is full, the oldest ended job leaves it (it stays readable from the database); when every
 * job is still solving, a new one is refused. The solver manager runs
 * {@code thidua.scheduling.max-solving} of them at once and queues the rest.
 * <p>
 * Across instances (docs/operations.md §20): the instance solving a schedule holds its lease and writes
 * a heartbeat with the best result so far, which any other instance shows; a stop asked on another
 * instance reaches it within the poll interval; a schedule whose instance stopped beating (or this
 * instance before its restart) is solved again from its stored request by the first instance that takes
 * it over, or failed with the reason after {@code thidua.jobs.max-attempts}.
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
    private final ScheduleLeases leases;
    private final InstanceName instance;
    private final SchedulingRequestReader reader;
    private final ThiduaProperties.Jobs settings;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "schedule-leases");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean following;

    // Lazy: OptaPlanner builds its solver factory when the first schedule is solved, not at every start.
    ScheduleJobs(@Lazy SolverManager<CouncilSchedule, Long> solverManager, ScheduleSolver results, ScheduleRepository repository,
            EndedSchedules ended, JsonMapper json, Clock clock, ThiduaProperties properties, MeterRegistry metrics,
            ScheduleLeases leases, InstanceName instance, SchedulingRequestReader reader) {
        this.leases = leases;
        this.instance = instance;
        this.reader = reader;
        this.settings = properties.jobs();
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
            leases.hold(stored.id(), instance.get(), now());
            job = new ScheduleJob(stored, request);
            jobs.put(stored.id(), job);
        }
        solve(job);
        return job.view(results);
    }

    private void solve(ScheduleJob job) {
        SchedulingRequest request = job.request();
        CouncilSchedule problem = ScheduleMapper.toSolution(request);
        if (problem.getDossiers().isEmpty() || problem.getSessions().isEmpty()) {
            end(job, problem, ScheduleStatus.DONE);
        } else {
            solverManager.solveAndListen(job.id(), id -> job.started(problem), job::improved,
                    best -> end(job, best, job.stopRequested() ? ScheduleStatus.STOPPED : ScheduleStatus.DONE),
                    (id, failure) -> fail(job, failure));
        }
    }

    /** The schedule with this id, from memory while it is there, else from the database. */
    Optional<ScheduleView> find(long id) {
        ScheduleJob job;
        synchronized (jobs) {
            job = jobs.get(id);
        }
        return job != null ? Optional.of(job.view(results)) : repository.findById(id).map(this::stored);
    }

    /**
     * Stops a schedule still solving; its best result so far becomes its result. An ended one is left as
     * it is. A schedule another instance solves is asked to stop there, within the poll interval.
     */
    Optional<ScheduleView> stop(long id) {
        ScheduleJob job;
        synchronized (jobs) {
            job = jobs.get(id);
        }
        if (job == null) {
            leases.askStop(id);
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
        if (!stillHeld(job)) {
            return;
        }
        ScheduleResult result;
        ScheduleRecord record;
        try {
            result = results.result(job.request(), solution);
            record = job.record().ended(status, json.writeValueAsString(result), result.score(), result.feasible(), null, now());
        } catch (RuntimeException e) {
            fail(job, e);
            return;
        }
        // Stored before it is shown: once any reader sees the end, the database holds it too.
        if (!job.beginEnd()) {
            return;
        }
        try {
            ended.store(record);
        } catch (RuntimeException e) {
            job.abortEnd();
            fail(job, e);
            return;
        }
        job.end(record, result);
        solved(job, status, result);
        log.info("schedule {} {}: {}", job.id(), status, result.score());
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
        fail(job, failure.getMessage() == null ? failure.toString() : failure.getMessage());
    }

    // An instance that lost its lease (its heartbeat went stale and another took the schedule over) stores nothing.
    private boolean stillHeld(ScheduleJob job) {
        if (job.hasEnded()) {
            return false;
        }
        try {
            if (leases.holds(job.id(), instance.get())) {
                return true;
            }
        } catch (RuntimeException e) {
            log.warn("could not read the lease of schedule {}: {}", job.id(), e.getMessage());
            return true;
        }
        log.warn("schedule {} ended here after another instance took it over; the other instance's result stands", job.id());
        return false;
    }

    private void fail(ScheduleJob job, String message) {
        if (!stillHeld(job)) {
            return;
        }
        ScheduleRecord failed = job.record().ended(ScheduleStatus.FAILED, null, null, null,
                message.length() > 2000 ? message.substring(0, 2000) : message, now());
        if (job.beginEnd()) {
            try {
                ended.store(failed);
            } finally {
                // Shown as failed even when the database could not take it; the log has why.
                job.end(failed, null);
            }
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
            Optional<ScheduleLeases.Lease> lease = leases.lease(record.id());
            boolean held = lease.map(ScheduleLeases.Lease::instance).isPresent()
                    || record.createdAt().isAfter(now().minus(settings.staleAfter()));
            if (held) {
                // Solved by another instance: its best result so far, as its last heartbeat wrote it.
                String best = lease.map(ScheduleLeases.Lease::bestJson).orElse(null);
                return new ScheduleView(record.id(), ScheduleStatus.SOLVING, record.sourceRunId(), record.createdAt(),
                        record.updatedAt(), best == null ? null : json.readValue(best, ScheduleResult.class), null);
            }
            // Stored before leases were kept, and not in memory: the application that solved it stopped first.
            return new ScheduleView(record.id(), ScheduleStatus.FAILED, record.sourceRunId(), record.createdAt(),
                    record.updatedAt(), null, "the solve was interrupted: the application stopped before it ended");
        }
        return new ScheduleView(record.id(), status, record.sourceRunId(), record.createdAt(), record.updatedAt(),
                record.resultJson() == null ? null : json.readValue(record.resultJson(), ScheduleResult.class), record.error());
    }

    /**
     * Once the web application is ready: takes back what this instance was solving before its restart, then
     * every poll interval follows stops asked elsewhere and takes over schedules whose instance stopped, and
     * every heartbeat writes the best result so far of what it solves.
     */
    @EventListener(ApplicationReadyEvent.class)
    void begin(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebApplicationContext) || following) {
            return;
        }
        following = true;
        takeOverStopped(instance.get());
        long poll = settings.pollInterval().toMillis();
        long beat = settings.heartbeat().toMillis();
        timer.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopFollowing() {
        timer.shutdownNow();
    }

    private void poll() {
        try {
            for (long id : leases.stopsAsked(instance.get())) {
                log.info("schedule {}: stop asked on another instance", id);
                stop(id);
            }
            takeOverStopped(null);
        } catch (RuntimeException e) {
            log.error("could not follow the schedules of other instances: {}", e.getMessage(), e);
        }
    }

    private void takeOverStopped(String stoppedInstance) {
        for (ScheduleLeases.Lease stopped : leases.stopped(stoppedInstance, now().minus(settings.staleAfter()))) {
            synchronized (jobs) {
                if (jobs.size() >= maxJobs && jobs.values().stream().noneMatch(ScheduleJob::hasEnded)) {
                    return; // no room here; another instance, or this one later, takes it over
                }
            }
            Optional<ScheduleRecord> record = repository.findById(stopped.id());
            if (record.isEmpty() || !leases.takeOver(stopped, instance.get(), now())) {
                continue;
            }
            ScheduleRecord taken = record.get();
            int attempt = stopped.attempts() + 1;
            try {
                ScheduleJob job = new ScheduleJob(taken, reader.read(new ByteArrayInputStream(taken.requestJson().getBytes(StandardCharsets.UTF_8))));
                synchronized (jobs) {
                    makeRoom();
                    jobs.put(job.id(), job);
                }
                if (attempt > settings.maxAttempts()) {
                    fail(job, "the instance " + stopped.instance() + " solving it stopped before it ended, " + stopped.attempts()
                            + (stopped.attempts() == 1 ? " attempt" : " attempts") + " of " + settings.maxAttempts()
                            + " made; submit the schedule again");
                } else {
                    log.warn("schedule {}: the instance {} solving it stopped; solving it again here (attempt {} of {})", job.id(),
                            stopped.instance(), attempt, settings.maxAttempts());
                    solve(job);
                }
            } catch (RuntimeException e) {
                log.error("could not take over schedule {}: {}", taken.id(), e.getMessage(), e);
            }
        }
    }

    private void beat() {
        List<ScheduleJob> solvingHere;
        synchronized (jobs) {
            solvingHere = jobs.values().stream().filter(job -> !job.hasEnded()).toList();
        }
        for (ScheduleJob job : solvingHere) {
            try {
                ScheduleResult best = job.view(results).result();
                if (!leases.beat(job.id(), instance.get(), now(), best == null ? null : json.writeValueAsString(best))) {
                    log.warn("schedule {} is no longer this instance's: another instance took it over", job.id());
                    solverManager.terminateEarly(job.id());
                }
            } catch (RuntimeException e) {
                log.error("could not write the heartbeat of schedule {}: {}", job.id(), e.getMessage());
            }
        }
    }

    // Kept to the second, as evaluation runs are: MariaDB drops fractions through Connector/J.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}

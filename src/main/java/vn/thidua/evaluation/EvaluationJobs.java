package vn.thidua.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Accounts;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.system.InstanceName;
import vn.thidua.system.Progress;
import vn.thidua.system.ThiduaProperties;

/**
 * Evaluations started from the pages, kept in the database (table {@code evaluation_job}) so that any
 * instance answers for any job and a restart resumes or clearly fails what was running
 * (docs/operations.md §20). Each web instance runs one job at a time: the instance that received a
 * job claims it at once, any other after {@code thidua.jobs.stale-after}; while it runs, its instance
 * writes a heartbeat with the job's progress; a job whose heartbeat goes stale is queued again for any
 * instance, or failed with the reason after {@code thidua.jobs.max-attempts}. The job is marked done in
 * its run's own transaction, so a job has exactly one run. Command-line commands run no jobs.
 */
@Component
public class EvaluationJobs {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationJobs.class);
    private static final Duration FORGET_EVERY = Duration.ofHours(1);

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /**
     * A job as its page shows it.
     *
     * @param instance the instance running it or that ran it last (null while queued the first time)
     * @param attempts how many times it has been started
     */
    public record Job(String id, String username, int subjects, State state, Instant submittedAt, Instant startedAt,
            Instant endedAt, Long runId, String error, Counts counts, String instance, int attempts) {

        public Job(String id, String username, int subjects, State state, Instant submittedAt, Instant startedAt, Instant endedAt,
                Long runId, String error) {
            this(id, username, subjects, state, submittedAt, startedAt, endedAt, runId, error, Counts.NONE, null, 0);
        }

        public Job(String id, String username, int subjects, State state, Instant submittedAt, Instant startedAt, Instant endedAt,
                Long runId, String error, Counts counts) {
            this(id, username, subjects, state, submittedAt, startedAt, endedAt, runId, error, counts, null, 0);
        }

        Job withCounts(Counts counts) {
            return new Job(id, username, subjects, state, submittedAt, startedAt, endedAt, runId, error, counts, instance, attempts);
        }

        public long seconds(Instant now) {
            Instant from = startedAt == null ? submittedAt : startedAt;
            return Math.max(0, Duration.between(from, endedAt == null ? now : endedAt).toSeconds());
        }
    }

    /**
     * How far a running job has come: its phase ("evaluate": subjects; "store": decisions), the units
     * done and the phase's total; {@link #NONE} before its first phase.
     */
    public record Counts(String phase, long done, long total) {
        static final Counts NONE = new Counts(null, 0, 0);

        /** Done of total as a whole percentage, for the page's bar. */
        public int percent() {
            return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        }
    }

    /** What a job's evaluation tells, kept for the heartbeat and for the page that follows it on this instance. */
    private static final class JobProgress implements Progress {
        private volatile Counts counts = Counts.NONE;

        @Override
        public Task start(String name, long total) {
            counts = new Counts(name, 0, Math.max(total, 0));
            return new Task() {
                @Override
                public void stepBy(long units) {
                    Counts now = counts;
                    counts = new Counts(now.phase(), now.done() + units, now.total());
                }

                @Override
                public void close() {
                    // the counts stay as they ended until the next phase
                }
            };
        }
    }

    private record Running(String id, JobProgress progress) {
    }

    private final JobStore store;
    private final RunSubmissions submissions;
    private final Accounts accounts;
    private final Clock clock;
    private final InstanceName instance;
    private final ThiduaProperties.Jobs settings;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "web-evaluation"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "evaluation-jobs");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<State, Long> waiting = new EnumMap<>(State.class);
    private volatile Running running;
    private volatile boolean started;
    private volatile boolean stopping;
    // Only the timer's thread reads and writes it.
    private Instant lastForget;

    EvaluationJobs(JobStore store, RunSubmissions submissions, Accounts accounts, Clock clock, InstanceName instance,
            ThiduaProperties properties, MeterRegistry metrics) {
        this.store = store;
        this.submissions = submissions;
        this.accounts = accounts;
        this.clock = clock;
        this.instance = instance;
        this.settings = properties.jobs();
        for (State state : List.of(State.QUEUED, State.RUNNING)) {
            waiting.put(state, 0L);
            Gauge.builder("thidua.jobs", waiting, counts -> counts.getOrDefault(state, 0L))
                    .description("The pages' evaluation jobs waiting or running, in every instance (read every poll interval)")
                    .tag("kind", "evaluation").tag("state", state.name().toLowerCase(Locale.ROOT)).register(metrics);
        }
    }

    /**
     * Queues the evaluation of a request already validated for this user and answers the job to follow;
     * this instance claims it at once when it runs no other job.
     */
    public Job start(byte[] requestJson, int subjects, Account user) {
        Job job = new Job(UUID.randomUUID().toString(), user.username(), subjects, State.QUEUED, now(), null, null, null, null);
        store.insert(job, requestJson, instance.get());
        LOG.info("evaluation job {} of {} queued: {} subjects", job.id(), user.username(), subjects);
        if (started) {
            timer.execute(this::claimNext);
        }
        return job;
    }

    /** A job of this user (nobody follows another user's job), with its latest counts. */
    public Optional<Job> find(String id, String username) {
        Running here = running;
        return store.find(id).filter(job -> job.username().equals(username))
                .map(job -> here != null && here.id().equals(id) && job.state() == State.RUNNING ? job.withCounts(here.progress().counts)
                        : job);
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Once the web application is ready: takes back what this instance was running when it stopped, then
     * every poll interval recovers stale jobs and claims the next one; every heartbeat writes the running
     * job's progress.
     */
    @EventListener(ApplicationReadyEvent.class)
    void begin(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebApplicationContext) || started) {
            return;
        }
        started = true;
        JobStore.Recovered recovered = store.recover(instance.get(), now().minus(settings.staleAfter()), settings.maxAttempts(), now());
        if (recovered.requeued() + recovered.failed() > 0) {
            LOG.warn("evaluation jobs this instance ({}) or a stopped one was running: {} queued again, {} failed after {} attempts",
                    instance.get(), recovered.requeued(), recovered.failed(), settings.maxAttempts());
        }
        long poll = settings.pollInterval().toMillis();
        long beat = settings.heartbeat().toMillis();
        timer.scheduleWithFixedDelay(this::poll, 0, poll, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            JobStore.Recovered recovered = store.recover(null, now().minus(settings.staleAfter()), settings.maxAttempts(), now());
            if (recovered.requeued() + recovered.failed() > 0) {
                LOG.warn("evaluation jobs of an instance that stopped beating: {} queued again, {} failed after {} attempts",
                        recovered.requeued(), recovered.failed(), settings.maxAttempts());
            }
            forgetEndedJobs();
            waiting.putAll(store.waitingAndRunning());
            claimNext();
        } catch (RuntimeException e) {
            LOG.error("could not look for evaluation jobs: {}", e.getMessage(), e);
        }
    }

    /**
     * Deletes the jobs ended longer than keep-ended ago, at most once an hour: the delete scans the
     * ended jobs, and an hour more of an ended job is nothing against days of keeping it.
     */
    private void forgetEndedJobs() {
        Instant now = now();
        if (lastForget != null && now.isBefore(lastForget.plus(FORGET_EVERY))) {
            return;
        }
        lastForget = now;
        store.forgetEndedBefore(now.minus(settings.keepEnded()));
    }

    private synchronized void claimNext() {
        if (running != null || stopping) {
            return;
        }
        try {
            Optional<String> next = store.nextQueued(instance.get(), now().minus(settings.staleAfter()));
            if (next.isPresent() && store.claim(next.get(), instance.get(), now())) {
                Running claimed = new Running(next.get(), new JobProgress());
                running = claimed;
                worker.execute(() -> run(claimed));
            }
        } catch (RuntimeException e) {
            LOG.error("could not claim an evaluation job: {}", e.getMessage(), e);
        }
    }

    private void run(Running job) {
        String id = job.id();
        MDC.put("jobId", id);
        try {
            Job stored = store.find(id).orElseThrow(() -> new IllegalStateException("evaluation job " + id + " is gone"));
            Optional<Account> user = accounts.find(stored.username()).filter(Account::enabled);
            if (user.isEmpty()) {
                fail(id, "the account " + stored.username() + " that submitted it no longer exists or is disabled; nothing was stored");
                return;
            }
            LOG.info("evaluation job {} of {} started on {} (attempt {})", id, stored.username(), instance.get(), stored.attempts());
            Evaluation evaluation = submissions.submit(store.request(id), user.get(), job.progress(),
                    runId -> store.done(id, instance.get(), runId, now()));
            LOG.info("evaluation job {} done: run {}", id, evaluation.runId());
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.warn("evaluation job {} interrupted by the instance stopping; it is queued again", id);
            } else {
                fail(id, String.valueOf(e.getMessage()));
            }
        } finally {
            running = null;
            MDC.remove("jobId");
            if (!stopping) {
                timer.execute(this::claimNext);
            }
        }
    }

    private void fail(String id, String message) {
        if (store.failed(id, instance.get(), message, now())) {
            LOG.warn("evaluation job {} failed: {}", id, message);
        } else {
            LOG.warn("evaluation job {} ended here with \"{}\" after another instance took it over; the other instance's result stands",
                    id, message);
        }
    }

    private void beat() {
        Running job = running;
        if (job == null) {
            return;
        }
        try {
            if (!store.beat(job.id(), instance.get(), now(), job.progress().counts)) {
                LOG.warn("evaluation job {} is no longer this instance's: its heartbeat went stale and another instance took it over", job.id());
            }
        } catch (RuntimeException e) {
            LOG.error("could not write the heartbeat of evaluation job {}: {}", job.id(), e.getMessage());
        }
    }

    /** Stops: a job still running is queued again (not counted as an attempt), for this instance's restart or another one. */
    @PreDestroy
    void stop() {
        stopping = true;
        timer.shutdownNow();
        Running job = running;
        if (job != null) {
            try {
                store.release(job.id(), instance.get());
            } catch (RuntimeException e) {
                LOG.warn("could not queue evaluation job {} again while stopping ({}); it is taken back when its heartbeat goes stale",
                        job.id(), e.getMessage());
            }
        }
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package vn.thidua.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

import vn.thidua.accounts.Account;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.system.Progress;

/**
 * Evaluations started from the pages run one at a time in the background; the page follows their
 * state. Jobs are kept in this process's memory: a restart forgets a job in progress (its run is
 * stored only when it completes).
 */
@Component
public class EvaluationJobs {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationJobs.class);

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    public record Job(String id, String username, int subjects, State state, Instant submittedAt, Instant startedAt,
            Instant endedAt, Long runId, String error, Counts counts) {

        public Job(String id, String username, int subjects, State state, Instant submittedAt, Instant startedAt, Instant endedAt,
                Long runId, String error) {
            this(id, username, subjects, state, submittedAt, startedAt, endedAt, runId, error, Counts.NONE);
        }

        Job withCounts(Counts counts) {
            return new Job(id, username, subjects, state, submittedAt, startedAt, endedAt, runId, error, counts);
        }

        public long seconds(Instant now) {
            Instant from = startedAt == null ? submittedAt : startedAt;
            return Duration.between(from, endedAt == null ? now : endedAt).toSeconds();
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

    /** What a job's evaluation tells, kept for the page that follows it. */
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

    private static final Duration KEEP_ENDED = Duration.ofHours(1);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "web-evaluation"));
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, JobProgress> progress = new ConcurrentHashMap<>();
    private final RunSubmissions submissions;
    private final Clock clock;

    EvaluationJobs(RunSubmissions submissions, Clock clock, MeterRegistry metrics) {
        this.submissions = submissions;
        this.clock = clock;
        for (State state : List.of(State.QUEUED, State.RUNNING)) {
            Gauge.builder("thidua.jobs", jobs, all -> all.values().stream().filter(job -> job.state() == state).count())
                    .description("The pages' evaluation jobs waiting or running in this instance")
                    .tag("kind", "evaluation").tag("state", state.name().toLowerCase(Locale.ROOT)).register(metrics);
        }
    }

    /** Starts evaluating a request already validated for this user; answers the job to follow. */
    public Job start(byte[] requestJson, int subjects, Account user) {
        forgetEndedBefore(clock.instant().minus(KEEP_ENDED));
        String id = UUID.randomUUID().toString();
        jobs.put(id, new Job(id, user.username(), subjects, State.QUEUED, clock.instant(), null, null, null, null));
        JobProgress told = new JobProgress();
        progress.put(id, told);
        // The job's log lines carry the id of the request that started it, and the job's own id.
        Map<String, String> context = MDC.getCopyOfContextMap();
        executor.submit(() -> {
            if (context != null) {
                MDC.setContextMap(context);
            }
            MDC.put("jobId", id);
            jobs.computeIfPresent(id, (k, j) -> new Job(id, j.username(), subjects, State.RUNNING, j.submittedAt(),
                    clock.instant(), null, null, null));
            try {
                Evaluation evaluation = submissions.submit(requestJson, user, told);
                jobs.computeIfPresent(id, (k, j) -> new Job(id, j.username(), subjects, State.DONE, j.submittedAt(),
                        j.startedAt(), clock.instant(), evaluation.runId(), null));
            } catch (RuntimeException e) {
                LOG.warn("evaluation job {} of {} failed: {}", id, user.username(), e.getMessage());
                jobs.computeIfPresent(id, (k, j) -> new Job(id, j.username(), subjects, State.FAILED, j.submittedAt(),
                        j.startedAt(), clock.instant(), null, String.valueOf(e.getMessage())));
            } finally {
                MDC.clear();
            }
        });
        return jobs.get(id);
    }

    // Ended jobs are kept an hour for the page that follows them; the run itself is stored.
    private void forgetEndedBefore(Instant limit) {
        jobs.values().removeIf(job -> job.endedAt() != null && job.endedAt().isBefore(limit));
        progress.keySet().retainAll(jobs.keySet());
    }

    /** A job of this user (nobody follows another user's job). */
    public Optional<Job> find(String id, String username) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.username().equals(username))
                .map(job -> progress.containsKey(id) ? job.withCounts(progress.get(id).counts) : job);
    }

    public Instant now() {
        return clock.instant();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}

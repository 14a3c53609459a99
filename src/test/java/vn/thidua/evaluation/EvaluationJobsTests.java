package vn.thidua.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.context.support.GenericWebApplicationContext;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Accounts;
import vn.thidua.accounts.Role;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.system.InstanceName;
import vn.thidua.system.Progress;
import vn.thidua.system.ThiduaProperties;

/**
 * Evaluation jobs in the database, on a real H2 database migrated by the application's own migrations:
 * the page follows a job's counts, a job ends done with its run or failed with its message, the
 * instance that received a job claims it and another only after stale-after, a job whose instance
 * stopped is queued again and failed after its attempts, and a stopping instance gives its job back.
 */
class EvaluationJobsTests {

    private static final Account SECRETARY = new Account("thuky", "Thư ký", true, Set.of(Role.SECRETARIAT), Set.of("XA-DA-RSAL"), null);
    private static final byte[] REQUEST = "{\"schemaVersion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8);

    private JdbcTemplate jdbc;
    private JobStore store;
    private RunSubmissions submissions;
    private Accounts accounts;
    private final List<EvaluationJobs> started = new ArrayList<>();

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:jobs-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        store = new JobStore(jdbc);
        submissions = mock(RunSubmissions.class);
        accounts = mock(Accounts.class);
        when(accounts.find("thuky")).thenReturn(Optional.of(SECRETARY));
    }

    @AfterEach
    void stopAll() {
        started.forEach(EvaluationJobs::stop);
    }

    private EvaluationJobs instance(String name, Map<String, String> settings) {
        Map<String, String> all = new java.util.HashMap<>(Map.of("thidua.jobs.instance", name, "thidua.jobs.poll-interval", "PT0.1S",
                "thidua.jobs.stale-after", "PT1M"));
        all.putAll(settings);
        ThiduaProperties properties = new Binder(new MapConfigurationPropertySource(all)).bindOrCreate("thidua", ThiduaProperties.class);
        EvaluationJobs jobs = new EvaluationJobs(store, submissions, accounts, Clock.systemUTC(),
                new InstanceName(properties, new MockEnvironment()), properties, new SimpleMeterRegistry());
        started.add(jobs);
        return jobs;
    }

    private static void ready(EvaluationJobs jobs) {
        jobs.begin(new ApplicationReadyEvent(new SpringApplication(), new String[0], new GenericWebApplicationContext(), Duration.ZERO));
    }

    private static Evaluation runStored(long runId, Object[] call) {
        ((LongConsumer) call[3]).accept(runId);
        Evaluation evaluation = mock(Evaluation.class);
        when(evaluation.runId()).thenReturn(runId);
        return evaluation;
    }

    private EvaluationJobs.State state(EvaluationJobs jobs, String id) {
        return jobs.find(id, "thuky").orElseThrow().state();
    }

    @Test
    void showsTheCountsTheRunningEvaluationTellsAndKeepsThemOnlyForItsOwner() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        when(submissions.submit(any(), eq(SECRETARY), any(Progress.class), any())).thenAnswer(call -> {
            Progress progress = call.getArgument(2);
            try (Progress.Task evaluate = progress.start("evaluate", 300)) {
                evaluate.stepBy(300);
            }
            Progress.Task store = progress.start("store", 2_580);
            store.stepBy(1_000);
            halfway.countDown();
            resume.await(10, TimeUnit.SECONDS);
            store.stepBy(1_580);
            store.close();
            throw new IllegalStateException("database gone");
        });
        EvaluationJobs jobs = instance("a", Map.of());
        ready(jobs);
        EvaluationJobs.Job queued = jobs.start(REQUEST, 300, SECRETARY);
        assertThat(queued.state()).isEqualTo(EvaluationJobs.State.QUEUED);
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();

        EvaluationJobs.Job running = jobs.find(queued.id(), "thuky").orElseThrow();
        assertThat(running.state()).isEqualTo(EvaluationJobs.State.RUNNING);
        assertThat(running.instance()).isEqualTo("a");
        assertThat(running.attempts()).isEqualTo(1);
        assertThat(running.counts()).isEqualTo(new EvaluationJobs.Counts("store", 1_000, 2_580));
        assertThat(running.counts().percent()).isEqualTo(38);
        assertThat(jobs.find(queued.id(), "someone-else")).isEmpty();

        resume.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> state(jobs, queued.id()) == EvaluationJobs.State.FAILED);
        EvaluationJobs.Job failed = jobs.find(queued.id(), "thuky").orElseThrow();
        assertThat(failed.error()).isEqualTo("database gone");
        assertThat(failed.endedAt()).isNotNull();
        assertThat(jdbc.queryForObject("SELECT request_json FROM evaluation_job WHERE id = ?", String.class, queued.id()))
                .as("the request is dropped once the job ended").isNull();
    }

    @Test
    void aJobEndsDoneWithItsRunWrittenInTheRunsTransactionAndAnyInstanceReadsIt() {
        when(submissions.submit(eq(REQUEST), eq(SECRETARY), any(Progress.class), any())).thenAnswer(call -> runStored(42, call.getArguments()));
        EvaluationJobs a = instance("a", Map.of());
        EvaluationJobs b = instance("b", Map.of());
        ready(a);
        EvaluationJobs.Job queued = a.start(REQUEST, 1, SECRETARY);

        await().atMost(Duration.ofSeconds(10)).until(() -> state(b, queued.id()) == EvaluationJobs.State.DONE);
        EvaluationJobs.Job done = b.find(queued.id(), "thuky").orElseThrow();
        assertThat(done.runId()).isEqualTo(42L);
        assertThat(done.instance()).isEqualTo("a");
        assertThat(done.error()).isNull();
    }

    @Test
    void theInstanceThatReceivedAJobClaimsItAndAnotherOnlyAfterStaleAfter() {
        when(submissions.submit(any(), eq(SECRETARY), any(Progress.class), any())).thenAnswer(call -> runStored(7, call.getArguments()));
        EvaluationJobs a = instance("a", Map.of());
        EvaluationJobs b = instance("b", Map.of());
        // a received it but is not running (never got ready): b leaves it for a minute.
        EvaluationJobs.Job queued = a.start(REQUEST, 1, SECRETARY);
        ready(b);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5))
                .until(() -> state(b, queued.id()) == EvaluationJobs.State.QUEUED);

        jdbc.update("UPDATE evaluation_job SET submitted_at = ? WHERE id = ?", Timestamp.from(Instant.now().minusSeconds(120)), queued.id());
        await().atMost(Duration.ofSeconds(10)).until(() -> state(b, queued.id()) == EvaluationJobs.State.DONE);
        assertThat(b.find(queued.id(), "thuky").orElseThrow().instance()).isEqualTo("b");
    }

    @Test
    void aJobWhoseInstanceStoppedBeatingIsQueuedAgainAndRunHere() {
        when(submissions.submit(any(), eq(SECRETARY), any(Progress.class), any())).thenAnswer(call -> runStored(9, call.getArguments()));
        String id = running("gone", Instant.now().minusSeconds(300), 1);
        EvaluationJobs b = instance("b", Map.of("thidua.jobs.max-attempts", "2"));
        ready(b);

        await().atMost(Duration.ofSeconds(10)).until(() -> state(b, id) == EvaluationJobs.State.DONE);
        EvaluationJobs.Job done = b.find(id, "thuky").orElseThrow();
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.runId()).isEqualTo(9L);
    }

    @Test
    void aJobThatUsedEveryAttemptIsFailedNamingTheInstanceAndNothingRunsIt() {
        String id = running("gone", Instant.now().minusSeconds(300), 2);
        EvaluationJobs b = instance("b", Map.of("thidua.jobs.max-attempts", "2"));
        ready(b);

        await().atMost(Duration.ofSeconds(10)).until(() -> state(b, id) == EvaluationJobs.State.FAILED);
        assertThat(b.find(id, "thuky").orElseThrow().error()).contains("the instance gone running it stopped", "2 attempts of 2",
                "Upload the request again");
        verify(submissions, never()).submit(any(), any(), any(Progress.class), any());
    }

    @Test
    void aFreshHeartbeatKeepsTheJobWithItsInstanceButARestartedInstanceTakesBackItsOwnAtOnce() {
        when(submissions.submit(any(), eq(SECRETARY), any(Progress.class), any())).thenAnswer(call -> runStored(11, call.getArguments()));
        String others = running("elsewhere", Instant.now(), 1);
        String own = running("a", Instant.now(), 1);
        EvaluationJobs a = instance("a", Map.of());
        ready(a);

        await().atMost(Duration.ofSeconds(10)).until(() -> state(a, own) == EvaluationJobs.State.DONE);
        assertThat(state(a, others)).isEqualTo(EvaluationJobs.State.RUNNING);
        assertThat(a.find(others, "thuky").orElseThrow().instance()).isEqualTo("elsewhere");
    }

    @Test
    void aStoppingInstanceGivesItsRunningJobBackWithoutCountingTheAttemptAndItsLateRunIsNotKept() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Throwable> lateDone = new ArrayList<>();
        when(submissions.submit(any(), eq(SECRETARY), any(Progress.class), any())).thenAnswer(call -> {
            running.countDown();
            // As the engine does, the evaluation goes on when the stopping instance interrupts it.
            while (true) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                    break;
                } catch (InterruptedException e) {
                    continue;
                }
            }
            try {
                return runStored(13, call.getArguments());
            } catch (IllegalStateException e) {
                lateDone.add(e);
                throw e;
            }
        });
        EvaluationJobs a = instance("a", Map.of());
        ready(a);
        EvaluationJobs.Job queued = a.start(REQUEST, 1, SECRETARY);
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        Thread stopper = new Thread(a::stop);
        stopper.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> "QUEUED".equals(
                jdbc.queryForObject("SELECT state FROM evaluation_job WHERE id = ?", String.class, queued.id())));
        release.countDown();
        stopper.join(10_000);

        assertThat(lateDone).as("the run finished after the job was given back is refused, so the job gets one run").hasSize(1);
        assertThat(jdbc.queryForMap("SELECT state, attempts, run_id FROM evaluation_job WHERE id = ?", queued.id()))
                .containsEntry("state", "QUEUED").containsEntry("attempts", 0).containsEntry("run_id", null);
    }

    @Test
    void aJobOfAnAccountDisabledSinceIsFailedSayingSo() {
        when(accounts.find("thuky")).thenReturn(Optional.of(new Account("thuky", "Thư ký", false, Set.of(Role.SECRETARIAT),
                Set.of("XA-DA-RSAL"), null)));
        EvaluationJobs a = instance("a", Map.of());
        ready(a);
        EvaluationJobs.Job queued = a.start(REQUEST, 1, SECRETARY);

        await().atMost(Duration.ofSeconds(10)).until(() -> state(a, queued.id()) == EvaluationJobs.State.FAILED);
        assertThat(a.find(queued.id(), "thuky").orElseThrow().error()).contains("the account thuky", "disabled");
        verify(submissions, never()).submit(any(), any(), any(Progress.class), any());
    }

    /** A job another instance claimed, with its heartbeat at {@code beat} and {@code attempts} made. */
    private String running(String instance, Instant beat, int attempts) {
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO evaluation_job (id, username, subjects, state, submitted_at, received_by, started_at, instance,"
                + " heartbeat_at, attempts, request_json) VALUES (?, 'thuky', 1, 'RUNNING', ?, ?, ?, ?, ?, ?, ?)", id,
                Timestamp.from(beat.minusSeconds(10)), instance, Timestamp.from(beat.minusSeconds(5)), instance, Timestamp.from(beat),
                attempts, new String(REQUEST, StandardCharsets.UTF_8));
        return id;
    }
}

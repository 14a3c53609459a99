package vn.thidua.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.system.Progress;

/** A page follows its job's counts, phase by phase, as the evaluation tells them. */
class EvaluationJobsTests {

    private static final Account SECRETARY = new Account("thuky", "Thư ký", true, Set.of(Role.SECRETARIAT), Set.of("XA-DA-RSAL"), null);

    @Test
    void showsTheCountsTheRunningEvaluationTellsAndKeepsThemOnlyForItsOwner() throws Exception {
        RunSubmissions submissions = mock(RunSubmissions.class);
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        when(submissions.submit(any(), eq(SECRETARY), any(Progress.class))).thenAnswer(call -> {
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
        EvaluationJobs jobs = new EvaluationJobs(submissions, Clock.systemUTC(), new SimpleMeterRegistry());
        try {
            EvaluationJobs.Job started = jobs.start(new byte[0], 300, SECRETARY);
            assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();

            EvaluationJobs.Job running = jobs.find(started.id(), "thuky").orElseThrow();
            assertThat(running.counts()).isEqualTo(new EvaluationJobs.Counts("store", 1_000, 2_580));
            assertThat(running.counts().percent()).isEqualTo(38);
            assertThat(jobs.find(started.id(), "someone-else")).isEmpty();

            resume.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> jobs.find(started.id(), "thuky").orElseThrow().state()
                    == EvaluationJobs.State.FAILED);
            assertThat(jobs.find(started.id(), "thuky").orElseThrow().counts().done()).isEqualTo(2_580);
        } finally {
            jobs.stop();
        }
    }
}

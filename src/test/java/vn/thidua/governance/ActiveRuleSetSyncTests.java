package vn.thidua.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.testing.TestProperties;

/** Following other processes' activations: every thidua.rules.follow-interval, the first one interval after the start. */
class ActiveRuleSetSyncTests {

    private final RuleSetActivations activations = mock(RuleSetActivations.class);

    private IntervalTask followTask(String... properties) {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new ActiveRuleSetSync(activations, mock(RuleSetRegistry.class), TestProperties.of(properties)).configureTasks(registrar);
        assertThat(registrar.getFixedDelayTaskList()).hasSize(1);
        return registrar.getFixedDelayTaskList().get(0);
    }

    @Test
    void followsEveryFiveSecondsByDefault() {
        IntervalTask task = followTask();

        assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void followsEveryFollowIntervalSet() {
        IntervalTask task = followTask("thidua.rules.follow-interval", "PT1H");

        assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofHours(1));
        assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofHours(1));
        task.getRunnable().run();
        verify(activations).follow();
    }
}

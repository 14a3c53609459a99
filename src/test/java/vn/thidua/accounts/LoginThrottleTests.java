package vn.thidua.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.LockedException;

import vn.thidua.system.ThiduaProperties;

class LoginThrottleTests {

    private final AccountEvents events = mock(AccountEvents.class);
    private final List<Duration> waits = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(new ThiduaProperties.Login(Duration.ofMinutes(15), 3, 5, 8),
            clock, events, waits::add);

    @Test
    void letsTheFirstFailuresThroughWithoutWaiting() {
        fail("thuky", "10.0.0.1", 2);

        throttle.beforeAttempt("thuky", "10.0.0.1");

        assertThat(waits).isEmpty();
    }

    @Test
    void slowsEachAttemptBeyondTheThirdFailureByASecondMore() {
        fail("thuky", "10.0.0.1", 3);
        throttle.beforeAttempt("thuky", "10.0.0.1");
        throttle.failed("thuky", "10.0.0.1");
        throttle.beforeAttempt("thuky", "10.0.0.1");

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void locksTheUserNameAtTheFifthFailureWithoutCheckingThePassword() {
        fail("thuky", "10.0.0.1", 5);

        assertThatThrownBy(() -> throttle.beforeAttempt("THUKY", "10.0.0.9")).isInstanceOf(LockedException.class)
                .hasMessageContaining("15 minutes");
        verify(events).record(eq(AccountEvents.Kind.LOCKED), eq("thuky"), eq("10.0.0.1"), any());
        verify(events).record(eq(AccountEvents.Kind.LOGIN_REFUSED), eq("THUKY"), eq("10.0.0.9"), any());
    }

    @Test
    void unlocksWhenTheFailuresLeaveTheWindow() {
        fail("thuky", "10.0.0.1", 5);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        throttle.beforeAttempt("thuky", "10.0.0.1");
        assertThat(waits).isEmpty();
    }

    @Test
    void aSuccessClearsTheUserNamesFailures() {
        fail("thuky", "10.0.0.1", 4);

        throttle.succeeded("thuky");
        fail("thuky", "10.0.0.1", 1);

        throttle.beforeAttempt("thuky", "10.0.0.1");
        assertThat(waits).isEmpty();
    }

    @Test
    void locksAnAddressTryingManyUserNames() {
        for (int i = 0; i < 8; i++) {
            fail("user" + i, "10.0.0.66", 1);
        }

        assertThatThrownBy(() -> throttle.beforeAttempt("someone-else", "10.0.0.66")).isInstanceOf(LockedException.class);
        throttle.beforeAttempt("someone-else", "10.0.0.67");
        verify(events).record(eq(AccountEvents.Kind.LOCKED), eq("user7"), eq("10.0.0.66"), any());
    }

    @Test
    void neverSlowsOthersSigningInFromABusyAddress() {
        for (int i = 0; i < 7; i++) {
            fail("user" + i, "10.0.0.66", 1);
        }

        throttle.beforeAttempt("thuky", "10.0.0.66");

        assertThat(waits).isEmpty();
    }

    @Test
    void recordsEveryFailureWithItsAddress() {
        fail("thuky", "10.0.0.1", 2);

        verify(events, org.mockito.Mockito.times(2)).record(AccountEvents.Kind.LOGIN_FAILED, "thuky", "10.0.0.1", null);
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

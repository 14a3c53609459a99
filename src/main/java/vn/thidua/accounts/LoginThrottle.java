package vn.thidua.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;

import vn.thidua.system.ThiduaProperties;

/**
 * Repeated failed sign-ins are slowed, then refused for a while (OWASP ASVS 2.2.1): failures are
 * counted per user name and per address over {@code thidua.login.window}. Beyond
 * {@code slow-after} failures of a user name each attempt waits a second per further failure (at most five); at
 * {@code lock-user-after} failures the user name, at {@code lock-address-after} the address, is
 * refused until its oldest counted failure leaves the window. A success clears the user name's
 * failures, not the address's. Counts are kept by each instance.
 */
@Component
class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_TRACKED = 100_000;

    private final ThiduaProperties.Login limits;
    private final Clock clock;
    private final AccountEvents events;
    private final Sleeper sleeper;
    private final Map<String, Deque<Instant>> byUser = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

    /** Waits; a test replaces it so that it does not wait. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    @Autowired
    LoginThrottle(ThiduaProperties properties, Clock clock, AccountEvents events) {
        this(properties.login(), clock, events, duration -> Thread.sleep(duration.toMillis()));
    }

    LoginThrottle(ThiduaProperties.Login limits, Clock clock, AccountEvents events, Sleeper sleeper) {
        this.limits = limits;
        this.clock = clock;
        this.events = events;
        this.sleeper = sleeper;
    }

    /**
     * Called before the password is checked.
     *
     * @throws LockedException when the user name or the address is locked out; the password is not checked
     */
    void beforeAttempt(String username, String address) {
        Instant now = clock.instant();
        int userFailures = count(byUser, key(username), now);
        int addressFailures = count(byAddress, address, now);
        if (userFailures >= limits.lockUserAfter() || addressFailures >= limits.lockAddressAfter()) {
            events.record(AccountEvents.Kind.LOGIN_REFUSED, username, address, userFailures >= limits.lockUserAfter()
                    ? "user name locked out after " + userFailures + " failures" : "address locked out after " + addressFailures + " failures");
            throw new LockedException("too many failed sign-ins: try again in " + limits.window().toMinutes() + " minutes");
        }
        // Slowed by the user name's failures only: many people may sign in from one address (an office's NAT).
        int beyond = userFailures - limits.slowAfter() + 1;
        if (beyond > 0) {
            try {
                sleeper.sleep(Duration.ofSeconds(Math.min(beyond, 5)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        events.record(AccountEvents.Kind.LOGIN_FAILED, username, address, null);
        if (add(byUser, key(username), now) == limits.lockUserAfter()) {
            events.record(AccountEvents.Kind.LOCKED, username, address, "user name locked out for " + limits.window());
            LOG.warn("sign-in locked out for user name {} after {} failures (last from {})", username, limits.lockUserAfter(), address);
        }
        if (address != null && add(byAddress, address, now) == limits.lockAddressAfter()) {
            events.record(AccountEvents.Kind.LOCKED, username, address, "address locked out for " + limits.window());
            LOG.warn("sign-in locked out for address {} after {} failures", address, limits.lockAddressAfter());
        }
    }

    void succeeded(String username) {
        byUser.remove(key(username));
    }

    private int count(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (key == null) {
            return 0;
        }
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            forgetOld(times, now);
            return times.size();
        }
    }

    private int add(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    forgetOld(times, now);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            forgetOld(times, now);
            times.addLast(now);
            return times.size();
        }
    }

    private void forgetOld(Deque<Instant> times, Instant now) {
        Instant from = now.minus(limits.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(from)) {
            times.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}

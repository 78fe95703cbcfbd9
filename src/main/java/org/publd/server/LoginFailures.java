package org.publd.server;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Failed logins by address: after {@code max} failures within {@code window}, an address must wait until
 * the oldest of them is {@code window} old before it may try again. Enough for a person who mistypes,
 * and it turns thousands of guesses a second into a few a minute. Failures are forgotten only as they
 * age: a request to a public endpoint succeeds whatever credentials it carries, so success proves nothing.
 */
final class LoginFailures {
    /** Failures allowed from one address within {@link #WINDOW}. */
    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);
    // Past this many addresses, those whose failures are all older than the window are dropped.
    private static final int PRUNE_ABOVE = 10_000;

    private final InstantSource clock;
    private final int max;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    LoginFailures(InstantSource clock, int max, Duration window) {
        this.clock = clock;
        this.max = max;
        this.window = window;
    }

    /** {@value #MAX_FAILURES} failures a minute on the system clock. */
    static LoginFailures standard() {
        return new LoginFailures(InstantSource.system(), MAX_FAILURES, WINDOW);
    }

    /** How long {@code address} must wait before it may try to log in again; zero when it may now. */
    synchronized Duration waitFor(String address) {
        Deque<Instant> times = recent(address);
        if (times == null || times.size() < max) {
            return Duration.ZERO;
        }
        return Duration.between(clock.instant(), times.peekFirst().plus(window));
    }

    synchronized void failed(String address) {
        if (failures.size() > PRUNE_ABOVE) {
            failures.keySet().removeIf(a -> recent(a) == null);
        }
        failures.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(clock.instant());
    }

    /** The address's failures within the window, or {@code null} when there are none. */
    private Deque<Instant> recent(String address) {
        Deque<Instant> times = failures.get(address);
        if (times == null) {
            return null;
        }
        Instant since = clock.instant().minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.removeFirst();
        }
        return times.isEmpty() ? null : times;
    }
}

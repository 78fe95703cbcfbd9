package org.publd.net;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How often and how long to wait before retrying a request that got 429, a 5xx, a timeout, a lost
 * connection or an unusable answer: exponential backoff from {@code initialDelay}, capped at {@code maxDelay},
 * unless the server says when to come back ({@code Retry-After}, which is honoured up to
 * {@code maxRetryAfter}).
 *
 * @param attempts      attempts in all, the first one included (at least 1)
 * @param initialDelay  the wait before the first retry
 * @param maxDelay      the longest backoff wait
 * @param maxRetryAfter the longest wait a {@code Retry-After} may ask for; longer ones fail the request
 */
public record RetryPolicy(int attempts, Duration initialDelay, Duration maxDelay, Duration maxRetryAfter) {
    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /** Five attempts, 2 s doubling up to a minute; Retry-After honoured up to 10 minutes. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofMinutes(10));
    }

    /** The backoff before retry {@code n} (1-based). */
    public Duration backoff(int n) {
        long millis = initialDelay.toMillis() << Math.min(n - 1, 20);
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }

    /** A {@code Retry-After} value (seconds or an HTTP date) as a wait from {@code now}; empty when unreadable. */
    public static Optional<Duration> retryAfter(String header, ZonedDateTime now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String h = header.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(h))));
        } catch (NumberFormatException e) {
            // not seconds: try an HTTP date
        }
        try {
            Duration d = Duration.between(now, ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME));
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

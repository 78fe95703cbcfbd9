package org.publd.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How long the client waits before a retry. */
class TestRetryPolicy {
    @Test
    void retryAfterInSecondsOrAsHttpDate() {
        ZonedDateTime now = ZonedDateTime.of(2025, 5, 9, 12, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(Optional.of(Duration.ofSeconds(7)), RetryPolicy.retryAfter("7", now));
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryPolicy.retryAfter("Fri, 09 May 2025 12:01:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryPolicy.retryAfter("Fri, 09 May 2025 11:00:00 GMT", now));
        assertEquals(Optional.empty(), RetryPolicy.retryAfter("soon", now));
    }

    @Test
    void backoffDoublesUpToTheCap() {
        RetryPolicy p = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofMinutes(1));
        assertEquals(List.of(2L, 4L, 8L, 10L), List.of(p.backoff(1).toSeconds(), p.backoff(2).toSeconds(),
                p.backoff(3).toSeconds(), p.backoff(4).toSeconds()));
    }
}

package org.publd.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sliding window, on a clock of the test's own: no test here waits for real time. */
class TestRateLimit {
    private static final long SECOND = 1_000_000_000L;

    /** A clock whose sleeps move time on, and whose requests take {@code latency} each. */
    private static final class FakeClock implements RateLimit.Clock {
        long now;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleep(long nanos) {
            now += nanos;
        }
    }

    private static List<Long> sendTimes(RateLimit limit, FakeClock clock, int requests, long latency)
            throws InterruptedException {
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            limit.acquire();
            sent.add(clock.now);
            clock.now += latency;
            limit.release();
        }
        return sent;
    }

    @Test
    void threeASecondSendsThreeAtOnceThenWaitsForTheWindow() throws InterruptedException {
        FakeClock clock = new FakeClock();
        List<Long> sent = sendTimes(new RateLimit(3, Duration.ofSeconds(1), clock), clock, 7, 0);
        assertEquals(List.of(0L, 0L, 0L, SECOND, SECOND, SECOND, 2 * SECOND), sent);
    }

    @Test
    void theWindowRunsFromEachAnswerSoThatArrivalsAreSpacedToo() throws InterruptedException {
        FakeClock clock = new FakeClock();
        long latency = 100_000_000L;
        List<Long> sent = sendTimes(new RateLimit(3, Duration.ofSeconds(1), clock), clock, 4, latency);
        // The first request's answer came at 0.1 s: the fourth leaves a second after that.
        assertEquals(SECOND + latency, sent.get(3));
    }

    @Test
    void aRateBelowOneSpacesSingleRequests() throws InterruptedException {
        FakeClock clock = new FakeClock();
        List<Long> sent = sendTimes(new RateLimit(1, Duration.ofSeconds(2), clock), clock, 3, 0);
        assertEquals(List.of(0L, 2 * SECOND, 4 * SECOND), sent);
    }
}

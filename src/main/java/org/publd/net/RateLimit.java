package org.publd.net;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code max} requests in any window of the given length (a sliding window, so never more
 * than that in any one second, not merely on average). A request counts from when it is sent until
 * a window has passed since its answer came: a server counts requests as they arrive, a little after
 * they leave, so a window measured from the answer holds on the server's clock too, whatever the
 * network's delays.
 *
 * <pre>
 *   RateLimit limit = RateLimit.perSecond(3);
 *   limit.acquire();
 *   try { send(); } finally { limit.release(); }
 * </pre>
 */
public final class RateLimit {
    /** Reads the time and waits; tests give a clock of their own. */
    interface Clock {
        Clock SYSTEM = new Clock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        };

        long nanoTime();

        void sleep(long nanos) throws InterruptedException;
    }

    private final int max;
    private final long windowNanos;
    private final Clock clock;
    /** When the answers to the latest requests came, oldest first; at most {@code max}. */
    private final Deque<Long> answered = new ArrayDeque<>();
    private int inFlight;

    RateLimit(int max, Duration window, Clock clock) {
        this.max = max;
        this.windowNanos = window.toNanos();
        this.clock = clock;
    }

    /** No limit. */
    public static RateLimit none() {
        return new RateLimit(0, Duration.ZERO, Clock.SYSTEM);
    }

    /**
     * At most {@code rate} requests a second: {@code floor(rate)} in any second, or one in every
     * {@code 1/rate} seconds below one; 0 or less for no limit.
     */
    public static RateLimit perSecond(double rate) {
        if (rate <= 0) {
            return none();
        }
        if (rate < 1) {
            return new RateLimit(1, Duration.ofNanos((long) (1_000_000_000L / rate)), Clock.SYSTEM);
        }
        return new RateLimit((int) Math.floor(rate), Duration.ofSeconds(1), Clock.SYSTEM);
    }

    /** Waits until one more request may be sent; every call must be followed by {@link #release()}. */
    public synchronized void acquire() throws InterruptedException {
        if (max <= 0) {
            return;
        }
        while (true) {
            long now = clock.nanoTime();
            while (!answered.isEmpty() && now - answered.peekFirst() >= windowNanos) {
                answered.pollFirst();
            }
            if (inFlight + answered.size() < max) {
                inFlight++;
                return;
            }
            if (answered.isEmpty()) {
                wait(); // every place is taken by a request still in flight: wait for its answer
            } else {
                clock.sleep(answered.peekFirst() + windowNanos - now);
            }
        }
    }

    /** The request's answer came (or it failed). */
    public synchronized void release() {
        if (max <= 0) {
            return;
        }
        inFlight--;
        answered.addLast(clock.nanoTime());
        if (answered.size() > max) {
            answered.pollFirst();
        }
        notifyAll();
    }
}

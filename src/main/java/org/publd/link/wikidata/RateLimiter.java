package org.publd.link.wikidata;

/** Spaces requests out to at most a given number per second, for the whole run (retries included). */
final class RateLimiter {
    private final long intervalNanos;
    private long next = Long.MIN_VALUE;

    /** @param perSecond requests per second; 0 or less means no limit */
    RateLimiter(double perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
    }

    /** Waits until the next request may go out. */
    synchronized void acquire() throws InterruptedException {
        long now = System.nanoTime();
        if (next != Long.MIN_VALUE && now < next) {
            long wait = next - now;
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            now = next;
        }
        next = now + intervalNanos;
    }
}

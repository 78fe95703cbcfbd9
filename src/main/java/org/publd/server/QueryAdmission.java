package org.publd.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.publd.server.ld.PlainResponse;

/**
 * Admission to the dataset's endpoints for anonymous users: at most {@code running} requests at once,
 * at most {@code queued} more waiting (for {@code wait} at most) for one of them to end, and every
 * other request answered at once with 503 and {@code Retry-After}. A query may hold a core and a share
 * of the heap until its timeout, so a few at a time keep the rest of the server (Linked Data pages, the
 * landing page, which do not pass here) answering. Logged-in users are not counted.
 */
final class QueryAdmission implements Filter {
    private final Semaphore running;
    private final int queued;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Duration wait;
    private final long retryAfterSeconds;

    /**
     * @param running    how many anonymous requests run at once
     * @param queued     how many more may wait for a place
     * @param wait       how long one waits at most
     * @param retryAfter what a refused client is told to wait: running requests end by then (their timeout)
     */
    QueryAdmission(int running, int queued, Duration wait, Duration retryAfter) {
        this.running = new Semaphore(running, true);
        this.queued = queued;
        this.wait = wait;
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        // getRemoteUser checks the credentials: a made-up Authorization header does not pass as a login.
        if (req.getRemoteUser() != null) {
            chain.doFilter(request, response);
            return;
        }
        if (!admit()) {
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setHeader("Retry-After", Long.toString(retryAfterSeconds));
            PlainResponse.send(req, resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Too many queries running: try again in " + retryAfterSeconds + " s.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
        }
    }

    /** How many requests wait for a place now. */
    int waiting() {
        return waiting.get();
    }

    /** Takes a place now, or after waiting in the queue if it has room; false when none came. */
    private boolean admit() {
        try {
            // With a timeout, even of 0, the fair semaphore serves the queue first.
            if (running.tryAcquire(0, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (waiting.incrementAndGet() > queued) {
                waiting.decrementAndGet();
                return false;
            }
            try {
                return running.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                waiting.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

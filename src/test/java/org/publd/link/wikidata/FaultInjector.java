package org.publd.link.wikidata;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A servlet filter in front of the fixture's Fuseki endpoint: it counts requests, keeps their
 * queries and User-Agents, and answers the next requests with queued faults instead of results.
 */
final class FaultInjector implements Filter {
    /** {@code SLOW} gets no answer until the next request comes, which a client sends once it has given up. */
    enum Fault { TOO_MANY_REQUESTS, SERVER_ERROR, SLOW, MALFORMED }

    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<String> queries = new ArrayList<>();
    private final List<String> userAgents = new ArrayList<>();
    private Fault always;
    private int failAfter = Integer.MAX_VALUE;
    private int requests;

    /** Answers the coming requests with these faults, one each, then normally. */
    synchronized void queue(Fault... next) {
        faults.addAll(List.of(next));
    }

    /** Answers every request with {@code fault} until cleared with {@code null}. */
    synchronized void always(Fault fault) {
        always = fault;
    }

    /** Answers every request after the first {@code n} with a server error. */
    synchronized void failAfter(int n) {
        failAfter = n;
    }

    synchronized int requests() {
        return requests;
    }

    synchronized List<String> queries() {
        return List.copyOf(queries);
    }

    synchronized List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    synchronized void reset() {
        faults.clear();
        queries.clear();
        userAgents.clear();
        always = null;
        failAfter = Integer.MAX_VALUE;
        requests = 0;
        notifyAll();
    }

    private synchronized Fault next(HttpServletRequest req) {
        requests++;
        notifyAll();
        queries.add(req.getParameter("query"));
        userAgents.add(req.getHeader("User-Agent"));
        if (requests > failAfter) {
            return Fault.SERVER_ERROR;
        }
        return always != null ? always : faults.poll();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse resp = (HttpServletResponse) response;
        Fault fault = next((HttpServletRequest) request);
        if (fault == null) {
            chain.doFilter(request, response);
            return;
        }
        switch (fault) {
            case TOO_MANY_REQUESTS -> {
                resp.setHeader("Retry-After", "1");
                resp.sendError(429, "Too Many Requests");
            }
            case SERVER_ERROR -> resp.sendError(500, "Internal Server Error");
            case SLOW -> awaitRequestAfter(requests());
            case MALFORMED -> {
                resp.setStatus(200);
                resp.setContentType("application/sparql-results+json");
                resp.getOutputStream().write("{\"head\": {\"vars\": [\"item\", \"val".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Waits (a minute at most, lest a broken client hang the server) until request {@code n + 1} arrives. */
    private synchronized void awaitRequestAfter(int n) {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        try {
            for (long left; requests == n && (left = end - System.nanoTime()) > 0; ) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

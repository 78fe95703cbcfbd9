package org.publd.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.publd.server.read.RemoteStore;
import org.publd.server.read.StoreUnavailable;

/**
 * Fuseki's query service with a cap on the rows an anonymous query gets: a query without {@code LIMIT},
 * or with a larger one, is given {@code LIMIT max}. A logged-in user's queries run as written.
 *
 * <p>An anonymous query runs to its end before the first byte of the answer is written, into memory that
 * the cap bounds: a query that times out then gets 503 ("Query timed out") rather than a 200 whose body
 * stops in the middle. Fuseki writes rows as they come, so a timeout after the first rows used to end a
 * 200 answer with a comment that made it invalid JSON or XML. CONSTRUCT, DESCRIBE and ASK run to their
 * end in Fuseki already.
 *
 * <p>A query cut at the cap says so in a header, {@value #TRUNCATED}, which the query page shows.
 *
 * <p>It also answers client mistakes that Fuseki answers with a 500: a query nested so deeply (braces,
 * or a property path of thousands of steps) that parsing or running it overflows the stack, and a body
 * that cannot be read as declared (gzip that is not gzip). A query that runs the heap out of memory gets
 * 503: the error stops at the query that met it, not in Jetty's threads.
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    static final String TOO_DEEP = "Query nested too deeply (braces, brackets or path steps): simplify it.";
    // Fuseki's message for a parse that overflowed the stack: the name of the error, nothing else.
    static final String OUT_OF_MEMORY = "Query stopped: the server ran short of memory. Try a narrower query or later.";
    private static final String PARSER_STACK_OVERFLOW = StackOverflowError.class.getSimpleName();
    /** The header that says an anonymous query's rows were cut at the cap, and where: {@code X-PubLD-Truncated: 10000}. */
    static final String TRUNCATED = "X-PubLD-Truncated";
    // A request attribute: the cap replaced the query's own limit.
    private static final String CAPPED = "org.publd.capped";

    // One daemon thread stops the queries that pass their timeout.
    private static final ScheduledExecutorService STOPPER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "publd-query-stopper");
        t.setDaemon(true);
        return t;
    });

    static final String SERVICE_REFUSED = "SERVICE is not allowed on this server (start it with --allow-service).";

    private final long maxRows;
    private final Duration timeout;
    private final boolean allowService;
    private final RemoteStore remote;

    /**
     * @param allowService whether a query may call other endpoints with {@code SERVICE}; checked here for
     *                     queries sent on to {@code remote}, which would run them on their own terms
     * @param remote       the endpoint that runs the queries, or null to run them on the service's dataset
     */
    LimitedQuery(long maxRows, Duration timeout, boolean allowService, RemoteStore remote) {
        this.maxRows = maxRows;
        this.timeout = timeout;
        this.allowService = allowService;
        this.remote = remote;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        // Refused here, in words, rather than by Jena when it meets the SERVICE, naming its context symbol.
        if (!allowService && callsService(query)) {
            throw new QueryDeniedException(SERVICE_REFUSED);
        }
        if (anonymous(action) && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
            action.getRequest().setAttribute(CAPPED, Boolean.TRUE);
        }
    }

    private static boolean callsService(Query query) {
        if (query.getQueryPattern() == null) {
            return false;
        }
        AtomicBoolean found = new AtomicBoolean();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                found.set(true);
            }
        });
        return found.get();
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return remote != null ? remote.exec(query) : super.createQueryExec(action, query, dataset);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(TOO_DEEP);
        } catch (OutOfMemoryError e) {
            // The query's rows are garbage once its stack has unwound to here: the server goes on.
            ServletOps.error(HttpServletResponse.SC_SERVICE_UNAVAILABLE, OUT_OF_MEMORY);
        } catch (ActionErrorException e) {
            if (PARSER_STACK_OVERFLOW.equals(e.getMessage())) {
                ServletOps.errorBadRequest(TOO_DEEP);
            }
            throw e;
        }
    }

    /** As Fuseki reads a query body, but a body that cannot be read is the client's mistake. */
    @Override
    protected void executeBody(HttpAction action) {
        String queryString;
        try (InputStream in = action.getRequestInputStream()) {
            queryString = IO.readWholeFileAsUTF8(in);
        } catch (IOException | RuntimeIOException e) {
            ActionLib.consumeBody(action);
            ServletOps.errorBadRequest("Cannot read the request body as declared (Content-Encoding?): " + e.getMessage());
            return;
        }
        execute(queryString, action);
    }

    /**
     * Runs the query, and aborts it when it passes the timeout. Jena's own timeout only raises a flag that
     * iterators read when asked for their next row; an abort also tells each iterator, so that a sort
     * stops comparing (Jena's SortedDataBag) instead of first sorting the rows it holds.
     */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        AtomicBoolean stopped = new AtomicBoolean();
        ScheduledFuture<?> stop = STOPPER.schedule(() -> {
            stopped.set(true);
            queryExec.abort();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return run(action, queryExec, requestQuery, queryStringLog);
        } catch (RuntimeException e) {
            if (remote != null && remote.unavailable(e) instanceof StoreUnavailable unavailable) {
                ServletOps.error(unavailable.status(), unavailable.getMessage());
            }
            // An abort closes a sort's bag under the running query, which then fails with whatever it met.
            if (stopped.get() && !(e instanceof QueryCancelledException)) {
                throw new QueryCancelledException();
            }
            throw e;
        } finally {
            stop.cancel(false);
        }
    }

    private QueryExecResult run(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        QueryExecResult result = super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        if (!anonymous(action)) {
            return result;
        }
        if (result.isRowSet()) {
            RowSetRewindable rows = result.rowSet().rewindable();
            if (action.getRequest().getAttribute(CAPPED) != null && rows.size() >= maxRows) {
                action.getResponse().setHeader(TRUNCATED, Long.toString(maxRows));
            }
            return new QueryExecResult(rows);
        }
        if (result.isJson()) {
            List<JsonObject> items = new ArrayList<>();
            result.jsonItems().forEachRemaining(items::add);
            return new QueryExecResult(items.iterator());
        }
        return result;
    }

    private static boolean anonymous(HttpAction action) {
        return action.getUser() == null;
    }
}

package org.publd.server;

import java.nio.file.Path;
import java.time.Duration;
import org.publd.mapping.IriScheme;

/**
 * How {@code publd serve} runs.
 *
 * @param port              the HTTP port; 0 picks a free one
 * @param base              the base IRI of the data: a request path {@code /p} is the resource {@code base + p}
 * @param adminPasswordFile Jetty PropertyUserStore file ({@code admin: secret}); {@code null} turns update and
 *                          graph-store writes off
 * @param queryTimeout      how long a SPARQL query may run
 * @param maxRows           the most result rows an anonymous query gets
 * @param allowService      whether SPARQL {@code SERVICE} may call other endpoints
 * @param bindAll           listen on every interface instead of the loopback one only
 * @param maxGraphRead      the most triples an anonymous graph-store read of the whole dataset gets; above,
 *                          it is sent to the dump
 * @param maxQueries        how many anonymous requests to the dataset's endpoints run at once
 * @param queryQueue        how many more wait for a place before the next is refused (503)
 * @param accessLog         where Jetty's NCSA request log goes: a file (appended to), {@value #STDERR} for
 *                          standard error, or null for none
 */
public record ServerConfig(int port, String base, Path adminPasswordFile, Duration queryTimeout, long maxRows,
                           boolean allowService, boolean bindAll, long maxGraphRead, int maxQueries, int queryQueue,
                           String accessLog) {
    /** The {@link #accessLog} that means standard error. */
    public static final String STDERR = "-";

    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_ROWS = 10_000;
    /** A few million triples: some thousands of records, a few hundred MB of Turtle. */
    public static final long DEFAULT_MAX_GRAPH_READ = 3_000_000;
    /**
     * Four a core, at least four: a hostile query holds its place until the timeout, so one a core let two
     * such clients refuse every lookup on two cores (bench/soak-bench.sh); the places left answer lookups
     * in milliseconds, and sorts spill to disk, so more places cost little heap.
     */
    public static final int DEFAULT_MAX_QUERIES = Math.max(4, 4 * Runtime.getRuntime().availableProcessors());
    /** Twice the places: a burst of ordinary clients waits a moment rather than being refused. */
    public static final int DEFAULT_QUERY_QUEUE = 2 * DEFAULT_MAX_QUERIES;

    public ServerConfig {
        base = new IriScheme(base).base();
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
        if (maxGraphRead < 0) {
            throw new IllegalArgumentException("maxGraphRead must not be negative: " + maxGraphRead);
        }
        if (maxQueries < 1 || queryQueue < 0) {
            throw new IllegalArgumentException("maxQueries must be positive and queryQueue not negative: "
                    + maxQueries + ", " + queryQueue);
        }
    }

    /**
     * Local defaults: read-only, 30 s timeout, {@value #DEFAULT_MAX_ROWS} rows, no SERVICE, loopback only,
     * whole-dataset graph-store reads up to {@value #DEFAULT_MAX_GRAPH_READ} triples, a query at a time a core and
     * as many waiting.
     */
    public static ServerConfig defaults(int port, String base) {
        return new ServerConfig(port, base, null, DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS, false, false, DEFAULT_MAX_GRAPH_READ,
                DEFAULT_MAX_QUERIES, DEFAULT_QUERY_QUEUE, null);
    }

    public ServerConfig withAdminPasswordFile(Path file) {
        return new ServerConfig(port, base, file, queryTimeout, maxRows, allowService, bindAll, maxGraphRead, maxQueries, queryQueue, accessLog);
    }

    public ServerConfig withQueryTimeout(Duration timeout) {
        return new ServerConfig(port, base, adminPasswordFile, timeout, maxRows, allowService, bindAll, maxGraphRead, maxQueries, queryQueue, accessLog);
    }

    public ServerConfig withMaxRows(long rows) {
        return new ServerConfig(port, base, adminPasswordFile, queryTimeout, rows, allowService, bindAll, maxGraphRead, maxQueries, queryQueue, accessLog);
    }

    public ServerConfig withAllowService(boolean allow) {
        return new ServerConfig(port, base, adminPasswordFile, queryTimeout, maxRows, allow, bindAll, maxGraphRead, maxQueries, queryQueue, accessLog);
    }

    public ServerConfig withMaxGraphRead(long triples) {
        return new ServerConfig(port, base, adminPasswordFile, queryTimeout, maxRows, allowService, bindAll, triples, maxQueries, queryQueue, accessLog);
    }

    public ServerConfig withAccessLog(String log) {
        return new ServerConfig(port, base, adminPasswordFile, queryTimeout, maxRows, allowService, bindAll, maxGraphRead,
                maxQueries, queryQueue, log);
    }

    public ServerConfig withQueryAdmission(int running, int queue) {
        return new ServerConfig(port, base, adminPasswordFile, queryTimeout, maxRows, allowService, bindAll, maxGraphRead,
                running, queue, accessLog);
    }
}

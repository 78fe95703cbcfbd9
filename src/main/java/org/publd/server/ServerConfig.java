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
 */
public record ServerConfig(int port, String base, Path adminPasswordFile, Duration queryTimeout, long maxRows,
                           boolean allowService, boolean bindAll) {
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_ROWS = 10_000;

    public ServerConfig {
        base = new IriScheme(base).base();
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
    }

    /** Local defaults: read-only, 30 s timeout, {@value #DEFAULT_MAX_ROWS} rows, no SERVICE, loopback only. */
    public static ServerConfig defaults(int port, String base) {
        return new ServerConfig(port, base, null, DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS, false, false);
    }

    public ServerConfig withAdminPasswordFile(Path file) {
        return new ServerConfig(port, base, file, queryTimeout, maxRows, allowService, bindAll);
    }

    public ServerConfig withQueryTimeout(Duration timeout) {
        return new ServerConfig(port, base, adminPasswordFile, timeout, maxRows, allowService, bindAll);
    }

    public ServerConfig withMaxRows(long rows) {
        return new ServerConfig(port, base, adminPasswordFile, queryTimeout, rows, allowService, bindAll);
    }

    public ServerConfig withAllowService(boolean allow) {
        return new ServerConfig(port, base, adminPasswordFile, queryTimeout, maxRows, allow, bindAll);
    }
}

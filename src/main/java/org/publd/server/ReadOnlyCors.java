package org.publd.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin reading: any web page may read the public data (queries, Linked Data, VoID, dumps) with
 * {@code Access-Control-Allow-Origin: *}, which browsers never combine with cookies or logins. The
 * endpoints that write ({@code /ds/update}, {@code /ds/data}) get no CORS headers at all, so a page
 * elsewhere cannot use a browser's stored login against them. A preflight may ask for the methods and
 * headers a SPARQL client sends (GET, POST, HEAD, OPTIONS; Accept, Content-Type) and nothing else.
 */
final class ReadOnlyCors implements Filter {
    static final String METHODS = "GET, POST, HEAD, OPTIONS";
    static final String HEADERS = "Accept, Content-Type";
    private static final Set<String> ALLOWED_METHODS = Set.of("GET", "POST", "HEAD", "OPTIONS");
    private static final Set<String> ALLOWED_HEADERS = Set.of("accept", "content-type");
    /** What a script may read of an answer besides the basic headers: the Linked Data links and cache tags. */
    private static final String EXPOSED = "Content-Location, Link, ETag, " + LimitedQuery.TRUNCATED;
    private static final String MAX_AGE_SECONDS = "86400";

    private final Set<String> readPaths;
    private final String datasetPrefix;

    /** @param dataset the dataset path ({@code /ds}); of its endpoints only {@code readEndpoints} are read-only */
    ReadOnlyCors(String dataset, Set<String> readEndpoints) {
        this.datasetPrefix = dataset + "/";
        this.readPaths = readEndpoints;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String origin = req.getHeader("Origin");
        if (origin == null || !readable(req.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        String preflight = req.getHeader("Access-Control-Request-Method");
        if ("OPTIONS".equals(req.getMethod()) && preflight != null) {
            // A refused preflight gets no CORS headers: the browser then does not send the request.
            if (ALLOWED_METHODS.contains(preflight) && headersAllowed(req.getHeader("Access-Control-Request-Headers"))) {
                resp.setHeader("Access-Control-Allow-Origin", "*");
                resp.setHeader("Access-Control-Allow-Methods", METHODS);
                resp.setHeader("Access-Control-Allow-Headers", HEADERS);
                resp.setHeader("Access-Control-Max-Age", MAX_AGE_SECONDS);
            }
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
        chain.doFilter(request, response);
    }

    private boolean readable(String path) {
        return !path.startsWith(datasetPrefix) || readPaths.contains(path);
    }

    private static boolean headersAllowed(String requested) {
        if (requested == null || requested.isBlank()) {
            return true;
        }
        for (String h : requested.split(",")) {
            if (!ALLOWED_HEADERS.contains(h.strip().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}

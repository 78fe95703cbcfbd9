package org.publd.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.apache.jena.fuseki.auth.Auth;
import org.publd.server.ld.PlainResponse;

/**
 * Fuseki's administration endpoints under {@code /$/} answer reads (ping, server, datasets, stats,
 * metrics) to everyone and nothing else: a write (adding or removing a dataset, a backup...) without an
 * admin login is 401, as on a stock Fuseki with its password file; with one it is 405, since PubLD
 * changes its data only through {@code /ds/update} and {@code /ds/data}.
 */
final class AdminReadOnly implements Filter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (READS.contains(req.getMethod())) {
            chain.doFilter(request, response);
        } else if (req.getHeader("Authorization") == null) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"" + Auth.dftRealm + "\"");
            PlainResponse.send(req, resp, HttpServletResponse.SC_UNAUTHORIZED,
                    "Changes under /$/ need an admin login.");
        } else {
            resp.setHeader("Allow", String.join(", ", READS));
            PlainResponse.send(req, resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "PubLD's administration endpoints under /$/ only read; change data with /ds/update or /ds/data.");
        }
    }
}

package org.publd.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.publd.server.ld.PlainResponse;

/**
 * The update endpoints of a server started without a password file: 403 with what to do, rather than
 * the 405 Jetty gives a path without an update service.
 */
final class UpdatesClosed implements Filter {
    static final String MESSAGE = "Updates are closed: this server is read-only. Start publd serve with"
            + " --admin-password-file FILE to take SPARQL updates and graph-store writes from a logged-in admin.";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PlainResponse.send((HttpServletRequest) request, (HttpServletResponse) response,
                HttpServletResponse.SC_FORBIDDEN, MESSAGE);
    }
}

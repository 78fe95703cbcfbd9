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
import org.publd.server.read.StoreUnavailable;

/**
 * A page that needed the store while it was down or slow answers 502 or 504 with the store's short
 * message, and a {@code Retry-After}, instead of Jetty's 500 with a stack trace.
 */
final class StoreErrors implements Filter {
    static final String RETRY_AFTER_SECONDS = "10";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (StoreUnavailable e) {
            send((HttpServletRequest) request, (HttpServletResponse) response, e);
        } catch (ServletException e) {
            if (!(e.getCause() instanceof StoreUnavailable unavailable)) {
                throw e;
            }
            send((HttpServletRequest) request, (HttpServletResponse) response, unavailable);
        }
    }

    private static void send(HttpServletRequest req, HttpServletResponse resp, StoreUnavailable e) throws IOException {
        if (!resp.isCommitted()) {
            resp.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        PlainResponse.send(req, resp, e.status(), e.getMessage() + " Try again in a moment.");
    }
}

package org.publd.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses anonymous request bodies over a size limit with 413, before anything reads them: a query or a
 * form is small, and the public endpoints must not buffer whatever a client sends. Logged-in users
 * (who may upload data to the graph store) are not limited here.
 */
final class BodySizeFilter implements Filter {
    private final long maxBytes;

    BodySizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        boolean anonymous = req.getHeader("Authorization") == null;
        boolean chunked = req.getContentLengthLong() < 0 && req.getHeader("Transfer-Encoding") != null;
        if (anonymous && (req.getContentLengthLong() > maxBytes || chunked)) {
            resp.setStatus(chunked ? HttpServletResponse.SC_LENGTH_REQUIRED : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            resp.setContentType("text/plain;charset=utf-8");
            resp.getWriter().println(chunked ? "A request body needs a Content-Length."
                    : "Request body too large: at most " + maxBytes + " bytes.");
            return;
        }
        chain.doFilter(request, response);
    }
}

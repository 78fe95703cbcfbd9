package org.publd.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Keeps Fuseki's {@code Fuseki-Request-Id} header out of answers: it numbers every request the server has
 * had, which tells anyone how busy the server is, and only the server's own log uses it.
 */
final class NoRequestIdHeader implements Filter {
    private static final String HEADER = "Fuseki-Request-Id";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {
            @Override
            public void setHeader(String name, String value) {
                if (!HEADER.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!HEADER.equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}

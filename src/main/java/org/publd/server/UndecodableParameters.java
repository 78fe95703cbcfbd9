package org.publd.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.UnsupportedCharsetException;
import org.eclipse.jetty.http.BadMessageException;
import org.publd.server.ld.PlainResponse;

/**
 * Decodes a request's parameters (query string and form body) before Fuseki asks for them, and answers
 * a client's mistake as one: 400 for bad percent-encoding or invalid UTF-8, 415 for a form in a charset
 * Java does not know. Left to Fuseki, each was a 500 with a stack trace in the log. Jetty keeps the
 * decoded parameters, so they are decoded once.
 */
final class UndecodableParameters implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        try {
            req.getParameterMap();
        } catch (BadMessageException | IllegalArgumentException e) {
            UnsupportedCharsetException charset = unsupportedCharset(e);
            if (charset != null) {
                PlainResponse.send((HttpServletRequest) request, (HttpServletResponse) response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                        "Unsupported charset: " + charset.getCharsetName());
            } else {
                PlainResponse.send((HttpServletRequest) request, (HttpServletResponse) response, HttpServletResponse.SC_BAD_REQUEST,
                        "Cannot decode the request's parameters: bad percent-encoding or not UTF-8.");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    // Jetty wraps it, in a BadMessageException or a CompletionException.
    private static UnsupportedCharsetException unsupportedCharset(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof UnsupportedCharsetException u) {
                return u;
            }
        }
        return null;
    }
}

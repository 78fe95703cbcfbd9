package org.publd.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error responses of PubLD's own servlets, never a stack trace: a one-line plain-text message, or
 * for a browser the server's error page ({@code sendError}, rendered by the error handler).
 */
public final class PlainResponse {
    private PlainResponse() {
    }

    /** Whether a request is from a browser, which asks for HTML by name. */
    public static boolean wantsHtml(String accept) {
        return accept != null && accept.contains("text/html");
    }

    /** Sends {@code status} with a one-line message, unless the response is already under way. */
    public static void send(HttpServletRequest req, HttpServletResponse resp, int status, String message) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        if (wantsHtml(req.getHeader("Accept"))) {
            resp.sendError(status, message);
            return;
        }
        // Keep the headers already set (CORS, Vary); drop only a partly written body.
        resp.resetBuffer();
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().println(message);
    }
}

package org.publd.server.ld;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A short plain-text answer: the error responses of PubLD's own servlets, never a stack trace. */
public final class PlainResponse {
    private PlainResponse() {
    }

    /** Sends {@code status} with a one-line message, unless the response is already under way. */
    public static void send(HttpServletResponse resp, int status, String message) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        // Keep the headers already set (CORS, Vary); drop only a partly written body.
        resp.resetBuffer();
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().println(message);
    }
}

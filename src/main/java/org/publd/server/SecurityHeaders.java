package org.publd.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.publd.server.html.QueryPageServlet;

/**
 * Wraps the whole server (so that it also covers the answers Jetty's login check and error pages give):
 * refuses {@code TRACE} with 405, and gives every answer {@code X-Content-Type-Options: nosniff}, a
 * {@code Content-Security-Policy} and {@code X-Frame-Options: DENY}.
 *
 * <p>The policy allows what the pages use: scripts, styles, fonts and images from this server, the
 * inline {@code <style>} of every page (and the inline styles YASGUI sets), and the one inline script of
 * the query page, by its hash. YASGUI's prefix and vocabulary completion fetch from prefix.cc and
 * lov.linkeddata.es; nothing else leaves the page. No page may be framed ({@code frame-ancestors}, and
 * {@code X-Frame-Options} for older browsers).
 */
final class SecurityHeaders extends Handler.Wrapper {
    static final String POLICY = "default-src 'self'; script-src 'self' '" + sha256(QueryPageServlet.SCRIPT) + "'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' prefix.cc lov.linkeddata.es; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    SecurityHeaders(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put("X-Content-Type-Options", "nosniff")
                .put("Content-Security-Policy", POLICY)
                .put("X-Frame-Options", "DENY");
        // Jetty's servlets echo a TRACE request back, headers and all.
        if (HttpMethod.TRACE.is(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, POST, OPTIONS");
            refuse(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "TRACE is not allowed.");
            return true;
        }
        return super.handle(request, response, callback);
    }

    /** Answers {@code status} with a one-line plain-text message. */
    static void refuse(Response response, Callback callback, int status, String message) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        Content.Sink.write(response, true, message + "\n", callback);
    }

    private static String sha256(String script) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}

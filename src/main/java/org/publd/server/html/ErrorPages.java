package org.publd.server.html;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.main.sys.FusekiErrorHandler;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.publd.server.ld.PlainResponse;

/**
 * Error answers as pages for browsers: a request that accepts HTML gets a short page in the site's
 * frame with the message and the way back; any other client gets Fuseki's plain text, as before.
 * Every error that reaches Jetty's error handling comes here: PubLD's servlets (through
 * {@code sendError}; Fuseki's own error answers on the dataset are handed on by {@code FusekiErrorPages}),
 * Jetty's own (a login refused, a method not allowed, a path refused).
 */
public final class ErrorPages extends FusekiErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        if (!PlainResponse.wantsHtml(request.getHeaders().get(HttpHeader.ACCEPT)) && !refusedUnread(request)) {
            super.generateResponse(request, response, code, message, cause, callback);
            return;
        }
        byte[] page = page(code, message).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(new HttpField(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8"));
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, page.length);
        response.write(true, ByteBuffer.wrap(page), callback);
    }

    /**
     * Whether Jetty refused the request before reading its headers (a path with {@code %2F}): with no
     * Accept to go by, Jetty answered its own HTML page, so PubLD's page takes its place.
     */
    private static boolean refusedUnread(Request request) {
        return request.getHeaders().size() == 0;
    }

    /** The page for an error: its status, the message (or what the status means), and links back. */
    static String page(int code, String message) {
        String reason = HttpStatus.getMessage(code);
        String text = message == null || message.isBlank() || message.equals(reason) ? explain(code) : message;
        HtmlBuilder h = new HtmlBuilder();
        PageLayout.open(h, code + " " + reason, null);
        h.element("div", "kind", "Error " + code).element("h1", null, reason).element("p", null, text)
                .raw("<p>").link("/", "Back to the start page").raw(" · ").link("/sparql", "Query the data with SPARQL")
                .raw("</p>");
        PageLayout.close(h);
        return h.toString();
    }

    private static String explain(int code) {
        return switch (code) {
            case 401 -> "This needs an admin login (HTTP Basic, a user of the server's --admin-password-file).";
            case 403 -> "This is not open to the public.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take that kind of request.";
            case 406 -> "This address has no representation of the kind asked for.";
            default -> code >= 500 ? "The server could not answer this request. Try again later." : "The request cannot be answered.";
        };
    }
}

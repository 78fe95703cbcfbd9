package org.publd.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.publd.mapping.output.JsonLdContext;

/**
 * The published JSON-LD context at {@code /context.jsonld}, the file every PubLD JSON-LD document
 * carries inline. It changes only with a new release, so clients may keep it for a day.
 */
public final class JsonLdContextServlet extends HttpServlet {
    public static final String PATH = "/context.jsonld";

    private final byte[] body = (JsonLdContext.published().document().toString() + "\n").getBytes(StandardCharsets.UTF_8);
    private final String etag = LinkedDataServlet.etag(body);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "public, max-age=86400");
        if (LinkedDataServlet.matches(req.getHeader("If-None-Match"), etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType("application/ld+json");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}

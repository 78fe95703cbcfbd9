package org.publd.server.data;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.publd.store.DatasetDump;

/**
 * The whole dataset as gzipped N-Quads, N-Triples or Turtle ({@code /dump.nq.gz}, {@code /dump.nt.gz},
 * {@code /dump.ttl.gz}): the {@link ServedDump} files, sent by Jetty's static file
 * serving, which answers conditional requests ({@code ETag}, {@code Last-Modified}) and byte ranges,
 * so a client can check for a new dump cheaply and resume a broken download. Sent as a file
 * ({@code application/gzip}), not with {@code Content-Encoding}, so that what is saved is the
 * {@code .nq.gz} its name promises. Until the first dump of a database is written: 503 with {@code Retry-After}.
 */
public final class DumpServlet extends ResourceServlet {
    /** The path the dump is offered under, below the server's root. */
    public static final String FILE_NAME = DatasetDump.FILE_NAME;
    private static final String RETRY_AFTER_SECONDS = "60";

    private final transient ServedDump dump;
    private final Map<String, String> settings;

    public DumpServlet(ServedDump dump) {
        this.dump = dump;
        // No cache in memory: the file is large, and a new dump replaces it on disk.
        this.settings = Map.of("baseResource", dump.folder().toUri().toString(),
                "dirAllowed", "false", "etags", "true", "acceptRanges", "true",
                "maxCacheSize", "0", "useFileMappedBuffer", "false");
    }

    // ResourceServlet reads its settings as init parameters; Fuseki's builder adds servlets without any.
    @Override
    public String getInitParameter(String name) {
        String value = settings.get(name);
        return value != null ? value : super.getInitParameter(name);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        if (!available(resp)) {
            return;
        }
        String name = req.getServletPath().substring(req.getServletPath().lastIndexOf('/') + 1);
        resp.setHeader("Content-Disposition", "attachment; filename=\"publd." + name.substring("dump.".length()) + "\"");
        super.doGet(req, resp);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        if (available(resp)) {
            super.doHead(req, resp);
        }
    }

    private boolean available(HttpServletResponse resp) throws IOException {
        if (dump.ready()) {
            return true;
        }
        resp.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        resp.getWriter().println("The dump is being written; try again in a minute.");
        return false;
    }
}

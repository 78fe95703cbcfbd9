package org.publd.server.data;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;
import org.publd.mapping.output.OutputFormat;
import org.publd.store.DatasetDump;

/**
 * The whole dataset as gzipped N-Quads, N-Triples or Turtle ({@code /dump.nq.gz}, {@code /dump.nt.gz},
 * {@code /dump.ttl.gz}): the {@link ServedDump} files, sent by Jetty's static file
 * serving, which answers conditional requests ({@code ETag}, {@code Last-Modified}) and byte ranges,
 * so a client can check for a new dump cheaply and resume a broken download. Sent as a file
 * ({@code application/gzip}), not with {@code Content-Encoding}, so that what is saved is the
 * {@code .nq.gz} its name promises. Until the first dump of a database is written: 503 with {@code Retry-After}.
 *
 * <p>The URL stays the same while the dump is written anew: each request is answered with the file of
 * the version current when it arrived, which is never changed and stays until the response has ended,
 * so its length, {@code ETag}, {@code Last-Modified} and bytes are all of that one version. Answered,
 * not redirected: a plain {@code curl -O} of the URL VoID lists gets the dump; a client resuming with
 * {@code Range} and {@code If-Range} after a new version came gets the whole new one.
 */
public final class DumpServlet extends ResourceServlet {
    /** The path the N-Quads dump is offered under, below the server's root. */
    public static final String FILE_NAME = DatasetDump.FILE_NAME;
    private static final String RETRY_AFTER_SECONDS = "60";
    // The request attribute naming the file a request is answered with.
    private static final String FILE = DumpServlet.class.getName() + ".file";

    private final transient ServedDump dump;
    private final OutputFormat format;
    private final Map<String, String> settings;

    /** The dump in {@code format}, at {@link DatasetDump#fileName(OutputFormat)}. */
    public DumpServlet(ServedDump dump, OutputFormat format) {
        this.dump = dump;
        this.format = format;
        // No cache in memory: the file is large, and a new version replaces it.
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
        if (open(req, resp)) {
            resp.setHeader("Content-Disposition", "attachment; filename=\"publd."
                    + DatasetDump.fileName(format).substring("dump.".length()) + "\"");
            super.doGet(req, resp);
        }
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        if (open(req, resp)) {
            super.doHead(req, resp);
        }
    }

    // The version's file, not the path asked for: the path stays while versions come and go.
    @Override
    protected String getEncodedPathInContext(HttpServletRequest req, boolean included) {
        return "/" + req.getAttribute(FILE);
    }

    /** Opens the current version for this request until it has ended (also when sent asynchronously); else 503. */
    private boolean open(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ServedDump.Download download = dump.open();
        if (download != null) {
            Request.addCompletionListener(ServletContextRequest.getServletContextRequest(req), failure -> download.close());
            req.setAttribute(FILE, download.fileName(format));
            return true;
        }
        resp.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        resp.getWriter().println("The dump is being written; try again in a minute.");
        return false;
    }
}

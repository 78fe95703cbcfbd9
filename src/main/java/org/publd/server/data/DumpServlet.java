package org.publd.server.data;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.publd.mapping.output.OutputFormat;
import org.publd.store.StoreExport;

/**
 * The whole dataset as gzipped N-Quads, written by the export {@code publd export} uses (one read
 * transaction: a consistent snapshot, in constant memory). Sent as a file ({@code application/gzip}),
 * not with {@code Content-Encoding}, so that what is saved is the {@code .nq.gz} its name promises.
 */
public final class DumpServlet extends HttpServlet {
    /** The file name the dump is offered under. */
    public static final String FILE_NAME = "dump.nq.gz";

    private final DatasetGraph dsg;

    public DumpServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"publd." + FILE_NAME.substring(5) + "\"");
        GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(resp.getOutputStream(), 1 << 16), 1 << 16);
        StoreExport.write(dsg, OutputFormat.NQUADS, gzip);
        gzip.finish();
        gzip.flush();
    }
}

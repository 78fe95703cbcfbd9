package org.publd.server.data;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The whole dataset as gzipped N-Quads, streamed from one read transaction (a consistent snapshot,
 * in constant memory). Sent as a file ({@code application/gzip}), not with {@code Content-Encoding},
 * so that what is saved is the {@code .nq.gz} its name promises.
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
        OutputStream raw = resp.getOutputStream();
        GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(raw, 1 << 16), 1 << 16);
        Txn.executeRead(dsg, () -> {
            StreamRDF out = StreamRDFWriter.getWriterStream(gzip, RDFFormat.NQUADS);
            out.start();
            Iterator<Quad> quads = dsg.find();
            try {
                quads.forEachRemaining(out::quad);
            } finally {
                Iter.close(quads);
            }
            out.finish();
        });
        gzip.finish();
        gzip.flush();
    }
}

package org.publd.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;

/** A fixed RDF document (the vocabulary at {@code /ns}) in the RDF syntax the client accepts; Turtle first. */
public final class RdfDocumentServlet extends HttpServlet {
    private static final Conneg CONNEG = new Conneg(Representation.TURTLE, Representation.JSONLD,
            Representation.NTRIPLES, Representation.RDFXML);

    private final Graph document;

    public RdfDocumentServlet(Graph document) {
        this.document = document;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.addHeader("Vary", "Accept");
        // Browsers ask for HTML first; they get Turtle, which is the document as written.
        String accept = req.getHeader("Accept");
        Optional<Representation> r = accept != null && accept.contains("text/html")
                ? Optional.of(Representation.TURTLE) : CONNEG.choose(accept);
        if (r.isEmpty()) {
            PlainResponse.send(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Not acceptable. Available: " + String.join(", ", CONNEG.mediaTypes()));
            return;
        }
        resp.setContentType(r.get().mediaType() + ";charset=utf-8");
        RDFWriter.source(document).format(r.get().format()).output(resp.getOutputStream());
    }
}

package org.publd.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;

/**
 * Dereferences the IRIs under the base: {@code GET /pubmed/1} answers with the resource
 * {@code base + "pubmed/1"} in the representation the {@code Accept} header prefers (with
 * {@code Vary: Accept}), {@code GET /pubmed/1.ttl} in the one its extension names. Unknown resources
 * get 404, unacceptable {@code Accept} headers 406 naming the types on offer.
 *
 * <p>Served directly rather than by a 303 to a document URL: one round trip, and the extension
 * URLs give each representation its own address for links and caches.
 */
public final class LinkedDataServlet extends HttpServlet {
    private static final Conneg CONNEG = new Conneg(Representation.values());

    private final String base;
    private final Describer describer;
    private final PageRenderer pages;
    private final PrefixMapping prefixes;

    /**
     * @param base      the base IRI, ending with {@code /}
     * @param describer where descriptions come from
     * @param pages     renders HTML
     * @param prefixes  declared in Turtle, JSON-LD and RDF/XML output
     */
    public LinkedDataServlet(String base, Describer describer, PageRenderer pages, PrefixMapping prefixes) {
        this.base = base;
        this.describer = describer;
        this.pages = pages;
        this.prefixes = prefixes;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ResourcePath path;
        try {
            path = ResourcePath.parse(req.getRequestURI());
        } catch (ResourcePath.Invalid e) {
            PlainResponse.send(resp, e.status(), e.getMessage());
            return;
        }
        Optional<Representation> byExtension = path.requested();
        if (byExtension.isPresent()) {
            Optional<Graph> d = describer.describe(iri(path.stripped()));
            if (d.isPresent()) {
                send(resp, iri(path.stripped()), d.get(), byExtension.get());
                return;
            }
        }
        Node iri = iri(path.path());
        Optional<Graph> description = describer.describe(iri);
        resp.addHeader("Vary", "Accept");
        if (description.isEmpty()) {
            PlainResponse.send(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: no data about " + iri.getURI());
            return;
        }
        Optional<Representation> chosen = CONNEG.choose(req.getHeader("Accept"));
        if (chosen.isEmpty()) {
            PlainResponse.send(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Not acceptable. Available: " + String.join(", ", CONNEG.mediaTypes()));
            return;
        }
        resp.setHeader("Content-Location", "/" + path.path() + "." + chosen.get().extension());
        send(resp, iri, description.get(), chosen.get());
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }

    private void send(HttpServletResponse resp, Node iri, Graph description, Representation r) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(r.mediaType() + ";charset=utf-8");
        String local = "/" + iri.getURI().substring(base.length());
        StringBuilder links = new StringBuilder();
        for (Representation alt : Representation.values()) {
            if (!links.isEmpty()) {
                links.append(", ");
            }
            links.append('<').append(local).append('.').append(alt.extension())
                    .append(">; rel=\"alternate\"; type=\"").append(alt.mediaType()).append('"');
        }
        resp.setHeader("Link", links.toString());
        OutputStream out = resp.getOutputStream();
        if (r == Representation.HTML) {
            out.write(pages.render(iri, description).getBytes(StandardCharsets.UTF_8));
        } else {
            description.getPrefixMapping().setNsPrefixes(prefixes);
            RDFWriter.source(description).format(r.format()).output(out);
        }
    }
}

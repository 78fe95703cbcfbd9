package org.publd.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.publd.mapping.IriScheme;

/**
 * Dereferences the IRIs under the base: {@code GET /pubmed/1} answers with the resource
 * {@code base + "pubmed/1"} in the representation the {@code Accept} header prefers (with
 * {@code Vary: Accept}), {@code GET /pubmed/1.ttl} in the one its extension names. Unknown resources
 * get 404, unacceptable {@code Accept} headers 406 naming the types on offer.
 *
 * <p>Served directly rather than by a 303 to a document URL: one round trip, and the extension
 * URLs give each representation its own address for links and caches.
 *
 * <p>Long lists are cut alike in every representation ({@link Paging}).
 *
 * <p>Every answer has an {@code ETag} (a hash of the body), and {@code If-None-Match} with it gets 304.
 * Rendered answers are kept in a {@link ResponseCache} until the data changes.
 */
public final class LinkedDataServlet extends HttpServlet {
    private static final Conneg CONNEG = new Conneg(Representation.values());

    private final String base;
    private final IriScheme iris;
    private final Describer describer;
    private final PageRenderer pages;
    private final PrefixMapping prefixes;
    private final ResponseCache cache;
    // Renders run at most one a core, first come first served: under many clients, queueing beats
    // sharing the cores between all of them, which stretches every answer and the slowest most.
    private final Semaphore rendering = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    /**
     * @param base      the base IRI, ending with {@code /}
     * @param describer where descriptions come from
     * @param pages     renders HTML
     * @param prefixes  declared in Turtle, JSON-LD and RDF/XML output
     * @param cache     keeps rendered answers
     */
    public LinkedDataServlet(String base, Describer describer, PageRenderer pages, PrefixMapping prefixes,
                             ResponseCache cache) {
        this.base = base;
        this.iris = new IriScheme(base);
        this.describer = describer;
        this.pages = pages;
        this.prefixes = prefixes;
        this.cache = cache;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String raw = req.getRequestURI();
        if (raw.length() > 1 && raw.endsWith("/") && !raw.replace("/", "").isEmpty()) {
            // No resource ends with a slash: /pubmed/1/ is a typo for /pubmed/1.
            String target = raw.replaceAll("/+$", "");
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", req.getQueryString() == null ? target : target + "?" + req.getQueryString());
            return;
        }
        ResourcePath path;
        try {
            path = ResourcePath.parse(req.getRequestURI());
        } catch (ResourcePath.Invalid e) {
            PlainResponse.send(req, resp, e.status(), e.getMessage());
            return;
        }
        Optional<Representation> byExtension = path.requested();
        if (byExtension.isPresent()) {
            Node iri = iri(path.stripped());
            ResponseCache.Rendered r = rendered(iri, byExtension.get());
            if (r != null) {
                send(req, resp, iri, r, byExtension.get());
                return;
            }
        }
        Node iri = iri(path.path());
        resp.addHeader("Vary", "Accept");
        Optional<Representation> chosen = CONNEG.choose(req.getHeader("Accept"));
        ResponseCache.Rendered r = chosen.isPresent() ? rendered(iri, chosen.get()) : null;
        if (r == null) {
            // 404 before 406: a client asking for an unknown resource in an odd type learns it is unknown.
            if (chosen.isEmpty() && describer.describe(iri).isPresent()) {
                PlainResponse.send(req, resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                        "Not acceptable. Available: " + String.join(", ", CONNEG.mediaTypes()));
            } else {
                PlainResponse.send(req, resp, HttpServletResponse.SC_NOT_FOUND, "Not found: no data about " + iri.getURI());
            }
            return;
        }
        resp.setHeader("Content-Location", "/" + path.path() + "." + chosen.get().extension());
        send(req, resp, iri, r, chosen.get());
    }

    /** The answer for {@code iri} in {@code r}, kept or rendered now; {@code null} when nothing is known of it. */
    private ResponseCache.Rendered rendered(Node iri, Representation r) {
        ResponseCache.Rendered kept = cache.get(iri.getURI(), r);
        if (kept != null) {
            return kept;
        }
        long version = cache.version();
        byte[] body;
        rendering.acquireUninterruptibly();
        try {
            Optional<Graph> description = describer.describe(iri);
            if (description.isEmpty()) {
                return null;
            }
            body = render(iri, Paging.page(iri, description.get()), r);
        } finally {
            rendering.release();
        }
        ResponseCache.Rendered rendered = new ResponseCache.Rendered(body, etag(body));
        cache.put(iri.getURI(), r, rendered, version);
        return rendered;
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }

    private byte[] render(Node iri, Paging.Paged paged, Representation r) {
        Graph description = paged.graph();
        if (r == Representation.HTML) {
            return pages.render(iri, description, paged.cuts()).getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        if (r.keepsGraphs()) {
            DatasetGraph quads = quads(iri, description);
            quads.prefixes().putAll(PrefixMapFactory.create(prefixes));
            RDFWriter.source(quads).format(r.format()).output(out);
        } else {
            description.getPrefixMapping().setNsPrefixes(prefixes);
            RDFWriter.source(description).format(r.format()).output(out);
        }
        return out.toByteArray();
    }

    /**
     * What TriG and N-Quads give: for a record graph and for the work of a record, the record's graph,
     * named; for anything else, its description in the default graph.
     */
    private DatasetGraph quads(Node iri, Graph description) {
        Optional<Node> record = iris.space(iri) == IriScheme.Space.RECORD_GRAPH ? Optional.of(iri)
                : iris.pmidOf(iri).map(iris::graph);
        Optional<Graph> content = record.flatMap(g -> g.equals(iri) ? Optional.of(description) : describer.describe(g));
        if (content.isEmpty()) {
            return DatasetGraphFactory.wrap(description);
        }
        DatasetGraph ds = DatasetGraphFactory.create();
        ds.addGraph(record.get(), content.get());
        return ds;
    }

    private void send(HttpServletRequest req, HttpServletResponse resp, Node iri, ResponseCache.Rendered rendered,
                      Representation r) throws IOException {
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
        resp.setHeader("ETag", rendered.etag());
        if (matches(req.getHeader("If-None-Match"), rendered.etag())) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(CONNEG.mediaType(req.getHeader("Accept"), r) + ";charset=utf-8");
        resp.setContentLength(rendered.body().length);
        OutputStream out = resp.getOutputStream();
        out.write(rendered.body());
    }

    /** Whether an {@code If-None-Match} header names {@code etag}, by weak comparison (RFC 9110 §13.1.2). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** A strong entity tag: the first 64 bits of the body's SHA-256, quoted. */
    public static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}

package org.publd.server.tpf;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.publd.mapping.output.OutputFormat;
import org.publd.server.html.FragmentPage;
import org.publd.server.ld.Conneg;
import org.publd.server.ld.LinkedDataServlet;
import org.publd.server.ld.PlainResponse;

/**
 * {@code /fragments?subject=&predicate=&object=&graph=&page=}: a page of a Triple Pattern Fragment as
 * TriG (the controls in their own graph, as Comunica prefers), Turtle or N-Triples (controls and data in
 * one graph), JSON-LD, or HTML with a form for the pattern. Answers carry an {@code ETag} and may be
 * cached for a minute ({@code Cache-Control}); {@code If-None-Match} gets 304.
 */
public final class FragmentServlet extends HttpServlet {
    /** Where fragments are served. */
    public static final String PATH = "/fragments";
    private static final String HTML = "text/html";
    private static final List<OutputFormat> RDF_FORMATS = List.of(OutputFormat.TRIG, OutputFormat.TURTLE,
            OutputFormat.NTRIPLES, OutputFormat.JSONLD);
    private static final List<String> OFFERS = offers();
    static final String CACHE_CONTROL = "public, max-age=60";

    private final FragmentReader reader;

    /**
     * @param dsg        the dataset (its default graph the union of its graphs)
     * @param allTriples the default graph's size, from the statistics
     * @param timeout    how long reading a page may take, as a query
     */
    public FragmentServlet(DatasetGraph dsg, LongSupplier allTriples, Duration timeout) {
        this.reader = new FragmentReader(dsg, allTriples, timeout);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        TriplePattern pattern;
        long page;
        try {
            pattern = new TriplePattern(TermSyntax.parse(req.getParameter("subject")), TermSyntax.parse(req.getParameter("predicate")),
                    TermSyntax.parse(req.getParameter("object")), TermSyntax.parse(req.getParameter("graph")));
            page = page(req.getParameter("page"));
        } catch (IllegalArgumentException e) {
            PlainResponse.send(req, resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        String format = req.getParameter("format");
        String chosen = format != null ? byName(format) : Conneg.choose(req.getHeader("Accept"), OFFERS).orElse(null);
        if (chosen == null) {
            PlainResponse.send(req, resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Fragments come as " + String.join(", ", OFFERS)
                    + " (or format=html, trig, turtle, ntriples, jsonld).");
            return;
        }
        String url = req.getRequestURL().toString();
        String pageUrl = req.getQueryString() == null ? url : url + "?" + req.getQueryString();
        FragmentDocument.Address address = new FragmentDocument.Address(url, pageUrl, pattern, page);
        FragmentReader.Page p;
        try {
            p = reader.read(pattern, page);
        } catch (FragmentReader.TooDeep e) {
            PlainResponse.send(req, resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
            return;
        }
        byte[] body = render(chosen, address, p);
        String etag = LinkedDataServlet.etag(body);
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Cache-Control", CACHE_CONTROL);
        resp.setHeader("ETag", etag);
        if (LinkedDataServlet.matches(req.getHeader("If-None-Match"), etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(chosen + ";charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static byte[] render(String mediaType, FragmentDocument.Address address, FragmentReader.Page p) {
        DatasetGraph doc = FragmentDocument.build(address, p);
        if (HTML.equals(mediaType)) {
            List<String[]> rows = p.quads().stream().map(q -> new String[] {TermSyntax.format(q.getSubject()),
                    TermSyntax.format(q.getPredicate()), TermSyntax.format(q.getObject()),
                    q.isDefaultGraph() ? "" : TermSyntax.format(q.getGraph())}).toList();
            List<String[]> formats = RDF_FORMATS.stream().map(f -> new String[] {f.label(), withFormat(address, f.extension())}).toList();
            FragmentPage.Links links = new FragmentPage.Links(address.collection(),
                    address.page() > 1 ? address.page(address.page() - 1) : null,
                    p.hasNext() ? address.page(address.page() + 1) : null, formats);
            return FragmentPage.render(terms(address.pattern()), rows, p.estimate(), p.exact(), address.page(), links)
                    .getBytes(StandardCharsets.UTF_8);
        }
        OutputFormat f = RDF_FORMATS.stream().filter(o -> o.mediaType().equals(mediaType)).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
        if (f.keepsGraphs()) {
            RDFWriter.source(doc).format(f.pretty()).output(out);
        } else {
            // Triple syntaxes have no graphs: controls and data share the one graph.
            Graph g = GraphFactory.createDefaultGraph();
            doc.find().forEachRemaining(q -> g.add(q.asTriple()));
            g.getPrefixMapping().setNsPrefixes(doc.prefixes().getMapping());
            RDFWriter.source(g).format(f.pretty()).output(out);
        }
        return out.toByteArray();
    }

    private static String[] terms(TriplePattern p) {
        return new String[] {TermSyntax.format(p.subject()), TermSyntax.format(p.predicate()), TermSyntax.format(p.object()),
                TermSyntax.format(p.graph())};
    }

    private static String withFormat(FragmentDocument.Address address, String format) {
        String url = address.page(address.page());
        return url + (url.indexOf('?') < 0 ? '?' : '&') + "format=" + format;
    }

    private static long page(String text) {
        if (text == null) {
            return 1;
        }
        try {
            long n = Long.parseLong(text);
            if (n >= 1 && n <= Long.MAX_VALUE / FragmentReader.PAGE_SIZE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new IllegalArgumentException("Not a page number: " + text + " (pages count from 1)");
    }

    private static String byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("html")) {
            return HTML;
        }
        return RDF_FORMATS.stream().filter(f -> f.extension().equals(n) || f.cliName().equals(n)).findFirst()
                .map(OutputFormat::mediaType).orElse(null);
    }

    private static List<String> offers() {
        List<String> types = new ArrayList<>();
        types.add(HTML);
        RDF_FORMATS.forEach(f -> types.add(f.mediaType()));
        return List.copyOf(types);
    }

    /** The template of the search form of the fragments at {@code collection} ({@code http://host/fragments}). */
    public static String template(String collection) {
        return FragmentDocument.template(collection);
    }
}

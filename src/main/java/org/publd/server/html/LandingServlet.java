package org.publd.server.html;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.publd.server.read.Statistics;
import org.publd.server.ld.PlainResponse;

/** The home page {@code /}: what the dataset holds, where to start reading, and how to query it. */
public final class LandingServlet extends HttpServlet {
    /** A record to start reading at: its path under the base (no leading slash) and its title. */
    public record Sample(String path, String label) {
    }

    private final Supplier<Statistics> statistics;
    private final Supplier<List<Sample>> sampleRecords;

    /**
     * @param statistics    counts of the dataset
     * @param sampleRecords a few records to start from
     */
    public LandingServlet(Supplier<Statistics> statistics, Supplier<List<Sample>> sampleRecords) {
        this.statistics = statistics;
        this.sampleRecords = sampleRecords;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/".equals(req.getRequestURI())) {
            PlainResponse.send(req, resp, HttpServletResponse.SC_NOT_FOUND, "Not found.");
            return;
        }
        Statistics s = statistics.get();
        HtmlBuilder h = new HtmlBuilder();
        PageLayout.open(h, "PubMed records as Linked Data", null);
        h.element("h1", null, "PubMed records as Linked Data")
                .raw("<p>Every record is a resource with its own address, described with Dublin Core, FaBiO and CiTO. ")
                .raw("Ask for HTML, Turtle, JSON-LD, N-Triples or RDF/XML, or add the extension to the address.</p>");
        h.element("h2", null, "Dataset").raw("<table class=\"props\">");
        row(h, "Records", s.figures().records());
        row(h, "Triples", s.figures().triples());
        row(h, "Entities", s.entities());
        h.raw("</table><p>").link("/void", "VoID description").raw(" · ").link("/dump.nq.gz", "Download (N-Quads, gzip)")
                .raw(" · ").link("/ns", "PubLD vocabulary").raw("</p>");
        List<Sample> samples = sampleRecords.get();
        if (!samples.isEmpty()) {
            h.element("h2", null, "Start reading").raw("<ul class=\"plain\">");
            for (Sample sample : samples) {
                h.raw("<li>").link("/" + sample.path(), sample.label()).raw("</li>");
            }
            h.raw("</ul>");
        }
        h.element("h2", null, "Query").raw("<p>SPARQL 1.1 endpoint: <code>/ds/sparql</code> (GET or POST). ")
                .link("/sparql", "Open the query editor").raw(".</p>");
        h.raw("<p>").link("/api/v1/", "REST API").raw(" (citations and metadata in OpenCitations' shape, JSON or CSV) · ")
                .link("/fragments", "Triple Pattern Fragments").raw(" (for Linked Data Fragments clients such as Comunica)</p>");
        for (ExampleQueries.Example e : ExampleQueries.ALL) {
            String q = URLEncoder.encode(e.query(), StandardCharsets.UTF_8);
            h.raw("<h3>").text(e.title()).raw("</h3><pre>").text(e.query()).raw("</pre><p class=\"meta\">")
                    .link("/sparql?query=" + q, "Edit and run").raw(" · ")
                    .link("/ds/sparql?query=" + q, "Results (JSON)").raw("</p>");
        }
        PageLayout.close(h);
        resp.setContentType("text/html;charset=utf-8");
        resp.getOutputStream().write(h.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void row(HtmlBuilder h, String name, long value) {
        h.raw("<tr><th>").text(name).raw("</th><td>").text(String.format("%,d", value)).raw("</td></tr>");
    }
}

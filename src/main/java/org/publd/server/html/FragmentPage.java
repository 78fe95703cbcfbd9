package org.publd.server.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The HTML view of a Triple Pattern Fragment: a form to fill in the pattern, the page's triples (each
 * term a link to the fragment of the triples with it as subject, or as object for a literal) and the
 * links to the other pages and formats.
 */
public final class FragmentPage {
    private static final String[] FIELDS = {"subject", "predicate", "object", "graph"};
    private static final String FORM_STYLE = ApiDocsPage.NARROW_STYLE
            + "<style>form.tpf label{display:flex;gap:.6rem;align-items:baseline;margin:.3rem 0}"
            + "form.tpf label span{width:5.5rem;color:var(--muted)}"
            + "form.tpf input{flex:1;min-width:0;font:inherit;padding:.25rem .4rem}"
            + "form.tpf button{margin:.4rem 0 0 6.1rem;font:inherit;padding:.25rem 1rem}</style>";

    /**
     * Where the page links to.
     *
     * @param collection the interface's address ({@code /fragments})
     * @param previous   the previous page's address, or null
     * @param next       the next page's address, or null
     * @param formats    each other format's label and address
     */
    public record Links(String collection, String previous, String next, List<String[]> formats) {
    }

    private FragmentPage() {
    }

    /**
     * @param pattern  the pattern's subject, predicate, object and graph as written in addresses ("" for any)
     * @param rows     the page's triples (a fourth term, the graph, when not the default graph)
     * @param estimate the fragment's size, exact or at least
     * @param exact    whether {@code estimate} is exact
     * @param page     the page's number
     * @param links    where to go from here
     */
    public static String render(String[] pattern, List<String[]> rows, long estimate, boolean exact, long page, Links links) {
        HtmlBuilder h = new HtmlBuilder();
        PageLayout.open(h, "Triple Pattern Fragments", FORM_STYLE);
        h.element("h1", null, "Triple Pattern Fragments");
        h.raw("<p>The triples that match a pattern, 100 a page, for Linked Data Fragments clients such as Comunica. ")
                .raw("Leave a field empty for any term; write a literal as <code>\"text\"</code>, <code>\"text\"@en</code> or ")
                .raw("<code>\"5\"^^http://www.w3.org/2001/XMLSchema#integer</code>.</p>");
        h.raw("<form class=\"tpf\" method=\"get\"").attr("action", links.collection()).raw(">");
        for (int i = 0; i < FIELDS.length; i++) {
            h.raw("<label><span>").text(FIELDS[i]).raw("</span><input type=\"text\"").attr("name", FIELDS[i])
                    .attr("value", pattern[i]).raw("></label>");
        }
        h.raw("<button type=\"submit\">Find</button></form>");
        h.raw("<p class=\"meta\">").text(String.format("%s%,d triples · page %,d", exact ? "" : "at least ", estimate, page));
        if (links.previous() != null) {
            h.raw(" · ").link(links.previous(), "previous");
        }
        if (links.next() != null) {
            h.raw(" · ").link(links.next(), "next");
        }
        h.raw(" · ");
        for (String[] f : links.formats()) {
            h.link(f[1], f[0]).raw(" ");
        }
        h.raw("</p><table class=\"props tpf\">");
        for (String[] row : rows) {
            h.raw("<tr>");
            for (int i = 0; i < row.length && i < 3; i++) {
                h.raw("<td class=\"iri\">");
                term(h, links.collection(), row[i]);
                h.raw("</td>");
            }
            h.raw("</tr>");
        }
        h.raw("</table>");
        PageLayout.close(h);
        return h.toString();
    }

    private static void term(HtmlBuilder h, String collection, String term) {
        String field = term.startsWith("\"") ? "object" : "subject";
        h.link(collection + "?" + field + "=" + URLEncoder.encode(term, StandardCharsets.UTF_8).replace("+", "%20"), term);
    }
}

package org.publd.server.html;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.publd.mapping.IriScheme;
import org.publd.server.ld.PlainResponse;
import org.publd.server.read.ReadStore;
import org.publd.server.search.FoundWork;
import org.publd.server.search.WorkSearch;

/**
 * The search page {@code /search?q=WORDS}: the works whose title, abstract, authors, journal or MeSH
 * headings match, by relevance ({@code sort=relevance}, the default) or newest first ({@code sort=date}),
 * a page at a time ({@code page=N}).
 */
public final class SearchServlet extends HttpServlet {
    private final ReadStore store;
    private final boolean searchable;
    private final IriScheme iris;

    /** @param searchable whether the store has a text index ({@link WorkSearch#available}) */
    public SearchServlet(ReadStore store, boolean searchable, String base) {
        this.store = store;
        this.searchable = searchable;
        this.iris = new IriScheme(base);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String words = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        WorkSearch.Order order = "date".equals(req.getParameter("sort")) ? WorkSearch.Order.DATE : WorkSearch.Order.RELEVANCE;
        int page = WorkListHtml.pageNumber(req);
        if (page == 0) {
            PlainResponse.send(req, resp, HttpServletResponse.SC_BAD_REQUEST, "page must be a number from 1.");
            return;
        }
        if (!searchable) {
            PlainResponse.send(req, resp, HttpServletResponse.SC_NOT_IMPLEMENTED,
                    "Search needs a local database (publd serve --db DIR, or without --db): this server has no text index.");
            return;
        }
        List<FoundWork> found;
        try {
            found = words.isEmpty() ? List.of() : new WorkSearch(store).find(words, order);
        } catch (WorkSearch.BadQuery e) {
            PlainResponse.send(req, resp, HttpServletResponse.SC_BAD_REQUEST,
                    "Cannot read the search words: " + e.getMessage() + " (quote a phrase with \"...\" and close it).");
            return;
        }
        if (!WorkListHtml.exists(found, page)) {
            PlainResponse.send(req, resp, HttpServletResponse.SC_NOT_FOUND, "There is no page " + page + " of these results.");
            return;
        }
        HtmlBuilder h = new HtmlBuilder();
        PageLayout.open(h, words.isEmpty() ? "Search" : "Search: " + words, WorkListHtml.STYLE);
        h.element("h1", null, words.isEmpty() ? "Search" : "Search results");
        form(h, words, order);
        if (!words.isEmpty()) {
            summary(h, words, order, found.size());
            Map<String, String> params = new TreeMap<>(Map.of("q", words));
            if (order == WorkSearch.Order.DATE) {
                params.put("sort", "date");
            }
            WorkListHtml.write(h, store, iris, path(), params, found, page);
        } else {
            h.raw("<p class=\"meta\">Search titles, abstracts, author names, journal names and MeSH headings. ")
                    .raw("Several words find works with any of them, those with more first; ")
                    .raw("<code>\"a phrase\"</code>, <code>AND</code>, <code>OR</code>, <code>NOT</code> and ")
                    .raw("<code>prefix*</code> work as in Lucene. The same search is <code>text:query</code> in ")
                    .link("/sparql", "SPARQL").raw(".</p>");
        }
        PageLayout.close(h);
        WorkListHtml.send(resp, h);
    }

    private String path() {
        return WorkListHtml.href(iris, iris.search());
    }

    private void form(HtmlBuilder h, String words, WorkSearch.Order order) {
        h.raw("<form class=\"find\" role=\"search\"").attr("action", path()).raw(">")
                .raw("<input type=\"search\" name=\"q\" aria-label=\"Search words\"").attr("value", words).raw(">")
                .raw("<select name=\"sort\" aria-label=\"Order\">")
                .raw("<option value=\"relevance\"").raw(order == WorkSearch.Order.RELEVANCE ? " selected" : "").raw(">Most relevant</option>")
                .raw("<option value=\"date\"").raw(order == WorkSearch.Order.DATE ? " selected" : "").raw(">Newest</option>")
                .raw("</select><button type=\"submit\">Search</button></form>");
    }

    private void summary(HtmlBuilder h, String words, WorkSearch.Order order, int count) {
        h.raw("<p class=\"meta\">").text(String.format(Locale.ROOT, "%,d %s", count, count == 1 ? "work" : "works"))
                .raw(" for “").text(words).raw("” · sorted by ");
        String other = order == WorkSearch.Order.DATE ? "relevance" : "date";
        h.text(order == WorkSearch.Order.DATE ? "date" : "relevance").raw(" (")
                .link(WorkListHtml.query(path(), new TreeMap<>(Map.of("q", words, "sort", other))), "sort by " + other)
                .raw(")</p>");
    }
}

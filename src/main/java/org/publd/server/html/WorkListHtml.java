package org.publd.server.html;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.publd.mapping.IriScheme;
import org.publd.server.read.ReadStore;
import org.publd.server.search.FoundWork;
import org.publd.server.search.WorkSummary;

/**
 * A page of a list of works, as search results and browse pages show them: title, authors, journal
 * and year of each, the journal and year linking to their own lists, and links to the other pages.
 */
final class WorkListHtml {
    /** Works on a page. */
    static final int PAGE_SIZE = 20;
    /** Authors named before "et al.". */
    private static final int AUTHORS_SHOWN = 3;

    /** The style of lists and of the search form, for {@link PageLayout#open}'s extra head. */
    static final String STYLE = """
            <style>
            form.find{display:flex;flex-wrap:wrap;gap:.5rem;margin:.4rem 0 1rem}
            form.find input{flex:1 1 14rem;width:auto}
            form.find select,form.find button{font:inherit}
            ol.works{padding-left:2rem}
            ol.works li{margin:0 0 .9rem}
            ol.works .title{font-weight:600}
            .badge{font-size:.75rem;background:var(--soft);border:1px solid #b8c7dd;border-radius:1rem;padding:0 .5rem;white-space:nowrap}
            nav.pager{display:flex;gap:1rem;justify-content:center;margin:1.2rem 0}
            </style>""";

    private WorkListHtml() {
    }

    /** The 1-based page number the request asks for ({@code ?page=}), or 0 when it is not one. */
    static int pageNumber(HttpServletRequest req) {
        String p = req.getParameter("page");
        if (p == null || p.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(p);
            return n >= 1 ? n : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether page {@code page} of {@code found} exists; the first always does. */
    static boolean exists(List<FoundWork> found, int page) {
        return page == 1 || page >= 1 && (long) (page - 1) * PAGE_SIZE < found.size();
    }

    /**
     * Writes page {@code page} of {@code found} as an ordered list, with the pager.
     *
     * @param params the request parameters the page's own address keeps (the search words...), in order
     */
    static void write(HtmlBuilder h, ReadStore store, IriScheme iris, String path, Map<String, String> params,
                      List<FoundWork> found, int page) {
        int from = (page - 1) * PAGE_SIZE;
        List<FoundWork> shown = found.subList(Math.min(from, found.size()), Math.min(from + PAGE_SIZE, found.size()));
        List<WorkSummary> summaries = store.snapshot(() -> shown.stream().map(f -> WorkSummary.of(store, f.work())).toList());
        h.raw("<ol class=\"works\"").attr("start", Integer.toString(from + 1)).raw(">");
        for (int i = 0; i < shown.size(); i++) {
            item(h, iris, summaries.get(i), shown.get(i).major());
        }
        h.raw("</ol>");
        pager(h, path, params, page, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private static void item(HtmlBuilder h, IriScheme iris, WorkSummary s, boolean major) {
        h.raw("<li><a class=\"title\"").attr("href", href(iris, s.work())).raw(">")
                .text(s.title().isEmpty() ? "PMID " + s.work().getURI().substring(s.work().getURI().lastIndexOf('/') + 1)
                        : s.title())
                .raw("</a>");
        if (major) {
            h.raw(" <span class=\"badge\">major topic</span>");
        }
        if (!s.authors().isEmpty()) {
            List<String> named = s.authors().subList(0, Math.min(AUTHORS_SHOWN, s.authors().size()));
            h.element("div", "authors", String.join(", ", named) + (s.authors().size() > AUTHORS_SHOWN ? ", et al." : ""));
        }
        h.raw("<div class=\"meta\">");
        if (s.journal() != null && !s.journalName().isEmpty()) {
            h.raw("<em>").link(href(iris, iris.browse(s.journal())), s.journalName()).raw("</em>");
        } else if (!s.journalName().isEmpty()) {
            h.element("em", null, s.journalName());
        }
        if (!s.year().isEmpty()) {
            h.raw(s.journalName().isEmpty() ? "" : " · ").link(href(iris, iris.browseYear(s.year())), s.year());
        }
        h.raw("</div></li>");
    }

    private static void pager(HtmlBuilder h, String path, Map<String, String> params, int page, int pages) {
        if (pages <= 1) {
            return;
        }
        h.raw("<nav class=\"pager\" aria-label=\"Pages\">");
        if (page > 1) {
            h.raw("<a rel=\"prev\"").attr("href", pageHref(path, params, page - 1)).raw(">← Previous</a> ");
        }
        h.raw("<span>Page ").text(Integer.toString(page)).raw(" of ").text(Integer.toString(pages)).raw("</span>");
        if (page < pages) {
            h.raw(" <a rel=\"next\"").attr("href", pageHref(path, params, page + 1)).raw(">Next →</a>");
        }
        h.raw("</nav>");
    }

    /** The address of page {@code page} of a list at {@code path} with {@code params}. */
    static String pageHref(String path, Map<String, String> params, int page) {
        Map<String, String> all = new TreeMap<>(params);
        if (page > 1) {
            all.put("page", Integer.toString(page));
        }
        return query(path, all);
    }

    /** {@code path?name=value&...}, each part encoded. */
    static String query(String path, Map<String, String> params) {
        StringBuilder sb = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            sb.append(sep).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return sb.toString();
    }

    /** Where a link to {@code n} goes: a local path for an IRI under the base, else the IRI. */
    static String href(IriScheme iris, Node n) {
        String iri = n.getURI();
        return iri.startsWith(iris.base()) ? "/" + iri.substring(iris.base().length()) : iri;
    }

    /** Sends a finished page. */
    static void send(HttpServletResponse resp, HtmlBuilder h) throws IOException {
        resp.setContentType("text/html;charset=utf-8");
        resp.getOutputStream().write(h.toString().getBytes(StandardCharsets.UTF_8));
    }
}

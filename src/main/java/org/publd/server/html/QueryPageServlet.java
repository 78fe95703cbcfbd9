package org.publd.server.html;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The SPARQL query page {@code /sparql}: YASGUI (served from its webjar under {@code /yasgui/}) pointed at
 * this server's {@code /ds/sparql}. The endpoint is made absolute from the request, so the page works
 * behind whatever host name it is reached by.
 */
public final class QueryPageServlet extends HttpServlet {
    /**
     * The page's one inline script: the server's Content-Security-Policy allows it by its hash. YASGUI
     * reads answers with {@code fetch} and shows no headers, so the script watches {@code fetch} for the
     * header that says an answer was cut at the row cap, and says so above the results.
     */
    public static final String SCRIPT = "const endpoint = new URL('/ds/sparql', window.location.href).href;"
            + "const note = document.getElementById('truncated');"
            + "const fetchAnswer = window.fetch.bind(window);"
            + "window.fetch = async (...args) => { const r = await fetchAnswer(...args);"
            + " if (String(args[0]).startsWith(endpoint)) { const cap = r.headers.get('X-PubLD-Truncated');"
            + " note.hidden = !cap; note.textContent = cap ? 'Only the first ' + cap + ' rows: the server cuts"
            + " anonymous answers there. Add a LIMIT and OFFSET to page through the rest.' : ''; }"
            + " return r; };"
            + "new Yasgui(document.getElementById('yasgui'), {requestConfig: {endpoint: endpoint, method: 'POST'},"
            + " copyEndpointOnNewTab: false, endpointCatalogueOptions: {getData: () => [{endpoint: endpoint}]}});";

    /** YASR's row numbers get room for their digits, rather than an ellipsis after the first ("1.."). */
    private static final String STYLE = "<style>.yasr .dataTable td>div.rowNumber{overflow:visible!important;"
            + "text-overflow:clip!important;white-space:nowrap}"
            + ".yasr .dataTable td:first-child,.yasr .dataTable th:first-child{min-width:3.2em;width:3.2em}"
            + "p.note{background:#fff6db;border:1px solid #ecd68a;border-radius:4px;padding:.5rem .8rem}</style>";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HtmlBuilder h = new HtmlBuilder();
        PageLayout.open(h, "SPARQL query",
                "<link rel=\"stylesheet\" href=\"/yasgui/build/yasgui.min.css\">"
                        + "<script src=\"/yasgui/build/yasgui.min.js\"></script>" + STYLE);
        h.element("h1", null, "SPARQL query").raw("<p id=\"truncated\" class=\"note\" hidden></p><div id=\"yasgui\"></div>")
                .raw("<script>").raw(SCRIPT).raw("</script>");
        PageLayout.close(h);
        resp.setContentType("text/html;charset=utf-8");
        resp.getOutputStream().write(h.toString().getBytes(StandardCharsets.UTF_8));
    }
}

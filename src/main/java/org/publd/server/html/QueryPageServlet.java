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
    /** The page's one inline script: the server's Content-Security-Policy allows it by its hash. */
    public static final String SCRIPT = "const endpoint = new URL('/ds/sparql', window.location.href).href;"
            + "new Yasgui(document.getElementById('yasgui'), {requestConfig: {endpoint: endpoint, method: 'POST'},"
            + " copyEndpointOnNewTab: false, endpointCatalogueOptions: {getData: () => [{endpoint: endpoint}]}});";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HtmlBuilder h = new HtmlBuilder();
        PageLayout.open(h, "SPARQL query",
                "<link rel=\"stylesheet\" href=\"/yasgui/build/yasgui.min.css\">"
                        + "<script src=\"/yasgui/build/yasgui.min.js\"></script>");
        h.element("h1", null, "SPARQL query").raw("<div id=\"yasgui\"></div>")
                .raw("<script>").raw(SCRIPT).raw("</script>");
        PageLayout.close(h);
        resp.setContentType("text/html;charset=utf-8");
        resp.getOutputStream().write(h.toString().getBytes(StandardCharsets.UTF_8));
    }
}

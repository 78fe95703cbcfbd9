package org.publd.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.publd.server.ld.PlainResponse;

/** {@code /dump.nq.gz} of a server that reads a SPARQL endpoint: the store's own dump is where to look. */
final class NoDumpServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PlainResponse.send(req, resp, HttpServletResponse.SC_NOT_FOUND,
                "No dump here: this server reads its data from a SPARQL endpoint. Query it at /ds/sparql.");
    }
}

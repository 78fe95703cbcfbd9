package org.publd.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.publd.server.ld.PlainResponse;

/**
 * The bundled example files at {@code /examples/NAME}, as the provenance of the example records names
 * them ({@code prov:wasDerivedFrom}). Only the files the example index lists are served.
 */
final class ExampleServlet extends HttpServlet {
    private final Set<String> names = Set.copyOf(ExampleData.names());

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String name = path == null ? "" : path.substring(1);
        try (InputStream in = names.contains(name)
                ? ExampleServlet.class.getClassLoader().getResourceAsStream(ExampleData.PATH + name) : null) {
            if (in == null) {
                PlainResponse.send(req, resp, HttpServletResponse.SC_NOT_FOUND, "Not found: no example file " + name);
                return;
            }
            resp.setContentType((name.endsWith(".xml") ? "application/xml" : "text/plain") + ";charset=utf-8");
            in.transferTo(resp.getOutputStream());
        }
    }
}

package org.publd.server.html;

import java.net.URL;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;

/**
 * Serves the YASGUI webjar's files under {@code /yasgui/*}. The base is the version directory: the
 * jar has no entry for its {@code build/} directory, so that cannot be the base.
 */
public final class YasguiServlet extends ResourceServlet {
    private static final String WEBJAR = "META-INF/resources/webjars/zazuko__yasgui/4.5.0/";

    @Override
    public String getInitParameter(String name) {
        return switch (name) {
            case "baseResource" -> webjar().toExternalForm();
            case "pathInfoOnly" -> "true";
            case "dirAllowed" -> "false";
            default -> super.getInitParameter(name);
        };
    }

    private static URL webjar() {
        URL url = YasguiServlet.class.getClassLoader().getResource(WEBJAR);
        if (url == null) {
            throw new IllegalStateException("YASGUI webjar missing from the classpath: " + WEBJAR);
        }
        return url;
    }
}

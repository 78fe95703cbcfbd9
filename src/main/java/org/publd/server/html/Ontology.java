package org.publd.server.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** PubLD's ontology, {@code ontology/publd.ttl} on the classpath: served at {@code B ns}, and the labels of its terms. */
public final class Ontology {
    private static final String RESOURCE = "ontology/publd.ttl";

    private Ontology() {
    }

    /** A new graph holding the ontology, with its prefixes. */
    public static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }
}

package org.publd.mapping.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** W3C PROV-O: the terms PubLD emits. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final String PREFIX = "prov";

    public static final Node Entity = term("Entity");
    public static final Node SoftwareAgent = term("SoftwareAgent");
    public static final Node wasDerivedFrom = term("wasDerivedFrom");
    public static final Node generatedAtTime = term("generatedAtTime");
    public static final Node wasAttributedTo = term("wasAttributedTo");

    private PROV() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}

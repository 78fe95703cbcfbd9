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
    /** The terms below are written by {@code publd sync}, not by the record mapper. */
    public static final Node Activity = term("Activity");
    public static final Node used = term("used");
    public static final Node startedAtTime = term("startedAtTime");
    public static final Node endedAtTime = term("endedAtTime");
    public static final Node wasAssociatedWith = term("wasAssociatedWith");

    private PROV() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}

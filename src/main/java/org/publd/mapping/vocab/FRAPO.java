package org.publd.mapping.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** FRAPO, the Funding, Research Administration and Projects Ontology: the terms PubLD emits. */
public final class FRAPO {
    public static final String NS = "http://purl.org/cerif/frapo/";
    public static final String PREFIX = "frapo";

    public static final Node Grant = term("Grant");
    public static final Node FundingAgency = term("FundingAgency");
    public static final Node isFundedBy = term("isFundedBy");
    public static final Node hasGrantNumber = term("hasGrantNumber");
    public static final Node isAwardedBy = term("isAwardedBy");

    private FRAPO() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}

package org.publd.mapping.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** PRISM basic 2.0: the terms PubLD emits. */
public final class PRISM {
    public static final String NS = "http://prismstandard.org/namespaces/basic/2.0/";
    public static final String PREFIX = "prism";

    public static final Node doi = term("doi");
    public static final Node volume = term("volume");
    public static final Node issueIdentifier = term("issueIdentifier");
    public static final Node pageRange = term("pageRange");
    public static final Node startingPage = term("startingPage");
    public static final Node endingPage = term("endingPage");
    public static final Node publicationName = term("publicationName");
    public static final Node keyword = term("keyword");
    public static final Node issn = term("issn");
    public static final Node eIssn = term("eIssn");
    public static final Node isbn = term("isbn");

    private PRISM() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}

package org.publd.mapping.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** PubLD's own terms, defined in {@code ontology/publd.ttl}. */
public final class PUBLD {
    public static final String NS = "https://w3id.org/publd/ns#";
    public static final String PREFIX = "publd";

    public static final Node dateText = term("dateText");
    public static final Node substance = term("substance");
    public static final Node authorPosition = term("authorPosition");
    public static final Node affiliation = term("affiliation");
    public static final Node country = term("country");
    public static final Node similarTo = term("similarTo");
    public static final Node expressesConcernAbout = term("expressesConcernAbout");
    public static final Node meshHeadingText = term("meshHeadingText");
    public static final Node substanceName = term("substanceName");
    public static final Node publicationTypeName = term("publicationTypeName");
    public static final Node freePmcArticle = term("freePmcArticle");
    public static final Node noAbstractAvailable = term("noAbstractAvailable");
    public static final Node pmidVersion = term("pmidVersion");
    /** Written by {@code publd link wikidata}, not by the record mapper. */
    public static final Node wikidataCheckedAt = term("wikidataCheckedAt");
    /** Written by {@code publd sync} into its graph, not by the record mapper. */
    public static final Node md5 = term("md5");
    public static final Node recordsAdded = term("recordsAdded");
    public static final Node recordsReplaced = term("recordsReplaced");
    public static final Node recordsDeleted = term("recordsDeleted");

    private PUBLD() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}

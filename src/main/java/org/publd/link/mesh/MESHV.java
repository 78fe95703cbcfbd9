package org.publd.link.mesh;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of NLM's MeSH RDF vocabulary ({@code http://id.nlm.nih.gov/mesh/vocab#}) that the name
 * index reads; see https://hhs.github.io/meshrdf/ for the model.
 */
final class MESHV {
    static final String NS = "http://id.nlm.nih.gov/mesh/vocab#";

    static final Node TopicalDescriptor = term("TopicalDescriptor");
    static final Node GeographicalDescriptor = term("GeographicalDescriptor");
    static final Node CheckTag = term("CheckTag");
    static final Node PublicationType = term("PublicationType");
    static final Node Qualifier = term("Qualifier");
    static final Node SCR_Anatomy = term("SCR_Anatomy");
    static final Node SCR_Chemical = term("SCR_Chemical");
    static final Node SCR_Disease = term("SCR_Disease");
    static final Node SCR_Organism = term("SCR_Organism");
    static final Node SCR_Population = term("SCR_Population");
    static final Node SCR_Protocol = term("SCR_Protocol");

    static final Node preferredConcept = term("preferredConcept");
    static final Node concept = term("concept");
    static final Node preferredTerm = term("preferredTerm");
    static final Node term = term("term");
    static final Node prefLabel = term("prefLabel");
    static final Node altLabel = term("altLabel");

    private MESHV() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}

package org.publd.mapping.vocab;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes of the mapping contract, for writers and for the ontology documentation. */
public final class Prefixes {
    public static final String MESH = "http://id.nlm.nih.gov/mesh/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String VOID = "http://rdfs.org/ns/void#";

    private Prefixes() {
    }

    /** A new, modifiable prefix map holding every prefix of the contract. */
    public static PrefixMap standard() {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("dcterms", DCTerms.NS);
        pm.add(CITO.PREFIX, CITO.NS);
        pm.add(FABIO.PREFIX, FABIO.NS);
        pm.add(PRISM.PREFIX, PRISM.NS);
        pm.add(FRAPO.PREFIX, FRAPO.NS);
        pm.add("foaf", FOAF);
        pm.add(PROV.PREFIX, PROV.NS);
        pm.add("void", VOID);
        pm.add("owl", OWL.NS);
        pm.add("rdfs", RDFS.uri);
        pm.add("rdf", RDF.uri);
        pm.add("xsd", XSD.NS);
        pm.add("mesh", MESH);
        pm.add(PUBLD.PREFIX, PUBLD.NS);
        return pm;
    }
}

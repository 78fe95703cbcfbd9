package org.publd.link.mesh;

/** The sorts of MeSH record a name in a PubMed record can stand for. */
public enum MeshKind {
    /** A descriptor used as a heading: topical, geographic or check tag ({@code D…}). */
    DESCRIPTOR,
    /** A qualifier (subheading) of a heading ({@code Q…}). */
    QUALIFIER,
    /** A supplementary concept record, chemical or other ({@code C…}). */
    SUPPLEMENTARY,
    /** A publication type ({@code D…}, a descriptor of its own class). */
    PUBLICATION_TYPE
}

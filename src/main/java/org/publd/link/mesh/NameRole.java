package org.publd.link.mesh;

import java.util.EnumSet;
import java.util.Set;

/** What a name stands for in a record, and so which kinds of MeSH record it may resolve to. */
public enum NameRole {
    DESCRIPTOR("MeSH descriptor", EnumSet.of(MeshKind.DESCRIPTOR)),
    QUALIFIER("MeSH qualifier", EnumSet.of(MeshKind.QUALIFIER)),
    // ChemicalList names descriptors (D…) as well as supplementary concepts (C…).
    SUBSTANCE("substance", EnumSet.of(MeshKind.DESCRIPTOR, MeshKind.SUPPLEMENTARY)),
    PUBLICATION_TYPE("publication type", EnumSet.of(MeshKind.PUBLICATION_TYPE));

    private final String label;
    private final Set<MeshKind> kinds;

    NameRole(String label, Set<MeshKind> kinds) {
        this.label = label;
        this.kinds = kinds;
    }

    /** The kinds of record a name in this role may stand for. */
    public Set<MeshKind> kinds() {
        return kinds;
    }

    /** How messages call it: {@code "MeSH descriptor"}. */
    public String label() {
        return label;
    }
}

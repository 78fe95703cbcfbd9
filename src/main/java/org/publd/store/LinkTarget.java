package org.publd.store;

import java.net.URI;
import java.util.List;

/** Names the knowledge graph an external link points into, for statistics. */
final class LinkTarget {
    // Namespaces narrower than a host, first; every other link is named by its host.
    private static final List<String[]> NAMESPACES = List.of(
            new String[] {"http://id.nlm.nih.gov/mesh/", "id.nlm.nih.gov/mesh"},
            new String[] {"http://www.wikidata.org/entity/", "wikidata.org"},
            new String[] {"https://www.wikidata.org/entity/", "wikidata.org"});

    private LinkTarget() {
    }

    /** {@code doi.org}, {@code orcid.org}, {@code id.nlm.nih.gov/mesh}, ... or {@code other} when there is no host. */
    static String of(String iri) {
        for (String[] ns : NAMESPACES) {
            if (iri.startsWith(ns[0])) {
                return ns[1];
            }
        }
        try {
            String host = URI.create(iri).getHost();
            return host == null ? "other" : host;
        } catch (IllegalArgumentException e) {
            return "other";
        }
    }
}

package org.publd.link.wikidata;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Looks works up in one service and journals and authors in another. Since Wikidata split its
 * query service (May 2025), scholarly articles are only in the scholarly graph, while journals and
 * people stay in the main graph: asking the scholarly service for an ISSN or ORCID iD would find
 * nothing and mark the journal or author as checked.
 */
public final class RoutedResolver implements Resolver {
    private final Resolver works;
    private final Resolver others;

    /** @param works for PMIDs, DOIs and PMCIDs; {@code others} for ISSNs and ORCID iDs */
    public RoutedResolver(Resolver works, Resolver others) {
        this.works = works;
        this.others = others;
    }

    @Override
    public Map<String, Set<String>> resolve(WikidataProperty property, Collection<String> values) {
        return switch (property) {
            case PMID, DOI, PMCID -> works.resolve(property, values);
            case ISSN, ORCID -> others.resolve(property, values);
        };
    }

    @Override
    public List<String> sources() {
        return Stream.concat(works.sources().stream(), others.sources().stream()).distinct().toList();
    }
}

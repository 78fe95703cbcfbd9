package org.publd.link.wikidata;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/** Looks identifiers up with one {@link LookupQuery} per call at a Wikidata-style SPARQL endpoint. */
public final class EndpointResolver implements Resolver {
    private final SparqlClient client;

    public EndpointResolver(SparqlClient client) {
        this.client = client;
    }

    @Override
    public Map<String, Set<String>> resolve(WikidataProperty property, Collection<String> values) {
        Map<String, Set<String>> items = new HashMap<>();
        for (Binding row : client.select(LookupQuery.of(property, values))) {
            Node value = row.get(LookupQuery.VALUE);
            String qid = LookupQuery.qid(row.get(LookupQuery.ITEM));
            if (value == null || !value.isLiteral() || qid == null) {
                throw new LookupException(client.endpoint() + ": unexpected row in the results: " + row);
            }
            // Map back through Wikidata's form, so that a DOI differing only in case still matches.
            items.computeIfAbsent(property.wikidataForm(value.getLiteralLexicalForm()), k -> new TreeSet<>()).add(qid);
        }
        items.keySet().retainAll(values);
        return items;
    }

    @Override
    public java.util.List<String> sources() {
        return java.util.List.of(client.endpoint().toString());
    }

    public long requests() {
        return client.requests();
    }
}

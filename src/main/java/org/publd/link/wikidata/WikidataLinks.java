package org.publd.link.wikidata;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.publd.mapping.GraphProvenance;
import org.publd.mapping.IriScheme;
import org.publd.mapping.vocab.PROV;
import org.publd.mapping.vocab.PUBLD;

/**
 * Writes lookups into the links graph {@code B graph/links/wikidata}, one batch per write transaction:
 * the {@code owl:sameAs} links found, {@code publd:wikidataCheckedAt} on every resource looked up at an endpoint,
 * and the graph's own provenance ({@link GraphProvenance}, written as for a record graph).
 */
public final class WikidataLinks {
    private final DatasetGraph dsg;
    private final Node graph;
    private final List<Node> sources;
    private final GraphProvenance provenance;

    /** One resource looked up, with the items found for it (none when not found). */
    public record Lookup(LinkCandidate candidate, Set<String> qids) {
    }

    /** @param sources IRIs of the endpoints or file the links come from */
    public WikidataLinks(DatasetGraph dsg, IriScheme iris, List<String> sources) {
        this.dsg = dsg;
        this.graph = graph(iris);
        this.sources = sources.stream().map(NodeFactory::createURI).toList();
        this.provenance = new GraphProvenance(iris);
    }

    /** The links graph's name. */
    public static Node graph(IriScheme iris) {
        return iris.linksGraph("wikidata");
    }

    /** Commits one batch of lookups at an endpoint, marking each resource checked. */
    public void write(List<Lookup> batch) {
        write(batch, true);
    }

    /**
     * Commits one batch: either all of it is stored or, on a crash, none.
     *
     * @param markChecked whether to mark each resource looked up ({@code publd:wikidataCheckedAt}): yes
     *                    for an endpoint's answers, no for a dump's
     */
    public void write(List<Lookup> batch, boolean markChecked) {
        Instant time = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Node now = GraphProvenance.dateTime(time);
        Txn.executeWrite(dsg, () -> {
            for (Lookup l : batch) {
                Node resource = l.candidate().resource();
                for (String qid : l.qids()) {
                    dsg.add(graph, resource, OWL.sameAs.asNode(), IriScheme.wikidataItem(qid));
                }
                if (markChecked) {
                    dsg.deleteAny(graph, resource, PUBLD.wikidataCheckedAt, Node.ANY);
                    dsg.add(graph, resource, PUBLD.wikidataCheckedAt, now);
                }
            }
            dsg.deleteAny(graph, graph, PROV.generatedAtTime, Node.ANY); // the graph's time is its last batch's
            provenance.statements(graph, sources, time)
                    .forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }
}

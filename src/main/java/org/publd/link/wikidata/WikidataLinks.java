package org.publd.link.wikidata;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.publd.mapping.IriScheme;
import org.publd.mapping.Software;
import org.publd.mapping.vocab.PROV;
import org.publd.mapping.vocab.PUBLD;

/**
 * Writes lookups into the links graph {@code B graph/links/wikidata}, one batch per write transaction:
 * the {@code owl:sameAs} links found, {@code publd:wikidataCheckedAt} on every resource looked up,
 * and the graph's own provenance, as the record mapper writes it for a record graph.
 */
public final class WikidataLinks {
    private final DatasetGraph dsg;
    private final Node graph;
    private final List<Node> sources;
    private final Node software;

    /** One resource looked up, with the items found for it (none when not found). */
    public record Lookup(LinkCandidate candidate, Set<String> qids) {
    }

    /** @param sources IRIs of the endpoints or file the links come from */
    public WikidataLinks(DatasetGraph dsg, IriScheme iris, List<String> sources) {
        this.dsg = dsg;
        this.graph = graph(iris);
        this.sources = sources.stream().map(NodeFactory::createURI).toList();
        this.software = iris.software(Software.VERSION);
    }

    /** The links graph's name. */
    public static Node graph(IriScheme iris) {
        return iris.linksGraph("wikidata");
    }

    /** Commits one batch: either all of it is stored or, on a crash, none. */
    public void write(List<Lookup> batch) {
        Node now = NodeFactory.createLiteralDT(Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                XSDDatatype.XSDdateTime);
        Txn.executeWrite(dsg, () -> {
            for (Lookup l : batch) {
                Node resource = l.candidate().resource();
                for (String qid : l.qids()) {
                    dsg.add(graph, resource, OWL.sameAs.asNode(), IriScheme.wikidataItem(qid));
                }
                dsg.deleteAny(graph, resource, PUBLD.wikidataCheckedAt, Node.ANY);
                dsg.add(graph, resource, PUBLD.wikidataCheckedAt, now);
            }
            dsg.add(graph, graph, RDF.type.asNode(), PROV.Entity);
            sources.forEach(s -> dsg.add(graph, graph, PROV.wasDerivedFrom, s));
            dsg.deleteAny(graph, graph, PROV.generatedAtTime, Node.ANY);
            dsg.add(graph, graph, PROV.generatedAtTime, now);
            dsg.add(graph, graph, PROV.wasAttributedTo, software);
            dsg.add(graph, software, RDF.type.asNode(), PROV.SoftwareAgent);
            dsg.add(graph, software, RDFS.label.asNode(), NodeFactory.createLiteralString("PubLD " + Software.VERSION));
        });
    }
}

package org.publd.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.publd.mapping.vocab.PROV;
import org.publd.mapping.vocab.PUBLD;

/**
 * The sync graph, {@code B graph/sync}: one entry per NLM file {@code publd sync} applied, written
 * in the same transaction as the file's records, so the graph says exactly what the database holds.
 * For the file {@code F}, whose IRI {@code S} is {@link IriScheme#source}{@code (F)}:
 * <pre>
 * &lt;S&gt; a prov:Entity; rdfs:label "F"; publd:md5 "hex".
 * &lt;B graph/sync#F&gt; a prov:Activity; prov:used &lt;S&gt;;
 *     prov:startedAtTime t0; prov:endedAtTime t1; prov:wasAssociatedWith &lt;B software/publd/V&gt;;
 *     publd:recordsAdded n; publd:recordsReplaced n; publd:recordsDeleted n.
 * </pre>
 * {@code S} is what the file's record graphs name in {@code prov:wasDerivedFrom}.
 */
public final class SyncLog {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();

    private SyncLog() {
    }

    /** The quads that note {@code file} as applied, in the sync graph of {@code iris}'s base. */
    public static List<Quad> entry(IriScheme iris, AppliedFile file) {
        Node graph = iris.syncGraph();
        Node source = iris.source(file.name());
        Node entry = iris.syncEntry(file.name());
        List<Triple> triples = new ArrayList<>(List.of(
                Triple.create(source, TYPE, PROV.Entity),
                Triple.create(source, LABEL, NodeFactory.createLiteralString(file.name())),
                Triple.create(source, PUBLD.md5, NodeFactory.createLiteralString(file.md5())),
                Triple.create(entry, TYPE, PROV.Activity),
                Triple.create(entry, PROV.used, source),
                Triple.create(entry, PROV.startedAtTime, GraphProvenance.dateTime(file.started())),
                Triple.create(entry, PROV.endedAtTime, GraphProvenance.dateTime(file.ended())),
                Triple.create(entry, PUBLD.recordsAdded, count(file.added())),
                Triple.create(entry, PUBLD.recordsReplaced, count(file.replaced())),
                Triple.create(entry, PUBLD.recordsDeleted, count(file.deleted()))));
        new GraphProvenance(iris).software().forEach(triples::add);
        triples.add(Triple.create(entry, PROV.wasAssociatedWith, iris.software(Software.VERSION)));
        return triples.stream().map(t -> Quad.create(graph, t)).toList();
    }

    /**
     * The files applied to {@code dsg}, in the order they were applied, from its sync graph under any
     * base; empty when {@code publd sync} never ran on it. Call inside a read transaction.
     */
    public static List<AppliedFile> read(DatasetGraph dsg) {
        List<AppliedFile> files = new ArrayList<>();
        Iterator<Node> graphs = dsg.listGraphNodes();
        try {
            while (graphs.hasNext()) {
                Node g = graphs.next();
                if (IriScheme.isSyncGraph(g)) {
                    read(dsg.getGraph(g), files);
                }
            }
        } finally {
            Iter.close(graphs);
        }
        files.sort(Comparator.comparing(AppliedFile::ended).thenComparing(AppliedFile::name));
        return List.copyOf(files);
    }

    private static void read(Graph g, List<AppliedFile> into) {
        g.find(Node.ANY, PROV.used, Node.ANY).forEach(used -> {
            Node entry = used.getSubject();
            Node source = used.getObject();
            Optional<String> name = value(g, source, LABEL);
            Optional<String> md5 = value(g, source, PUBLD.md5);
            Optional<String> ended = value(g, entry, PROV.endedAtTime);
            if (name.isPresent() && md5.isPresent() && ended.isPresent()) {
                into.add(new AppliedFile(name.get(), md5.get(), number(g, entry, PUBLD.recordsAdded),
                        number(g, entry, PUBLD.recordsReplaced), number(g, entry, PUBLD.recordsDeleted),
                        value(g, entry, PROV.startedAtTime).map(Instant::parse).orElse(Instant.parse(ended.get())),
                        Instant.parse(ended.get())));
            }
        });
    }

    private static Optional<String> value(Graph g, Node s, Node p) {
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            Node o = it.hasNext() ? it.next().getObject() : null;
            return o != null && o.isLiteral() ? Optional.of(o.getLiteralLexicalForm()) : Optional.empty();
        } finally {
            Iter.close(it);
        }
    }

    private static long number(Graph g, Node s, Node p) {
        return value(g, s, p).map(Long::parseLong).orElse(0L);
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}

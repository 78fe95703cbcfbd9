package org.publd.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.publd.mapping.vocab.PROV;

/**
 * What a graph PubLD writes says about its own making, the same for a record graph and a links
 * graph: {@code <graph> a prov:Entity; prov:wasDerivedFrom <source>...; prov:generatedAtTime t;
 * prov:wasAttributedTo <software>}, and the software as a {@code prov:SoftwareAgent} with its label.
 *
 * <pre>
 * new GraphProvenance(iris).statements(graph, List.of(source), Instant.now())
 *         .forEach(t -&gt; dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
 * </pre>
 */
public final class GraphProvenance {
    private static final Node TYPE = RDF.type.asNode();

    private final Node software;
    private final Node softwareLabel = NodeFactory.createLiteralString("PubLD " + Software.VERSION);

    /** Provenance naming this build of PubLD under the base IRI of {@code iris}. */
    public GraphProvenance(IriScheme iris) {
        this.software = iris.software(Software.VERSION);
    }

    /** The provenance statements of {@code graph}, in this order: type, sources, time, software. */
    public List<Triple> statements(Node graph, List<Node> sources, Instant generatedAt) {
        List<Triple> out = new ArrayList<>(6 + sources.size());
        out.add(Triple.create(graph, TYPE, PROV.Entity));
        sources.forEach(s -> out.add(Triple.create(graph, PROV.wasDerivedFrom, s)));
        out.add(Triple.create(graph, PROV.generatedAtTime, dateTime(generatedAt)));
        out.add(Triple.create(graph, PROV.wasAttributedTo, software));
        out.addAll(software());
        return out;
    }

    /** The software as a {@code prov:SoftwareAgent} with its label. */
    public List<Triple> software() {
        return List.of(Triple.create(software, TYPE, PROV.SoftwareAgent),
                Triple.create(software, RDFS.label.asNode(), softwareLabel));
    }

    /** An {@code xsd:dateTime} literal of {@code t}, at the precision {@code t} has. */
    public static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }
}

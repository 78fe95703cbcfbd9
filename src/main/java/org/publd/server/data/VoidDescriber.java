package org.publd.server.data;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.publd.mapping.AppliedFile;
import org.publd.mapping.DatasetFigures;
import org.publd.mapping.GraphProvenance;
import org.publd.mapping.IriScheme;
import org.publd.mapping.LinkTarget;
import org.publd.mapping.output.OutputFormat;
import org.publd.mapping.vocab.HYDRA;
import org.publd.mapping.vocab.PROV;
import org.publd.mapping.vocab.Prefixes;
import org.publd.server.ld.Describer;
import org.publd.server.read.Statistics;
import org.publd.store.DatasetDump;
import org.publd.server.tpf.FragmentServlet;

/**
 * The VoID description of the dataset at {@code B void}, computed from the data: size, vocabularies,
 * where to query and download it, and one {@code void:Linkset} per target dataset and link property,
 * each with its triple count. Linksets and targets get fragment IRIs of the description itself.
 */
public final class VoidDescriber implements Describer {
    private static final String VOID = Prefixes.VOID;

    private final Node dataset;
    private final IriScheme iris;
    private final Node fragments;
    private final String base;
    private final DatasetStatistics statistics;
    private final boolean dump;
    private final boolean fragmentsServed;

    /** @param dump whether the server offers the dump, {@code /dump.nq.gz} */
    /** As {@link #VoidDescriber(IriScheme, DatasetStatistics, boolean, boolean)}, with Triple Pattern Fragments. */
    public VoidDescriber(IriScheme iris, DatasetStatistics statistics, boolean dump) {
        this(iris, statistics, dump, true);
    }

    /** @param fragmentsServed whether the server offers Triple Pattern Fragments (not over a remote store) */
    public VoidDescriber(IriScheme iris, DatasetStatistics statistics, boolean dump, boolean fragmentsServed) {
        this.iris = iris;
        this.base = iris.base();
        this.dataset = iris.dataset();
        this.fragments = iris.fragments();
        this.fragmentsServed = fragmentsServed;
        this.statistics = statistics;
        this.dump = dump;
    }

    /** The IRI of the dataset, {@code B void}. */
    public Node datasetIri() {
        return dataset;
    }

    @Override
    public Optional<Graph> describe(Node iri) {
        return iri.equals(dataset) ? Optional.of(describe(statistics.current())) : Optional.empty();
    }

    private Graph describe(Statistics s) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(dataset, RDF.type.asNode(), v("Dataset"));
        g.add(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("PubLD: PubMed records as Linked Data", "en"));
        g.add(dataset, DCTerms.source.asNode(), NodeFactory.createURI(LinkTarget.PUBMED.uriSpace()));
        g.add(dataset, FOAF.homepage.asNode(), NodeFactory.createURI(base));
        g.add(dataset, v("uriSpace"), NodeFactory.createLiteralString(base));
        g.add(dataset, v("sparqlEndpoint"), NodeFactory.createURI(base + "ds/sparql"));
        if (dump) {
            for (OutputFormat format : DatasetDump.FORMATS) {
                g.add(dataset, v("dataDump"), NodeFactory.createURI(base + DatasetDump.fileName(format)));
            }
        }
        if (fragmentsServed) {
            // Triple Pattern Fragments: a subject lookup appends the IRI, and Hydra clients find the search form.
            g.add(dataset, v("uriLookupEndpoint"), NodeFactory.createURI(fragments.getURI() + "?subject="));
            Node search = part("fragments");
            g.add(dataset, HYDRA.search, search);
            g.add(search, RDF.type.asNode(), HYDRA.IriTemplate);
            g.add(search, HYDRA.template, NodeFactory.createLiteralString(FragmentServlet.template(fragments.getURI())));
            g.add(search, HYDRA.variableRepresentation, HYDRA.ExplicitRepresentation);
        }
        DatasetFigures figures = s.figures();
        g.add(dataset, v("triples"), count(figures.triples()));
        g.add(dataset, v("entities"), count(s.entities()));
        g.add(dataset, v("documents"), count(figures.records()));
        // How current the data is: the NLM files publd sync applied, the last one's time.
        figures.lastApplied().ifPresent(last -> g.add(dataset, DCTerms.modified.asNode(), GraphProvenance.dateTime(last.ended())));
        for (AppliedFile file : figures.applied()) {
            g.add(dataset, PROV.wasDerivedFrom, iris.source(file.name()));
        }
        for (String vocabulary : s.vocabularies()) {
            g.add(dataset, v("vocabulary"), NodeFactory.createURI(vocabulary));
        }
        for (Map.Entry<LinkTarget, SortedMap<Node, Long>> e : figures.links().entrySet()) {
            LinkTarget target = e.getKey();
            Node targetNode = part(target.id());
            g.add(targetNode, RDF.type.asNode(), v("Dataset"));
            g.add(targetNode, DCTerms.title.asNode(), NodeFactory.createLiteralString(target.title()));
            g.add(targetNode, v("uriSpace"), NodeFactory.createLiteralString(target.uriSpace()));
            for (Map.Entry<Node, Long> byProperty : e.getValue().entrySet()) {
                Node property = byProperty.getKey();
                Node linkset = part(target.id() + "-" + localName(property.getURI()));
                g.add(dataset, v("subset"), linkset);
                g.add(linkset, RDF.type.asNode(), v("Linkset"));
                g.add(linkset, v("subjectsTarget"), dataset);
                g.add(linkset, v("objectsTarget"), targetNode);
                g.add(linkset, v("linkPredicate"), property);
                g.add(linkset, v("triples"), count(byProperty.getValue()));
            }
        }
        return g;
    }

    // A part of the description, named by a fragment of its IRI.
    private Node part(String fragment) {
        return NodeFactory.createURI(dataset.getURI() + "#" + fragment);
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static Node v(String local) {
        return NodeFactory.createURI(VOID + local);
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}

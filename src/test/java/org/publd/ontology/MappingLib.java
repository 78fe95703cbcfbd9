package org.publd.ontology;

import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.Provenance;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.Software;
import org.publd.mapping.vocab.Prefixes;
import org.publd.record.Article;

/**
 * Maps records in memory, with fixed provenance so that outputs can be compared.
 *
 * <pre>
 * Graph g = MappingLib.map(article);              // the record's graph
 * DatasetGraph ds = MappingLib.mapAll(articles, MappingOptions.defaults());
 * </pre>
 */
public final class MappingLib {
    /** The {@code prov:generatedAtTime} of every graph mapped here. */
    public static final Instant GENERATED_AT = Instant.parse("2025-01-01T00:00:00Z");
    /** The name of the input every graph mapped here is derived from ({@code prov:wasDerivedFrom B source/NAME}). */
    public static final String SOURCE = "example.xml";

    private MappingLib() {
    }

    /** The record's named graph, mapped with the default options. */
    public static Graph map(Article article) {
        return map(article, MappingOptions.defaults());
    }

    /** The record's named graph, as a standalone graph carrying the contract's prefixes. */
    public static Graph map(Article article, MappingOptions options) {
        RecordMapper mapper = new RecordMapper(options);
        DatasetGraph dsg = mapAll(List.of(article), options);
        Graph g = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(g, dsg.getGraph(mapper.iris().graph(article.pmid())));
        g.getPrefixMapping().setNsPrefixes(org.apache.jena.riot.system.Prefixes.adapt(Prefixes.standard()));
        return g;
    }

    /** The version written documents and expected files show, so that they do not change with every build. */
    public static final String DOCUMENTED_VERSION = "0.1.0";

    /** A copy of {@code g} in which the build's software node and label name {@link #DOCUMENTED_VERSION} instead. */
    public static Graph withDocumentedVersion(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> out.add(Triple.create(version(t.getSubject()), t.getPredicate(), version(t.getObject()))));
        return out;
    }

    private static Node version(Node n) {
        if (n.isURI() && n.getURI().endsWith("/software/publd/" + Software.VERSION)) {
            String uri = n.getURI();
            return NodeFactory.createURI(uri.substring(0, uri.length() - Software.VERSION.length()) + DOCUMENTED_VERSION);
        }
        if (n.isLiteral() && n.getLiteralLexicalForm().equals("PubLD " + Software.VERSION)) {
            return NodeFactory.createLiteralString("PubLD " + DOCUMENTED_VERSION);
        }
        return n;
    }

    /** The triples of {@code a} that {@code b} lacks, one a line, for a failure message. */
    public static String difference(Graph a, Graph b) {
        StringBuilder sb = new StringBuilder();
        a.find().forEachRemaining(t -> {
            if (!b.contains(t)) {
                sb.append("  ").append(t).append('\n');
            }
        });
        return sb.isEmpty() ? "  (none)\n" : sb.toString();
    }

    /** Every record in its own named graph of one dataset, as a loader would store them. */
    public static DatasetGraph mapAll(Iterable<Article> articles, MappingOptions options) {
        RecordMapper mapper = new RecordMapper(options);
        DatasetGraph dsg = DatasetGraphFactory.create();
        for (Article a : articles) {
            mapper.map(a, new Provenance(mapper.iris().source(SOURCE).getURI(), GENERATED_AT)).quads().forEach(dsg::add);
        }
        return dsg;
    }
}

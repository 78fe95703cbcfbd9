package org.publd.ontology;

import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.Provenance;
import org.publd.mapping.RecordMapper;
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
    /** The {@code prov:wasDerivedFrom} of every graph mapped here. */
    public static final String SOURCE = "file:///data/example.xml";

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

    /** Every record in its own named graph of one dataset, as a loader would store them. */
    public static DatasetGraph mapAll(Iterable<Article> articles, MappingOptions options) {
        RecordMapper mapper = new RecordMapper(options);
        DatasetGraph dsg = DatasetGraphFactory.create();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        out.start();
        for (Article a : articles) {
            mapper.map(a, new Provenance(SOURCE, GENERATED_AT), out);
        }
        out.finish();
        return dsg;
    }
}

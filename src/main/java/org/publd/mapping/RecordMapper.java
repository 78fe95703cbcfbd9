package org.publd.mapping;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.publd.PubldException;
import org.publd.mapping.vocab.PUBLD;
import org.publd.record.Article;

/**
 * Maps one record to quads in its own named graph ({@link IriScheme#graph}), which also
 * describes its own provenance.
 *
 * <pre>
 * RecordMapper mapper = new RecordMapper(MappingOptions.defaults());
 * MappedRecord r = mapper.map(article, new Provenance(mapper.iris().source("pubmed.xml").getURI(), Instant.now()));
 * </pre>
 */
public final class RecordMapper {
    private final IriScheme iris;
    private final WorkDescriber works;
    private final ContributorDescriber contributors;
    private final FundingDescriber funding;
    private final RelationLinker relations;
    private final GraphProvenance graphProvenance;

    public RecordMapper(MappingOptions options) {
        this.iris = new IriScheme(options.base());
        this.works = new WorkDescriber(iris);
        this.contributors = new ContributorDescriber(iris);
        this.funding = new FundingDescriber(iris);
        this.relations = new RelationLinker(iris, works, options.reify());
        this.graphProvenance = new GraphProvenance(iris);
    }

    /** The IRIs this mapper mints. */
    public IriScheme iris() {
        return iris;
    }

    /** The record as RDF, whole: its graph and its quads. */
    public MappedRecord map(Article article, Provenance provenance) {
        if (article.pmid() == null) {
            throw new PubldException("a record without a PMID cannot be mapped");
        }
        Node graph = iris.graph(article.pmid());
        Emitter e = new Emitter(graph);
        Node work = iris.article(article.pmid());
        works.describe(e, work, article, article.pmid());
        contributors.describe(e, work, article);
        SubjectDescriber.describe(e, work, article);
        funding.describe(e, work, article);
        relations.describe(e, work, article);
        provenance(e, graph, article, provenance);
        return e.record();
    }

    /** The deletion of the record {@code pmid}: its graph goes. */
    public DeletedRecord deleted(String pmid) {
        return new DeletedRecord(pmid, iris.graph(pmid));
    }

    private void provenance(Emitter e, Node graph, Article article, Provenance provenance) {
        List<Node> sources = provenance.source() == null ? List.of() : List.of(NodeFactory.createURI(provenance.source()));
        for (Triple t : graphProvenance.statements(graph, sources, provenance.generatedAt())) {
            e.add(t.getSubject(), t.getPredicate(), t.getObject());
        }
        e.add(graph, DCTerms.modified.asNode(), Dates.literal(article.revised()));
        // Every PubMed record says Version="1"; only a later version is news worth a statement per graph.
        if (article.pmidVersion() != null && article.pmidVersion() > 1) {
            e.integer(graph, PUBLD.pmidVersion, article.pmidVersion());
        }
    }
}

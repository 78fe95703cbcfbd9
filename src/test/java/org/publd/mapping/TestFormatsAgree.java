package org.publd.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.publd.mapping.vocab.FABIO;
import org.publd.mapping.vocab.Prefixes;
import org.publd.mapping.vocab.PUBLD;
import org.publd.ontology.MappingLib;
import org.publd.record.Article;
import org.publd.record.Item;
import org.publd.source.ErrorHandler;
import org.publd.source.RecordReader;
import org.publd.source.SourceInput;
import org.publd.source.SourceRegistry;

/**
 * One record as PubMed XML and as MEDLINE text (src/test/resources/pairs/12230038) maps to the same
 * bibliographic facts. MeSH indexing and publication types differ by design: MEDLINE names them
 * without UIs, so they are kept as text until {@code publd link mesh} resolves them.
 */
class TestFormatsAgree {
    private static final String DIR = "src/test/resources/pairs/12230038/";
    private static final Set<Node> MESH_PROPERTIES = Set.of(DCTerms.subject.asNode(), FABIO.hasPrimarySubjectTerm,
            DCTerms.type.asNode(), PUBLD.meshHeadingText, PUBLD.publicationTypeName, PUBLD.substance, PUBLD.substanceName);

    private static Article read(String file, String format) {
        try (SourceInput in = SourceInput.open(DIR + file);
             RecordReader reader = SourceRegistry.standard().require(format).open(in, ErrorHandler.strict())) {
            Item item = reader.next();
            return (Article) item;
        }
    }

    /** The record graph without MeSH indexing, publication types and the labels of MeSH IRIs. */
    private static Graph bibliographic(Article a) {
        Graph g = GraphFactory.createDefaultGraph();
        MappingLib.map(a).find().forEach(t -> {
            boolean meshLabel = t.getPredicate().equals(RDFS.label.asNode()) && t.getSubject().isURI()
                    && t.getSubject().getURI().startsWith(Prefixes.MESH);
            if (!meshLabel && !MESH_PROPERTIES.contains(t.getPredicate())) {
                g.add(t);
            }
        });
        return g;
    }

    @Test
    void sameBibliographicFacts() {
        Graph fromXml = bibliographic(read("pubmed.xml", "pubmed-xml"));
        Graph fromMedline = bibliographic(read("medline.txt", "medline"));
        assertTrue(fromXml.size() > 20, "the comparison covers the whole description");
        Set<Triple> onlyXml = fromXml.find().toSet().stream().filter(t -> !fromMedline.contains(t)).collect(Collectors.toSet());
        Set<Triple> onlyMedline = fromMedline.find().toSet().stream().filter(t -> !fromXml.contains(t)).collect(Collectors.toSet());
        assertTrue(onlyXml.isEmpty() && onlyMedline.isEmpty(),
                () -> "only from XML: " + onlyXml + "\nonly from MEDLINE: " + onlyMedline);
    }

    @Test
    void bothCarryTheSameHeadingsByName() {
        Article xml = read("pubmed.xml", "pubmed-xml");
        Article medline = read("medline.txt", "medline");
        assertEquals(xml.meshHeadings().stream().map(h -> h.descriptor().name() + h.majorTopic()).toList(),
                medline.meshHeadings().stream().map(h -> h.descriptor().name() + h.majorTopic()).toList());
        assertEquals(xml.publicationTypes().stream().map(t -> t.name()).toList(),
                medline.publicationTypes().stream().map(t -> t.name()).toList());
    }
}

package org.publd.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.vocab.CITO;
import org.publd.mapping.vocab.FABIO;
import org.publd.mapping.vocab.FRAPO;
import org.publd.mapping.vocab.PRISM;
import org.publd.mapping.vocab.PROV;
import org.publd.mapping.vocab.PUBLD;
import org.publd.record.Article;

/** PubLD emits no term that its vocabulary does not define. */
class TestTermsDefined {
    private static final Set<Node> WRITTEN_ELSEWHERE = Set.of(PUBLD.wikidataCheckedAt, PUBLD.md5, PUBLD.recordsAdded,
            PUBLD.recordsReplaced, PUBLD.recordsDeleted, PROV.Activity, PROV.used, PROV.startedAtTime, PROV.endedAtTime,
            PROV.wasAssociatedWith);

    static Stream<Arguments> samples() {
        return SampleArticles.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyEmittedTermIsDefined(String name, Article article) {
        VocabularyCheck.assertAllDefined(MappingLib.map(article));
    }

    @Test
    void everyTermInTheDatasetIsDefined() {
        VocabularyCheck.assertAllDefined(MappingLib.mapAll(SampleArticles.all().values(),
                new MappingOptions("https://data.example.org/ld/", false)));
    }

    @Test
    void everyTermOfTheMappersVocabularyClassesIsDefined() {
        // Also catches a constant that no sample happens to exercise.
        List<String> undefined = new ArrayList<>();
        for (Class<?> vocabulary : List.of(CITO.class, FABIO.class, FRAPO.class, PRISM.class, PROV.class, PUBLD.class)) {
            for (Node term : TestOntology.terms(vocabulary)) {
                if (!VocabularyCheck.isDefined(term.getURI())) {
                    undefined.add(term.getURI());
                }
            }
        }
        assertEquals(List.of(), undefined);
    }

    @Test
    void samplesExerciseEveryTermOfTheMappersVocabularyClasses() {
        // Without this, the checks above would pass on samples that leave features out.
        Set<Node> used = new HashSet<>();
        for (Article a : SampleArticles.all().values()) {
            MappingLib.map(a).find().forEachRemaining(t -> {
                used.add(t.getPredicate());
                used.add(t.getObject());
            });
        }
        Set<String> unused = new TreeSet<>();
        for (Class<?> vocabulary : List.of(CITO.class, FABIO.class, FRAPO.class, PRISM.class, PROV.class, PUBLD.class)) {
            for (Node term : TestOntology.terms(vocabulary)) {
                // The linker and sync write these, not the mapper: TestWikidataLinker and TestSyncLog exercise them.
                if (!used.contains(term) && !WRITTEN_ELSEWHERE.contains(term)) {
                    unused.add(term.getURI());
                }
            }
        }
        assertEquals(Set.of(), unused);
    }

    @Test
    void namesTheUndefinedTerms() {
        Graph g = GraphFactory.createDefaultGraph();
        Node work = NodeFactory.createURI("http://localhost:3030/pubmed/1");
        g.add(Triple.create(work, RDF.type.asNode(), NodeFactory.createURI(FABIO.NS + "PubMedArticle")));
        g.add(Triple.create(work, NodeFactory.createURI("http://purl.org/dc/terms/titel"), NodeFactory.createLiteralString("x")));
        g.add(Triple.create(work, NodeFactory.createURI("http://example.org/ns#p"), NodeFactory.createLiteralString("x")));
        g.add(Triple.create(work, NodeFactory.createURI(PUBLD.NS + "position"), NodeFactory.createLiteralString("1")));
        g.add(Triple.create(work, CITO.hasCitationCharacterization, NodeFactory.createURI(CITO.NS + "quotes")));
        g.add(Triple.create(work, FABIO.hasPubMedId, NodeFactory.createLiteralDT("1", new BaseDatatype("http://example.org/dt"))));

        assertEquals(new TreeSet<>(List.of(
                        FABIO.NS + "PubMedArticle", "http://purl.org/dc/terms/titel", "http://example.org/ns#p",
                        PUBLD.NS + "position", CITO.NS + "quotes", "http://example.org/dt")),
                VocabularyCheck.undefinedTerms(g));
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> VocabularyCheck.assertAllDefined(g));
        assertTrue(e.getMessage().contains("http://purl.org/dc/terms/titel"), e.getMessage());
        assertTrue(e.getMessage().contains(PUBLD.NS + "position"), e.getMessage());
    }
}

package org.publd.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publd.mapping.vocab.CITO;
import org.publd.mapping.vocab.PUBLD;

class TestOntology {
    private static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/publd/ns");
    private static final Set<Node> TERM_TYPES = Set.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
            OWL.AnnotationProperty.asNode(), OWL.Class.asNode());

    private static Graph ontology;

    @BeforeAll
    static void parse() {
        ontology = GraphFactory.createDefaultGraph();
        // Strict parsing: the file is published as it is, so it must be clean Turtle.
        RDFParser.source(VocabularyCheck.ONTOLOGY).strict(true).parse(ontology);
    }

    /** Every public static Node field of a vocabulary class: the terms the mapper uses. */
    static List<Node> terms(Class<?> vocabulary) {
        List<Node> terms = new ArrayList<>();
        for (Field f : vocabulary.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                try {
                    terms.add((Node) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return terms;
    }

    static Stream<Node> publdTerms() {
        return terms(PUBLD.class).stream();
    }

    @Test
    void isAnOntologyWithVersionInfo() {
        assertTrue(ontology.contains(ONTOLOGY, RDF.type.asNode(), OWL.Ontology.asNode()));
        assertTrue(ontology.find(ONTOLOGY, OWL.versionInfo.asNode(), Node.ANY).hasNext(), "owl:versionInfo");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publdTerms")
    void mapperTermIsDefinedWithLabelCommentAndType(Node term) {
        assertTrue(ontology.find(term, RDF.type.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> TERM_TYPES.contains(t.getObject())), "an OWL property or class type: " + term);
        assertEnglish(term, RDFS.label.asNode());
        assertEnglish(term, RDFS.comment.asNode());
        assertTrue(ontology.contains(term, RDFS.isDefinedBy.asNode(), ONTOLOGY), "rdfs:isDefinedBy: " + term);
    }

    @Test
    void definesNoTermTheMapperDoesNotUse() {
        Set<String> used = new TreeSet<>();
        publdTerms().forEach(n -> used.add(n.getURI()));
        assertEquals(used, VocabularyCheck.publdTerms());
    }

    @Test
    void alignsWithDublinCoreAndCito() {
        assertTrue(ontology.contains(PUBLD.substance, RDFS.subPropertyOf.asNode(), DCTerms.subject.asNode()));
        assertTrue(ontology.contains(PUBLD.similarTo, RDFS.subPropertyOf.asNode(), DCTerms.relation.asNode()));
        assertTrue(ontology.contains(PUBLD.expressesConcernAbout, RDFS.subPropertyOf.asNode(), CITO.discusses));
    }

    @Test
    void referencesOnlyDefinedTerms() {
        // Super-properties, domains, ranges and see-alsos must exist in their vocabularies.
        List<String> undefined = new ArrayList<>();
        for (Node p : List.of(RDFS.subPropertyOf.asNode(), RDFS.domain.asNode(), RDFS.range.asNode(), RDFS.seeAlso.asNode())) {
            for (Triple t : ontology.find(Node.ANY, p, Node.ANY).toList()) {
                String o = t.getObject().getURI();
                if (!o.startsWith("http://www.w3.org/2001/XMLSchema#") && !VocabularyCheck.isDefined(o)) {
                    undefined.add(o);
                }
            }
        }
        assertEquals(List.of(), undefined);
    }

    @Test
    void datatypePropertiesHaveDatatypeRanges() {
        for (Triple t : ontology.find(Node.ANY, RDF.type.asNode(), OWL.DatatypeProperty.asNode()).toList()) {
            for (Triple r : ontology.find(t.getSubject(), RDFS.range.asNode(), Node.ANY).toList()) {
                assertTrue(r.getObject().getURI().startsWith("http://www.w3.org/2001/XMLSchema#"), r.toString());
            }
        }
    }

    @Test
    void objectPropertiesAreNotDatatypeProperties() {
        for (Triple t : ontology.find(Node.ANY, RDF.type.asNode(), OWL.ObjectProperty.asNode()).toList()) {
            assertFalse(ontology.contains(t.getSubject(), RDF.type.asNode(), OWL.DatatypeProperty.asNode()),
                    t.getSubject().toString());
        }
    }

    private static void assertEnglish(Node term, Node property) {
        List<Triple> values = ontology.find(term, property, Node.ANY).toList();
        assertEquals(1, values.size(), "one " + property.getLocalName() + ": " + term);
        Node v = values.get(0).getObject();
        assertTrue(v.isLiteral() && v.getLiteralLanguage().equals("en") && !v.getLiteralLexicalForm().isBlank(),
                property.getLocalName() + " @en: " + term);
    }
}

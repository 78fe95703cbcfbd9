package org.publd.ontology;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.publd.mapping.vocab.CITO;
import org.publd.mapping.vocab.FABIO;
import org.publd.mapping.vocab.FRAPO;
import org.publd.mapping.vocab.PRISM;
import org.publd.mapping.vocab.PROV;
import org.publd.mapping.vocab.PUBLD;
import org.publd.mapping.vocab.Prefixes;

/**
 * Checks that every vocabulary term in mapped output is defined by its vocabulary: Dublin Core
 * terms, CiTO and FaBiO against lists derived from their official files ({@code /vocab/*-terms.txt}
 * on the test classpath), PubLD's own terms against {@code ontology/publd.ttl}, and the few terms
 * of FOAF, PROV-O, PRISM, FRAPO, OWL, RDFS and RDF that PubLD uses against an explicit allow-list.
 *
 * <pre>
 * assertTrue(VocabularyCheck.undefinedTerms(graph).isEmpty());
 * VocabularyCheck.assertAllDefined(graph);   // fails naming the undefined terms
 * </pre>
 */
public final class VocabularyCheck {
    /** PubLD's ontology, read from the project directory (Maven runs tests there). */
    public static final Path ONTOLOGY = Path.of("ontology", "publd.ttl");

    /**
     * Terms of vocabularies whose official files the project does not ship, each checked by hand
     * against its specification (FOAF 0.99, PROV-O, PRISM 2.0 basic, FRAPO, OWL 2, RDF Schema).
     * Add a term here only after checking that its vocabulary defines it.
     */
    static final Set<String> ALLOWED = Set.of(
            RDF.type.getURI(),
            RDFS.label.getURI(), RDFS.seeAlso.getURI(),
            OWL.sameAs.getURI(),
            Prefixes.FOAF + "Agent", Prefixes.FOAF + "Person", Prefixes.FOAF + "Organization", Prefixes.FOAF + "name",
            Prefixes.FOAF + "givenName", Prefixes.FOAF + "familyName",
            PROV.NS + "Entity", PROV.NS + "SoftwareAgent", PROV.NS + "wasDerivedFrom",
            PROV.NS + "generatedAtTime", PROV.NS + "wasAttributedTo",
            PROV.NS + "Activity", PROV.NS + "used", PROV.NS + "startedAtTime", PROV.NS + "endedAtTime",
            PROV.NS + "wasAssociatedWith",
            PRISM.NS + "doi", PRISM.NS + "volume", PRISM.NS + "issueIdentifier", PRISM.NS + "pageRange",
            PRISM.NS + "startingPage", PRISM.NS + "endingPage", PRISM.NS + "publicationName",
            PRISM.NS + "keyword", PRISM.NS + "issn", PRISM.NS + "eIssn", PRISM.NS + "isbn",
            FRAPO.NS + "Grant", FRAPO.NS + "FundingAgency", FRAPO.NS + "isFundedBy",
            FRAPO.NS + "hasGrantNumber", FRAPO.NS + "isAwardedBy");

    /** Namespaces of vocabularies: an IRI in one of them, in any position, must be a defined term. */
    static final List<String> VOCABULARY_NAMESPACES = List.of(
            DCTerms.NS, CITO.NS, FABIO.NS, PUBLD.NS, PRISM.NS, FRAPO.NS, Prefixes.FOAF, PROV.NS,
            Prefixes.VOID, OWL.NS, RDFS.uri, RDF.uri, XSDDatatype.XSD + "#");

    private static volatile Set<String> defined;

    private VocabularyCheck() {
    }

    /** Every term this check accepts as defined. */
    public static Set<String> definedTerms() {
        Set<String> d = defined;
        if (d == null) {
            Set<String> all = new TreeSet<>(ALLOWED);
            for (String list : List.of("cito-terms.txt", "fabio-terms.txt", "dcterms-terms.txt")) {
                all.addAll(readList("/vocab/" + list));
            }
            all.addAll(publdTerms());
            d = Set.copyOf(all);
            defined = d;
        }
        return d;
    }

    /** Whether {@code iri} is a defined term. */
    public static boolean isDefined(String iri) {
        return definedTerms().contains(iri);
    }

    /** The terms {@code ontology/publd.ttl} defines: subjects in the PubLD namespace that have a type. */
    public static Set<String> publdTerms() {
        Graph g = RDFDataMgr.loadGraph(ONTOLOGY.toString());
        Set<String> terms = new TreeSet<>();
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(PUBLD.NS)) {
                terms.add(t.getSubject().getURI());
            }
        });
        return terms;
    }

    /**
     * The terms in {@code g} that are not defined: predicates and classes ({@code rdf:type} objects)
     * outside the known vocabularies or not defined by theirs, any other IRI in a vocabulary
     * namespace (such as the CiTO property a citation is characterized by) that its vocabulary does
     * not define, and literal datatypes other than XSD's and {@code rdf:langString}.
     */
    public static SortedSet<String> undefinedTerms(Graph g) {
        SortedSet<String> undefined = new TreeSet<>();
        for (Iterator<Triple> it = g.find(); it.hasNext(); ) {
            check(it.next(), undefined::add);
        }
        return undefined;
    }

    /** As {@link #undefinedTerms(Graph)}, over every graph of a dataset. */
    public static SortedSet<String> undefinedTerms(DatasetGraph dsg) {
        SortedSet<String> undefined = new TreeSet<>();
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
            check(it.next().asTriple(), undefined::add);
        }
        return undefined;
    }

    /** Fails, naming the undefined terms, unless every term in {@code g} is defined. */
    public static void assertAllDefined(Graph g) {
        report(undefinedTerms(g));
    }

    /** Fails, naming the undefined terms, unless every term in {@code dsg} is defined. */
    public static void assertAllDefined(DatasetGraph dsg) {
        report(undefinedTerms(dsg));
    }

    private static void report(SortedSet<String> undefined) {
        if (!undefined.isEmpty()) {
            fail(undefined.size() + " term(s) not defined by their vocabulary (or in no known vocabulary): "
                    + String.join(", ", undefined));
        }
    }

    private static void check(Triple t, Consumer<String> undefined) {
        Node p = t.getPredicate();
        if (!isDefined(p.getURI())) {
            undefined.accept(p.getURI());
        }
        if (p.equals(RDF.type.asNode()) && t.getObject().isURI() && !isDefined(t.getObject().getURI())) {
            undefined.accept(t.getObject().getURI());
        }
        for (Node n : List.of(t.getSubject(), t.getObject())) {
            if (n.isURI() && inVocabularyNamespace(n.getURI()) && !isDefined(n.getURI())) {
                undefined.accept(n.getURI());
            }
            if (n.isLiteral()) {
                String dt = n.getLiteralDatatypeURI();
                if (!dt.startsWith(XSDDatatype.XSD + "#") && !dt.equals(RDF.langString.getURI())) {
                    undefined.accept(dt);
                }
            }
        }
    }

    private static boolean inVocabularyNamespace(String iri) {
        return VOCABULARY_NAMESPACES.stream().anyMatch(iri::startsWith);
    }

    private static List<String> readList(String resource) {
        try (InputStream in = VocabularyCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("term list not on the test classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

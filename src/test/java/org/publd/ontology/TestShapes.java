package org.publd.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.publd.mapping.IriScheme;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.vocab.CITO;
import org.publd.mapping.vocab.FABIO;
import org.publd.mapping.vocab.FRAPO;
import org.publd.mapping.vocab.PRISM;
import org.publd.mapping.vocab.PROV;
import org.publd.mapping.vocab.PUBLD;
import org.publd.record.Article;

/** Mapped records conform to {@code ontology/shapes.ttl}; graphs broken in one place do not. */
class TestShapes {
    private static final Node RECORD = iri("pubmed/20000001");
    private static final Node AUTHOR_1 = iri("pubmed/20000001/author/1");
    private static final Node AUTHOR_3 = iri("pubmed/20000001/author/3");
    private static final Node CITATION = iri("citation/20000001-30000001");
    private static final Node CITED = iri("pubmed/30000001");
    private static final Node GRAPH = iri("graph/pubmed/20000001");

    static Stream<Arguments> samples() {
        return SampleArticles.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void shapesParse() {
        assertFalse(ShapesLib.shapes().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleConforms(String name, Article article) {
        ShapesLib.assertConforms(MappingLib.map(article));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleConformsUnderAnotherBaseWithoutReifiedCitations(String name, Article article) {
        ShapesLib.assertConforms(MappingLib.map(article, new MappingOptions("https://data.example.org/ld/", false)));
    }

    @Test
    void datasetConformsGraphByGraph() {
        ShapesLib.assertConforms(MappingLib.mapAll(SampleArticles.all().values(), MappingOptions.defaults()));
    }

    // Contributors

    @Test
    void authorWithoutPosition() {
        Graph g = journalArticle();
        remove(g, AUTHOR_1, PUBLD.authorPosition);
        assertViolation(g, AUTHOR_1, PUBLD.authorPosition);
    }

    @Test
    void authorPositionAsString() {
        Graph g = journalArticle();
        replace(g, AUTHOR_1, PUBLD.authorPosition, NodeFactory.createLiteralString("1"));
        assertViolation(g, AUTHOR_1, PUBLD.authorPosition);
    }

    @Test
    void authorPositionDiffersFromIri() {
        Graph g = journalArticle();
        replace(g, AUTHOR_1, PUBLD.authorPosition, NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger));
        assertViolation(g, AUTHOR_1, "differs from the position");
    }

    @Test
    void authorWithTwoNames() {
        Graph g = journalArticle();
        g.add(Triple.create(AUTHOR_1, FOAF.name.asNode(), NodeFactory.createLiteralString("N. Li")));
        assertViolation(g, AUTHOR_1, FOAF.name.asNode());
    }

    @Test
    void collectiveWithPersonalName() {
        Graph g = journalArticle();
        g.add(Triple.create(AUTHOR_3, FOAF.givenName.asNode(), NodeFactory.createLiteralString("Study")));
        assertViolation(g, AUTHOR_3, "without personal names");
    }

    @Test
    void malformedOrcid() {
        Graph g = journalArticle();
        replace(g, AUTHOR_1, OWL.sameAs.asNode(), NodeFactory.createURI("https://orcid.org/0000-0002-1825-009"));
        assertViolation(g, AUTHOR_1, OWL.sameAs.asNode());
    }

    // Reified citations

    @Test
    void citationWithoutCitedEntity() {
        Graph g = journalArticle();
        remove(g, CITATION, CITO.hasCitedEntity);
        assertViolation(g, CITATION, CITO.hasCitedEntity);
    }

    @Test
    void citationWithTwoCitingEntities() {
        Graph g = journalArticle();
        g.add(Triple.create(CITATION, CITO.hasCitingEntity, iri("pubmed/30000002")));
        assertViolation(g, CITATION, CITO.hasCitingEntity);
    }

    @Test
    void citationCharacterizedByALinkNotStated() {
        Graph g = journalArticle();
        g.delete(Triple.create(RECORD, CITO.cites, CITED));
        assertViolation(g, CITATION, "but its citing entity does not");
    }

    @Test
    void citationCharacterizedByANonCitoProperty() {
        Graph g = journalArticle();
        g.add(Triple.create(CITATION, CITO.hasCitationCharacterization, PUBLD.similarTo));
        assertViolation(g, CITATION, CITO.hasCitationCharacterization);
    }

    @Test
    void citationCreationDateOtherThanCitingDate() {
        Graph g = journalArticle();
        replace(g, CITATION, CITO.hasCitationCreationDate, NodeFactory.createLiteralDT("2011", XSDDatatype.XSDgYear));
        assertViolation(g, CITATION, "is not the citing work's dcterms:issued");
    }

    @Test
    void citationTimeSpanNotADuration() {
        Graph g = journalArticle();
        replace(g, CITATION, CITO.hasCitationTimeSpan, NodeFactory.createLiteralString("P5Y"));
        assertViolation(g, CITATION, CITO.hasCitationTimeSpan);
    }

    // Works

    @Test
    void issuedWithWrongDatatype() {
        Graph g = journalArticle();
        replace(g, RECORD, DCTerms.issued.asNode(), NodeFactory.createLiteralString("2010-08-13"));
        assertViolation(g, RECORD, DCTerms.issued.asNode());
    }

    @Test
    void issuedAsDateTime() {
        Graph g = journalArticle();
        replace(g, RECORD, DCTerms.issued.asNode(), NodeFactory.createLiteralDT("2010-08-13T00:00:00Z", XSDDatatype.XSDdateTime));
        assertViolation(g, RECORD, DCTerms.issued.asNode());
    }

    @Test
    void recordWithTwoIssuedDates() {
        Graph g = journalArticle();
        g.add(Triple.create(RECORD, DCTerms.issued.asNode(), NodeFactory.createLiteralDT("2010", XSDDatatype.XSDgYear)));
        assertViolation(g, RECORD, DCTerms.issued.asNode());
    }

    @Test
    void titleWithoutLanguageTag() {
        Graph g = journalArticle();
        replace(g, RECORD, DCTerms.title.asNode(), NodeFactory.createLiteralString("Ketamine."));
        assertViolation(g, RECORD, DCTerms.title.asNode());
    }

    @Test
    void titleTaggedOtherThanEnglish() {
        Graph g = journalArticle();
        replace(g, RECORD, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Ketamin.", "de"));
        assertViolation(g, RECORD, DCTerms.title.asNode());
    }

    @Test
    void doiInUpperCase() {
        Graph g = journalArticle();
        replace(g, RECORD, PRISM.doi, NodeFactory.createLiteralString("10.1126/Science.1190287"));
        assertViolation(g, RECORD, PRISM.doi);
    }

    @Test
    void recordWithoutPmid() {
        Graph g = journalArticle();
        remove(g, RECORD, FABIO.hasPubMedId);
        assertViolation(g, RECORD, FABIO.hasPubMedId);
        assertViolation(g, GRAPH, "does not describe its record");
    }

    @Test
    void workWhosePmidIsNotItsIri() {
        Graph g = journalArticle();
        replace(g, CITED, FABIO.hasPubMedId, NodeFactory.createLiteralString("30000099"));
        assertViolation(g, CITED, "although that is its PubMed ID");
    }

    @Test
    void subjectThatIsNoMeshIri() {
        Graph g = journalArticle();
        g.add(Triple.create(RECORD, DCTerms.subject.asNode(), NodeFactory.createURI("http://example.org/ketamine")));
        assertViolation(g, RECORD, DCTerms.subject.asNode());
    }

    @Test
    void meshTermWithoutLabel() {
        Graph g = journalArticle();
        Node humans = NodeFactory.createURI("http://id.nlm.nih.gov/mesh/D006801");
        remove(g, humans, RDFS.label.asNode());
        assertViolation(g, humans, RDFS.label.asNode());
    }

    @Test
    void primarySubjectThatIsNoSubject() {
        Graph g = journalArticle();
        g.delete(Triple.create(RECORD, DCTerms.subject.asNode(), NodeFactory.createURI("http://id.nlm.nih.gov/mesh/D061218")));
        assertViolation(g, RECORD, "is a primary subject term");
    }

    @Test
    void similarWithoutRelation() {
        Graph g = journalArticle();
        g.delete(Triple.create(RECORD, DCTerms.relation.asNode(), iri("pubmed/30000018")));
        assertViolation(g, RECORD, PUBLD.similarTo);
    }

    @Test
    void linkToAnUndescribedWork() {
        Graph g = journalArticle();
        g.add(Triple.create(RECORD, CITO.cites, iri("pubmed/39999999")));
        assertViolation(g, RECORD, "Both ends of a relation");
    }

    @Test
    void listedWorkNotLinkedToTheRecord() {
        Graph g = journalArticle();
        Node comment = iri("pubmed/30000003");
        g.delete(Triple.create(comment, CITO.discusses, RECORD));
        assertViolation(g, comment, "is linked to the record's work");
    }

    @Test
    void referenceNodeWithPmid() {
        Graph g = journalArticle();
        Node reference = iri("pubmed/20000001/reference/2");
        g.add(Triple.create(reference, FABIO.hasPubMedId, NodeFactory.createLiteralString("30000098")));
        assertViolation(g, reference, "A listed work is B pubmed/");
    }

    @Test
    void bookNodeOfNoChapter() {
        Graph g = MappingLib.map(SampleArticles.bookChapter());
        Node book = iri("pubmed/20000002/book");
        g.delete(Triple.create(iri("pubmed/20000002"), DCTerms.isPartOf.asNode(), book));
        assertViolation(g, book, "A fabio:Book is");
    }

    // Journals, grants, funders

    @Test
    void journalWithoutItsNlmId() {
        Graph g = journalArticle();
        Node journal = iri("journal/0404511");
        remove(g, journal, FABIO.hasNationalLibraryOfMedicineJournalId);
        assertViolation(g, journal, "A journal is B journal/");
    }

    @Test
    void grantWithNeitherNumberNorFunder() {
        Graph g = journalArticle();
        Node grant = iri("pubmed/20000001/grant/2");
        remove(g, grant, FRAPO.hasGrantNumber);
        assertViolation(g, grant, "a grant number, a funder, or both");
    }

    @Test
    void grantFundingNothing() {
        Graph g = journalArticle();
        Node grant = iri("pubmed/20000001/grant/1");
        g.delete(Triple.create(RECORD, FRAPO.isFundedBy, grant));
        assertViolation(g, grant, "A grant funds the record's work");
    }

    // The record graph

    @Test
    void graphWithoutGenerationTime() {
        Graph g = journalArticle();
        remove(g, GRAPH, PROV.generatedAtTime);
        assertViolation(g, GRAPH, PROV.generatedAtTime);
    }

    @Test
    void graphNotDescribingItsRecord() {
        Graph g = journalArticle();
        g.delete(Triple.create(RECORD, RDF.type.asNode(), FABIO.JournalArticle));
        assertViolation(g, GRAPH, "does not describe its record");
    }

    private static Graph journalArticle() {
        return MappingLib.map(SampleArticles.journalArticle());
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(IriScheme.DEFAULT_BASE + path);
    }

    private static void remove(Graph g, Node s, Node p) {
        assertTrue(g.contains(s, p, Node.ANY), "sample has " + s + " " + p);
        g.remove(s, p, Node.ANY);
    }

    private static void replace(Graph g, Node s, Node p, Node o) {
        remove(g, s, p);
        g.add(Triple.create(s, p, o));
    }

    /** The graph does not conform, with a violation at {@code focus} on the property {@code path}. */
    private static void assertViolation(Graph g, Node focus, Node path) {
        assertViolation(g, focus, e -> onPath(e, path), path.toString());
    }

    /** The graph does not conform, with a violation at {@code focus} whose message contains {@code message}. */
    private static void assertViolation(Graph g, Node focus, String message) {
        assertViolation(g, focus, e -> e.message().contains(message), "\"" + message + "\"");
    }

    private static void assertViolation(Graph g, Node focus, Predicate<ReportEntry> expected, String what) {
        ValidationReport r = ShapesLib.validate(g);
        assertFalse(r.conforms(), "a broken graph conforms");
        boolean found = r.getEntries().stream().anyMatch(e -> e.focusNode().equals(focus) && expected.test(e));
        assertTrue(found, "no violation on " + focus + " " + what + "; got:\n" + ShapesLib.describe(r));
    }

    private static boolean onPath(ReportEntry e, Node property) {
        Path p = e.resultPath();
        return p instanceof P_Link link && link.getNode().equals(property);
    }
}

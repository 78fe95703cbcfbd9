package org.publd.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.publd.PubldException;
import org.publd.mapping.vocab.CITO;
import org.publd.mapping.vocab.FABIO;
import org.publd.mapping.vocab.FRAPO;
import org.publd.mapping.vocab.PRISM;
import org.publd.mapping.vocab.PROV;
import org.publd.mapping.vocab.PUBLD;
import org.publd.record.AbstractText;
import org.publd.record.Article;
import org.publd.record.Contributor;
import org.publd.record.Grant;
import org.publd.record.MeshHeading;
import org.publd.record.PubDate;
import org.publd.record.Relation;
import org.publd.record.RelationType;
import org.publd.record.Term;
import org.publd.record.WorkKind;

/** One behaviour of the mapping contract per test, on hand-made records. */
class TestRecordMapper {
    private static final String B = "http://localhost:3030/";
    private static final Node X = uri(B + "pubmed/100");
    private static final Node Y = uri(B + "pubmed/200");
    private static final Node G = uri(B + "graph/pubmed/100");

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Article.Builder record() {
        return Article.builder().pmid("100");
    }

    private static Article listed(String pmid) {
        return Article.builder().kind(WorkKind.LISTED_WORK).pmid(pmid).build();
    }

    private static DatasetGraph map(Article a, boolean reify) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        new RecordMapper(new MappingOptions(B, reify)).map(a, new Provenance("file:///in.xml", Instant.parse("2026-01-02T03:04:05Z")))
                .quads().forEach(dsg::add);
        return dsg;
    }

    private static DatasetGraph map(Article a) {
        return map(a, true);
    }

    private static boolean has(DatasetGraph dsg, Node s, Node p, Node o) {
        return dsg.contains(G, s, p, o);
    }

    @Test
    void everyStatementIsInTheRecordGraph() {
        DatasetGraph dsg = map(record().title("T").build());
        assertTrue(dsg.getDefaultGraph().isEmpty());
        assertEquals(1, dsg.stream().map(q -> q.getGraph()).distinct().count());
        assertTrue(has(dsg, X, DCTerms.title.asNode(), NodeFactory.createLiteralLang("T", "en")));
    }

    @Test
    void recordWithoutPmidIsRefused() {
        assertThrows(PubldException.class, () -> map(Article.builder().title("T").build()));
    }

    @Test
    void identifiersAndExternalLinks() {
        DatasetGraph dsg = map(record().doi("10.1126/Science.1190287").pmcid("PMC3116441").build());
        assertTrue(has(dsg, X, FABIO.hasPubMedId, lit("100")));
        assertTrue(has(dsg, X, DCTerms.identifier.asNode(), lit("pmid:100")));
        assertTrue(has(dsg, X, PRISM.doi, lit("10.1126/science.1190287")));
        assertTrue(has(dsg, X, DCTerms.identifier.asNode(), lit("doi:10.1126/science.1190287")));
        assertTrue(has(dsg, X, FABIO.hasPubMedCentralId, lit("PMC3116441")));
        assertTrue(has(dsg, X, DCTerms.identifier.asNode(), lit("pmcid:PMC3116441")));
        assertTrue(has(dsg, X, OWL.sameAs.asNode(), uri("https://identifiers.org/pubmed:100")));
        assertTrue(has(dsg, X, OWL.sameAs.asNode(), uri("https://doi.org/10.1126/science.1190287")));
        assertTrue(has(dsg, X, RDFS.seeAlso.asNode(), uri("https://pubmed.ncbi.nlm.nih.gov/100/")));
        assertTrue(has(dsg, X, RDFS.seeAlso.asNode(), uri("https://pmc.ncbi.nlm.nih.gov/articles/PMC3116441/")));
    }

    @Test
    void structuredAbstractKeepsLabelledParagraphs() {
        DatasetGraph dsg = map(record().addAbstract(new AbstractText(null, List.of(
                new AbstractText.Section("BACKGROUND", "Why."), new AbstractText.Section("RESULTS", "What.")))).build());
        assertTrue(has(dsg, X, DCTerms.abstract_.asNode(), NodeFactory.createLiteralLang("BACKGROUND: Why.\n\nRESULTS: What.", "en")));
    }

    @Test
    void otherLanguageAbstractIsTaggedWithItsLanguage() {
        DatasetGraph dsg = map(record().addAbstract(new AbstractText("spa", List.of(new AbstractText.Section(null, "Resumen.")))).build());
        assertTrue(has(dsg, X, DCTerms.abstract_.asNode(), NodeFactory.createLiteralLang("Resumen.", "es")));
    }

    @Test
    void vernacularTitleTaggedWithTheArticleLanguage() {
        DatasetGraph dsg = map(record().addLanguage("ger").vernacularTitle("Über Ketamin").build());
        assertTrue(has(dsg, X, DCTerms.alternative.asNode(), NodeFactory.createLiteralLang("Über Ketamin", "de")));
        assertTrue(has(dsg, X, DCTerms.language.asNode(), uri("http://id.loc.gov/vocabulary/iso639-2/ger")));
    }

    @Test
    void pagesAreKeptAndExpanded() {
        DatasetGraph dsg = map(record().volume("329").issue("5994").pages("959-64").build());
        assertTrue(has(dsg, X, PRISM.pageRange, lit("959-64")));
        assertTrue(has(dsg, X, PRISM.startingPage, lit("959")));
        assertTrue(has(dsg, X, PRISM.endingPage, lit("964")));
        assertTrue(has(dsg, X, PRISM.volume, lit("329")));
        assertTrue(has(dsg, X, PRISM.issueIdentifier, lit("5994")));
    }

    @Test
    void medlineDateKeepsTextAndFirstYear() {
        DatasetGraph dsg = map(record().issued(new PubDate(1998, null, null, "1998 Dec-1999 Jan")).build());
        assertTrue(has(dsg, X, DCTerms.issued.asNode(), NodeFactory.createLiteralDT("1998", XSDDatatype.XSDgYear)));
        assertTrue(has(dsg, X, PUBLD.dateText, lit("1998 Dec-1999 Jan")));
    }

    @Test
    void authorsInOrderWithOrcidAndAffiliation() {
        DatasetGraph dsg = map(record()
                .addAuthor(Contributor.person("Li", "Nanxin", "N", null, "0000-0002-1825-0097", List.of("Yale")))
                .addAuthor(Contributor.collective("PubLD Consortium", List.of())).build());
        Node a1 = uri(B + "pubmed/100/author/1");
        Node a2 = uri(B + "pubmed/100/author/2");
        assertTrue(has(dsg, X, DCTerms.creator.asNode(), a1));
        assertTrue(has(dsg, a1, RDF.type.asNode(), FOAF.Person.asNode()));
        assertTrue(has(dsg, a1, FOAF.name.asNode(), lit("Nanxin Li")));
        assertTrue(has(dsg, a1, FOAF.givenName.asNode(), lit("Nanxin")));
        assertTrue(has(dsg, a1, FOAF.familyName.asNode(), lit("Li")));
        assertTrue(has(dsg, a1, PUBLD.authorPosition, NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger)));
        assertTrue(has(dsg, a1, PUBLD.affiliation, lit("Yale")));
        assertTrue(has(dsg, a1, OWL.sameAs.asNode(), uri("https://orcid.org/0000-0002-1825-0097")));
        assertTrue(has(dsg, a2, RDF.type.asNode(), FOAF.Organization.asNode()));
        assertTrue(has(dsg, a2, FOAF.name.asNode(), lit("PubLD Consortium")));
        assertTrue(has(dsg, a2, PUBLD.authorPosition, NodeFactory.createLiteralDT("2", XSDDatatype.XSDinteger)));
    }

    @Test
    void meshHeadingWithQualifiersAndMajorTopics() {
        DatasetGraph dsg = map(record().addMeshHeading(new MeshHeading(new Term("D000928", "Antidepressive Agents"), false,
                List.of(new MeshHeading.Qualifier(new Term("Q000494", "pharmacology"), true)))).build());
        Node d = uri("http://id.nlm.nih.gov/mesh/D000928");
        Node pair = uri("http://id.nlm.nih.gov/mesh/D000928Q000494");
        assertTrue(has(dsg, X, DCTerms.subject.asNode(), d));
        assertTrue(has(dsg, X, DCTerms.subject.asNode(), pair));
        assertTrue(has(dsg, X, FABIO.hasPrimarySubjectTerm, pair));
        assertFalse(has(dsg, X, FABIO.hasPrimarySubjectTerm, d));
        assertTrue(has(dsg, d, RDFS.label.asNode(), lit("Antidepressive Agents")));
        assertTrue(has(dsg, pair, RDFS.label.asNode(), lit("Antidepressive Agents/pharmacology")));
    }

    @Test
    void headingWithoutUiIsKeptAsTextNeverAsAnIri() {
        DatasetGraph dsg = map(record().addMeshHeading(new MeshHeading(Term.named("Ketamine"), true,
                List.of(new MeshHeading.Qualifier(Term.named("pharmacology"), false)))).build());
        assertTrue(has(dsg, X, PUBLD.meshHeadingText, lit("*Ketamine/pharmacology")));
        assertFalse(dsg.contains(G, X, DCTerms.subject.asNode(), Node.ANY));
    }

    @Test
    void qualifierWithoutUiKeepsTheWholeHeadingAsText() {
        DatasetGraph dsg = map(record().addMeshHeading(new MeshHeading(new Term("D007649", "Ketamine"), false,
                List.of(new MeshHeading.Qualifier(Term.named("pharmacology"), true)))).build());
        assertTrue(has(dsg, X, DCTerms.subject.asNode(), uri("http://id.nlm.nih.gov/mesh/D007649")));
        assertTrue(has(dsg, X, PUBLD.meshHeadingText, lit("Ketamine/*pharmacology")));
    }

    @Test
    void substancesAndKeywords() {
        DatasetGraph dsg = map(record().addSubstance(new Term("D007649", "Ketamine")).addSubstance(Term.named("Antidepressive Agents"))
                .addKeyword("mTOR").build());
        assertTrue(has(dsg, X, PUBLD.substance, uri("http://id.nlm.nih.gov/mesh/D007649")));
        assertTrue(has(dsg, uri("http://id.nlm.nih.gov/mesh/D007649"), RDFS.label.asNode(), lit("Ketamine")));
        assertTrue(has(dsg, X, PUBLD.substanceName, lit("Antidepressive Agents")));
        assertTrue(has(dsg, X, PRISM.keyword, lit("mTOR")));
    }

    @Test
    void publicationTypeGivesMeshTypeAndFabioClass() {
        DatasetGraph dsg = map(record().addPublicationType(new Term("D016454", "Review")).build());
        assertTrue(has(dsg, X, DCTerms.type.asNode(), uri("http://id.nlm.nih.gov/mesh/D016454")));
        assertTrue(has(dsg, X, RDF.type.asNode(), FABIO.ReviewArticle));
        assertTrue(has(dsg, X, RDF.type.asNode(), FABIO.JournalArticle));
    }

    @Test
    void grantAndFunder() {
        DatasetGraph dsg = map(record().addGrant(new Grant("MH45481", "MH", "NIMH NIH HHS", "United States")).build());
        Node grant = uri(B + "pubmed/100/grant/1");
        Node funder = uri(B + "funder/nimh-nih-hhs");
        assertTrue(has(dsg, X, FRAPO.isFundedBy, grant));
        assertTrue(has(dsg, grant, FRAPO.hasGrantNumber, lit("MH45481")));
        assertTrue(has(dsg, grant, FRAPO.isAwardedBy, funder));
        assertTrue(has(dsg, funder, RDF.type.asNode(), FRAPO.FundingAgency));
        assertTrue(has(dsg, funder, FOAF.name.asNode(), lit("NIMH NIH HHS")));
        assertTrue(has(dsg, funder, PUBLD.country, lit("United States")));
    }

    @Test
    void commentInMakesTheCommentDiscussTheRecord() {
        DatasetGraph dsg = map(record().addRelation(new Relation(RelationType.COMMENT_IN, listed("200"))).build());
        assertTrue(has(dsg, Y, CITO.discusses, X));
        assertFalse(has(dsg, X, CITO.discusses, Y));
        assertTrue(has(dsg, Y, RDF.type.asNode(), FABIO.Expression));
    }

    @Test
    void citedByMakesTheOtherWorkCiteTheRecord() {
        DatasetGraph dsg = map(record().addRelation(new Relation(RelationType.CITED_BY, listed("200"))).build());
        assertTrue(has(dsg, Y, CITO.cites, X));
    }

    @Test
    void relationDirections() {
        Object[][] cases = {
            {RelationType.CITES, CITO.cites, true}, {RelationType.COMMENT_ON, CITO.discusses, true},
            {RelationType.ERRATUM_IN, CITO.corrects, false}, {RelationType.ERRATUM_FOR, CITO.corrects, true},
            {RelationType.RETRACTION_IN, CITO.retracts, false}, {RelationType.RETRACTION_OF, CITO.retracts, true},
            {RelationType.UPDATE_IN, CITO.updates, false}, {RelationType.UPDATE_OF, CITO.updates, true},
            {RelationType.REPUBLISHED_IN, CITO.citesAsSourceDocument, false},
            {RelationType.REPUBLISHED_FROM, CITO.citesAsSourceDocument, true},
            {RelationType.REPRINT_IN, CITO.citesAsSourceDocument, false}, {RelationType.REPRINT_OF, CITO.citesAsSourceDocument, true},
            {RelationType.EXPRESSION_OF_CONCERN_IN, PUBLD.expressesConcernAbout, false},
            {RelationType.EXPRESSION_OF_CONCERN_FOR, PUBLD.expressesConcernAbout, true},
            {RelationType.SUMMARY_FOR_PATIENTS_IN, CITO.describes, false}, {RelationType.ORIGINAL_REPORT_IN, CITO.describes, true},
        };
        for (Object[] c : cases) {
            DatasetGraph dsg = map(record().addRelation(new Relation((RelationType) c[0], listed("200"))).build());
            boolean recordCites = (Boolean) c[2];
            Node s = recordCites ? X : Y;
            Node o = recordCites ? Y : X;
            assertTrue(has(dsg, s, (Node) c[1], o), () -> c[0] + " should give " + s + " " + c[1] + " " + o);
            assertFalse(has(dsg, o, (Node) c[1], s), () -> c[0] + " points the wrong way");
        }
    }

    @Test
    void similarArticlesAreNeverCitations() {
        DatasetGraph dsg = map(record().addRelation(new Relation(RelationType.SIMILAR, listed("200"))).build());
        assertTrue(has(dsg, X, PUBLD.similarTo, Y));
        assertTrue(has(dsg, X, DCTerms.relation.asNode(), Y));
        assertFalse(dsg.stream().anyMatch(q -> q.getPredicate().getURI().startsWith(CITO.NS)
                || q.getObject().isURI() && q.getObject().getURI().startsWith(CITO.NS)));
    }

    @Test
    void citationIsReifiedWithDateAndSpan() {
        Article cited = Article.builder().kind(WorkKind.LISTED_WORK).pmid("200").issued(PubDate.of(2009, 5)).build();
        DatasetGraph dsg = map(record().issued(PubDate.of(2010, 8, 20)).addRelation(new Relation(RelationType.CITES, cited)).build());
        Node c = uri(B + "citation/100-200");
        assertTrue(has(dsg, c, RDF.type.asNode(), CITO.Citation));
        assertTrue(has(dsg, c, CITO.hasCitingEntity, X));
        assertTrue(has(dsg, c, CITO.hasCitedEntity, Y));
        assertTrue(has(dsg, c, CITO.hasCitationCharacterization, CITO.cites));
        assertTrue(has(dsg, c, CITO.hasCitationCreationDate, NodeFactory.createLiteralDT("2010-08-20", XSDDatatype.XSDdate)));
        assertTrue(has(dsg, c, CITO.hasCitationTimeSpan, NodeFactory.createLiteralDT("P1Y3M", XSDDatatype.XSDduration)));
    }

    @Test
    void reifiedCitationNamesTheCitingWorkFirst() {
        DatasetGraph dsg = map(record().addRelation(new Relation(RelationType.COMMENT_IN, listed("200"))).build());
        assertTrue(has(dsg, uri(B + "citation/200-100"), CITO.hasCitingEntity, Y));
    }

    @Test
    void noReifyOmitsCitations() {
        DatasetGraph dsg = map(record().addRelation(new Relation(RelationType.CITES, listed("200"))).build(), false);
        assertTrue(has(dsg, X, CITO.cites, Y));
        assertFalse(dsg.contains(G, Node.ANY, RDF.type.asNode(), CITO.Citation));
    }

    @Test
    void referenceWithoutPmidGetsAReferenceNode() {
        Article ref = Article.builder().kind(WorkKind.LISTED_WORK).citationText("Smith J. A book. 1999.").doi("10.1/X").build();
        DatasetGraph dsg = map(record().addRelation(new Relation(RelationType.CITES, ref)).build());
        Node r = uri(B + "pubmed/100/reference/1");
        assertTrue(has(dsg, X, CITO.cites, r));
        assertTrue(has(dsg, r, RDF.type.asNode(), FABIO.Expression));
        assertTrue(has(dsg, r, DCTerms.bibliographicCitation.asNode(), lit("Smith J. A book. 1999.")));
        assertTrue(has(dsg, r, PRISM.doi, lit("10.1/x")));
        assertFalse(dsg.contains(G, Node.ANY, RDF.type.asNode(), CITO.Citation));
    }

    @Test
    void recordGraphDescribesItsProvenance() {
        DatasetGraph dsg = map(record().revised(java.time.LocalDate.of(2024, 3, 1)).build());
        assertTrue(has(dsg, G, RDF.type.asNode(), PROV.Entity));
        assertTrue(has(dsg, G, PROV.wasDerivedFrom, uri("file:///in.xml")));
        assertTrue(has(dsg, G, PROV.generatedAtTime, NodeFactory.createLiteralDT("2026-01-02T03:04:05Z", XSDDatatype.XSDdateTime)));
        assertTrue(dsg.contains(G, G, PROV.wasAttributedTo, Node.ANY));
        assertTrue(has(dsg, G, DCTerms.modified.asNode(), NodeFactory.createLiteralDT("2024-03-01", XSDDatatype.XSDdate)));
    }

    @Test
    void absentValuesProduceNoEmptyLiterals() {
        DatasetGraph dsg = map(record().title(" ").volume("").build());
        assertFalse(dsg.contains(G, X, DCTerms.title.asNode(), Node.ANY));
        assertFalse(dsg.contains(G, X, PRISM.volume, Node.ANY));
    }
}

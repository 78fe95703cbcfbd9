package org.publd.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publd.mapping.vocab.CITO;
import org.publd.mapping.vocab.FABIO;
import org.publd.mapping.vocab.PRISM;
import org.publd.mapping.vocab.PUBLD;
import org.publd.pipeline.RecordPipeline;

/**
 * The origin record (the PubMed page of PMID 20724638 saved as text) as RDF: the relations of its
 * lists point the way the contract says, the listed works carry what the page says of them, and
 * nothing the page does not give is invented.
 */
class TestSeedMapping {
    private static final String B = IriScheme.DEFAULT_BASE;
    private static final Node SEED = uri(B + "pubmed/20724638");
    private static Graph g;

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node pm(String pmid) {
        return uri(B + "pubmed/" + pmid);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    @BeforeAll
    static void map() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RecordPipeline.Summary s = RecordPipeline.builder(new RecordMapper(MappingOptions.defaults())).strict(true).build()
                .run(List.of("src/test/resources/seeds/000_141a0cefe409d238.txt"), new StreamRecordSink(StreamRDFLib.dataset(dsg)));
        assertEquals(1, s.records());
        g = dsg.getGraph(uri(B + "graph/pubmed/20724638"));
    }

    @Test
    void commentsDiscussTheRecord() {
        for (String pmid : List.of("20724626", "21080533", "21158553")) {
            assertTrue(g.contains(pm(pmid), CITO.discusses, SEED), pmid);
            assertTrue(g.contains(uri(B + "citation/" + pmid + "-20724638"), CITO.hasCitingEntity, pm(pmid)), pmid);
        }
        assertEquals(3, g.find(Node.ANY, CITO.discusses, SEED).toList().size());
    }

    @Test
    void similarArticlesAreRelatedNotCited() {
        for (String pmid : List.of("21292242", "22826346", "23751205", "21907221", "30316917")) {
            assertTrue(g.contains(SEED, PUBLD.similarTo, pm(pmid)), pmid);
            assertTrue(g.contains(SEED, DCTerms.relation.asNode(), pm(pmid)), pmid);
            assertFalse(g.contains(SEED, CITO.cites, pm(pmid)), pmid);
        }
    }

    @Test
    void citingWorksCiteTheRecord() {
        for (String pmid : List.of("33904154", "34035476", "26016889", "25637439", "38326457")) {
            assertTrue(g.contains(pm(pmid), CITO.cites, SEED), pmid);
        }
        assertEquals(5, g.find(Node.ANY, CITO.cites, SEED).toList().size());
    }

    @Test
    void aListedWorkCarriesWhatThePageSays() {
        Node w = pm("21292242");
        assertTrue(g.contains(w, DCTerms.title.asNode(), NodeFactory.createLiteralLang(
                "Glutamate N-methyl-D-aspartate receptor antagonists rapidly reverse behavioral and synaptic deficits caused by chronic stress exposure.",
                "en")));
        assertTrue(g.contains(w, PRISM.publicationName, lit("Biol Psychiatry")));
        assertTrue(g.contains(w, DCTerms.issued.asNode(), NodeFactory.createLiteralDT("2011-04-15", XSDDatatype.XSDdate)));
        assertTrue(g.contains(w, PRISM.volume, lit("69")));
        assertTrue(g.contains(w, PRISM.issueIdentifier, lit("8")));
        assertTrue(g.contains(w, PRISM.pageRange, lit("754-61")));
        assertTrue(g.contains(w, PRISM.doi, lit("10.1016/j.biopsych.2010.12.015")));
        assertTrue(g.contains(w, DCTerms.available.asNode(), NodeFactory.createLiteralDT("2011-02-03", XSDDatatype.XSDdate)));
        assertTrue(g.contains(w, PUBLD.freePmcArticle, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
    }

    @Test
    void datesKeepTheirPrecision() {
        assertTrue(g.contains(pm("21080533"), DCTerms.issued.asNode(), NodeFactory.createLiteralDT("2010-10", XSDDatatype.XSDgYearMonth)));
        assertTrue(g.contains(pm("25637439"), DCTerms.issued.asNode(), NodeFactory.createLiteralDT("2015", XSDDatatype.XSDgYear)));
    }

    @Test
    void flagsOfListedWorks() {
        assertTrue(g.contains(pm("20724626"), PUBLD.noAbstractAvailable, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        assertTrue(g.contains(pm("22826346"), RDF.type.asNode(), FABIO.ReviewArticle));
    }

    @Test
    void theRecordsOwnIdentifiersTitleAndAbstract() {
        assertTrue(g.contains(SEED, FABIO.hasPubMedCentralId, lit("PMC3116441")));
        assertTrue(g.contains(SEED, PRISM.doi, lit("10.1126/science.1190287")));
        assertTrue(g.contains(SEED, DCTerms.title.asNode(), NodeFactory.createLiteralLang(
                "mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists", "en")));
        assertTrue(g.contains(SEED, DCTerms.abstract_.asNode(), Node.ANY));
    }

    @Test
    void nothingInventedNoJournalNoAuthors() {
        assertFalse(g.contains(SEED, DCTerms.creator.asNode(), Node.ANY));
        assertFalse(g.contains(SEED, DCTerms.isPartOf.asNode(), Node.ANY));
        assertFalse(g.contains(SEED, PRISM.publicationName, Node.ANY));
        assertFalse(g.contains(SEED, DCTerms.issued.asNode(), Node.ANY));
        assertFalse(g.contains(SEED, DCTerms.subject.asNode(), Node.ANY));
    }
}

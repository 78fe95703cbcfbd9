package org.publd.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publd.PubldException;
import org.publd.record.Journal;

class TestIriScheme {
    private final IriScheme iris = new IriScheme("http://example.org/ld");

    @Test
    void baseGainsFinalSlash() {
        assertEquals("http://example.org/ld/", iris.base());
    }

    @Test
    void baseMustBeHttp() {
        assertThrows(PubldException.class, () -> new IriScheme("file:///tmp/"));
    }

    @Test
    void baseMustNotHaveFragment() {
        assertThrows(PubldException.class, () -> new IriScheme("http://example.org/#x"));
    }

    @Test
    void articleAndGraph() {
        assertEquals("http://example.org/ld/pubmed/20724638", iris.article("20724638").getURI());
        assertEquals("http://example.org/ld/graph/pubmed/20724638", iris.graph("20724638").getURI());
    }

    @Test
    void authorGrantReferenceCitation() {
        assertEquals("http://example.org/ld/pubmed/1/author/2", iris.author("1", 2).getURI());
        assertEquals("http://example.org/ld/pubmed/1/grant/3", iris.grant("1", 3).getURI());
        assertEquals("http://example.org/ld/pubmed/1/reference/4", iris.reference("1", 4).getURI());
        assertEquals("http://example.org/ld/citation/1-2", iris.citation("1", "2").getURI());
    }

    @Test
    void sourceIsAFileNameUnderTheBaseAndReadsBackAsSuch() {
        assertEquals("http://example.org/ld/source/pubmed25n0001.xml.gz", iris.source("pubmed25n0001.xml.gz").getURI());
        assertEquals("http://example.org/ld/source/my%20file%2Fx.xml", iris.source("my file/x.xml").getURI());
        assertEquals(IriScheme.Space.SOURCE, iris.space(iris.source("a.xml")));
    }

    @Test
    void journalByNlmIdThenIssnLThenPrintIssn() {
        assertEquals("http://example.org/ld/journal/0404511",
                iris.journal(new Journal("Science", null, null, "0036-8075", null, "0036-8075", "0404511", null)).getURI());
        assertEquals("http://example.org/ld/issn/1111-2222",
                iris.journal(new Journal("J", null, null, "0036-8075", null, "1111-2222", null, null)).getURI());
        assertEquals("http://example.org/ld/issn/0036-8075",
                iris.journal(new Journal("J", null, null, "0036-8075", null, null, null, null)).getURI());
    }

    @Test
    void noJournalNodeWithoutIdOrIssn() {
        assertNull(iris.journal(new Journal("J", "J", null, null, "1095-9203", null, null, null)));
    }

    @Test
    void funderSlugFoldsNonAlphanumericsAndAccents() {
        assertEquals("http://example.org/ld/funder/nimh-nih-hhs", iris.funder("NIMH NIH HHS").getURI());
        assertEquals("http://example.org/ld/funder/fondation-sante-paris", iris.funder("  Fondation Santé (Paris) ").getURI());
    }

    @Test
    void doiCharactersIllegalInIrisAreEncoded() {
        assertEquals("https://doi.org/10.1002/(sici)1097-4636(199901)44:1%3C1::aid-jbm1%3E3.0.co;2-%23",
                IriScheme.doi("10.1002/(sici)1097-4636(199901)44:1<1::aid-jbm1>3.0.co;2-#").getURI());
    }

    @Test
    void meshDescriptorAndPair() {
        assertEquals("http://id.nlm.nih.gov/mesh/D000928", IriScheme.mesh("D000928").getURI());
        assertEquals("http://id.nlm.nih.gov/mesh/D000928Q000494", IriScheme.meshPair("D000928", "Q000494").getURI());
    }

    @Test
    void pathSegmentsCannotEscape() {
        assertEquals("http://example.org/ld/journal/..%2F..%2Fetc",
                iris.journal(new Journal(null, null, null, null, null, null, "../../etc", null)).getURI());
    }

    @Test
    void spacesReadBackWhatWasMinted() {
        assertEquals(IriScheme.Space.WORK, iris.space(iris.article("1")));
        assertEquals(IriScheme.Space.BOOK, iris.space(iris.book("1")));
        assertEquals(IriScheme.Space.AUTHOR, iris.space(iris.author("1", 2)));
        assertEquals(IriScheme.Space.EDITOR, iris.space(iris.editor("1", 2)));
        assertEquals(IriScheme.Space.GRANT, iris.space(iris.grant("1", 3)));
        assertEquals(IriScheme.Space.REFERENCE, iris.space(iris.reference("1", 4)));
        assertEquals(IriScheme.Space.CITATION, iris.space(iris.citation("1", "2")));
        assertEquals(IriScheme.Space.RECORD_GRAPH, iris.space(iris.graph("1")));
        assertEquals(IriScheme.Space.LINKS_GRAPH, iris.space(iris.linksGraph("wikidata")));
        assertEquals(IriScheme.Space.JOURNAL, iris.space(iris.journal(
                new Journal("T", "T", null, "1234-5678", null, null, "0404511", null))));
        assertEquals(IriScheme.Space.JOURNAL, iris.space(iris.journal(
                new Journal("T", "T", null, "1234-5678", null, null, null, null))));
        assertEquals(IriScheme.Space.FUNDER, iris.space(iris.funder("National Institutes of Health")));
        assertEquals(IriScheme.Space.PUBLISHER, iris.space(iris.publisher("Springer")));
        assertEquals(IriScheme.Space.SOFTWARE, iris.space(iris.software("1.0")));
        assertEquals(IriScheme.Space.DATASET, iris.space(iris.dataset()));
        assertEquals(IriScheme.Space.MESH, iris.space(IriScheme.mesh("D008928")));
        assertEquals(IriScheme.Space.MESH, iris.space(IriScheme.meshPair("D008928", "Q000494")));
    }

    @Test
    void iriSpacesPubldDoesNotMint() {
        assertEquals(IriScheme.Space.OTHER, iris.space(NodeFactory.createURI("http://example.org/ld/pubmed/1/figure/2")));
        assertEquals(IriScheme.Space.OTHER, iris.space(NodeFactory.createURI("http://example.org/ld/voids")));
        assertEquals(IriScheme.Space.EXTERNAL, iris.space(IriScheme.doi("10.1000/x")));
        assertEquals(IriScheme.Space.EXTERNAL, iris.space(NodeFactory.createURI("http://example.org/other/pubmed/1")));
        assertEquals(IriScheme.Space.EXTERNAL, iris.space(NodeFactory.createBlankNode()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20724638", "12/34", "a b", "é"})
    void aRecordGraphNamesItsPmid(String pmid) {
        assertEquals(Optional.of(pmid), iris.recordOf(iris.graph(pmid)));
    }

    @Test
    void onlyRecordGraphsUnderTheBaseNameAPmid() {
        assertEquals(Optional.empty(), iris.recordOf(iris.linksGraph("wikidata")));
        assertEquals(Optional.empty(), iris.recordOf(iris.article("1")));
        assertEquals(Optional.empty(), iris.recordOf(new IriScheme("http://other.org/").graph("1")));
        assertEquals(Optional.empty(), iris.recordOf(NodeFactory.createURI("http://example.org/ld/graph/pubmed/")));
        assertEquals(Optional.empty(), iris.recordOf(NodeFactory.createURI("http://example.org/ld/graph/pubmed/1/x")));
    }

    @Test
    void aRecordGraphTellsTheBaseItWasMintedUnder() {
        assertEquals(Optional.of("http://example.org/ld/"), IriScheme.recordBase(iris.graph("1")));
        assertEquals(Optional.of("https://x.org/a/b/"), IriScheme.recordBase(new IriScheme("https://x.org/a/b").graph("7")));
        assertEquals(Optional.empty(), IriScheme.recordBase(iris.linksGraph("wikidata")));
        assertEquals(Optional.empty(), IriScheme.recordBase(NodeFactory.createURI("urn:x:graph/pubmed/1")));
        assertEquals(Optional.empty(), IriScheme.recordBase(NodeFactory.createBlankNode()));
    }

    @Test
    void meshUisAndWikidataQidsReadBack() {
        assertEquals(Optional.of("D000928Q000494"), IriScheme.meshUi(IriScheme.meshPair("D000928", "Q000494")));
        assertEquals(Optional.empty(), IriScheme.meshUi(IriScheme.doi("10.1/x")));
        assertEquals(Optional.of("Q42"), IriScheme.wikidataQid(IriScheme.wikidataItem("Q42")));
        assertEquals(Optional.of("Q42"), IriScheme.wikidataQid(NodeFactory.createURI("https://www.wikidata.org/entity/Q42")));
        assertEquals(Optional.empty(), IriScheme.wikidataQid(NodeFactory.createURI("http://www.wikidata.org/entity/P31")));
    }
}

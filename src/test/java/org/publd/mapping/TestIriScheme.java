package org.publd.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
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
    void kindsByIriSpace() {
        assertEquals(IriScheme.Kind.WORK, iris.kind(iris.article("1")));
        assertEquals(IriScheme.Kind.WORK, iris.kind(iris.book("1")));
        assertEquals(IriScheme.Kind.CONTRIBUTOR, iris.kind(iris.author("1", 2)));
        assertEquals(IriScheme.Kind.CONTRIBUTOR, iris.kind(iris.editor("1", 2)));
        assertEquals(IriScheme.Kind.UNNAMED, iris.kind(iris.grant("1", 3)));
        assertEquals(IriScheme.Kind.UNNAMED, iris.kind(iris.reference("1", 4)));
        assertEquals(IriScheme.Kind.UNNAMED, iris.kind(iris.citation("1", "2")));
        assertEquals(IriScheme.Kind.UNNAMED, iris.kind(iris.graph("1")));
        assertEquals(IriScheme.Kind.JOURNAL, iris.kind(iris.journal(
                new Journal("T", "T", null, "1234-5678", null, null, "0404511", null))));
        assertEquals(IriScheme.Kind.JOURNAL, iris.kind(iris.journal(
                new Journal("T", "T", null, "1234-5678", null, null, null, null))));
        assertEquals(IriScheme.Kind.AGENT, iris.kind(iris.funder("National Institutes of Health")));
        assertEquals(IriScheme.Kind.AGENT, iris.kind(iris.publisher("Springer")));
        assertEquals(IriScheme.Kind.SOFTWARE, iris.kind(iris.software("1.0")));
        assertEquals(IriScheme.Kind.MESH, iris.kind(IriScheme.mesh("D008928")));
        assertEquals(IriScheme.Kind.OTHER, iris.kind(iris.dataset()));
        assertEquals(IriScheme.Kind.OTHER, iris.kind(NodeFactory.createURI("http://example.org/ld/pubmed/1/figure/2")));
        assertEquals(IriScheme.Kind.EXTERNAL, iris.kind(IriScheme.doi("10.1000/x")));
        assertEquals(IriScheme.Kind.EXTERNAL, iris.kind(NodeFactory.createURI("http://example.org/other/pubmed/1")));
        assertEquals(IriScheme.Kind.EXTERNAL, iris.kind(NodeFactory.createBlankNode()));
    }

    @Test
    void eachKindIsNamedByTheMappersProperty() {
        assertEquals(List.of(DCTerms.title.asNode()), IriScheme.Kind.WORK.labels());
        assertEquals(List.of(FOAF.name.asNode()), IriScheme.Kind.AGENT.labels());
        assertEquals(List.of(RDFS.label.asNode()), IriScheme.Kind.MESH.labels());
        assertEquals(List.of(), IriScheme.Kind.UNNAMED.labels());
        assertEquals(3, IriScheme.Kind.OTHER.labels().size());
    }
}

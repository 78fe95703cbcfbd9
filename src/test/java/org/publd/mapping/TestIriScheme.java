package org.publd.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}

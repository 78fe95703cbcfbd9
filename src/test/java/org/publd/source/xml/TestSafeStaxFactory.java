package org.publd.source.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The root element is named from the start of an input, past whatever precedes it, fetching nothing. */
class TestSafeStaxFactory {
    private static Optional<String> root(String head) {
        return SafeStaxFactory.rootElement(head);
    }

    @Test
    void rootAfterDeclarationDoctypeCommentsAndInstructions() {
        assertEquals(Optional.of("PubmedArticleSet"), root("""
                <?xml version="1.0" ?>
                <!-- efetch result -->
                <?xml-stylesheet href="s.xsl"?>
                <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" \
                "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
                <PubmedArticleSet><PubmedArticle>"""));
    }

    @Test
    void rootAfterByteOrderMarkAndBlankLines() {
        assertEquals(Optional.of("article"), root("\uFEFF\n\n  <article dtd-version=\"1.3\">"));
    }

    @Test
    void rootWhoseStartTagIsAllTheHeadHolds() {
        assertEquals(Optional.of("PubmedArticleSet"), root("<PubmedArticleSet>\n<PubmedArticle><Medline"));
    }

    @Test
    void declaredEncodingDoesNotMatterToTheDecodedHead() {
        assertEquals(Optional.of("r"), root("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>caf\u00e9</r>"));
    }

    @Test
    void externalDtdIsNotFetched() {
        // Fetching it would fail (.invalid never resolves), and the failure would leave no root.
        assertEquals(Optional.of("r"), root("<!DOCTYPE r SYSTEM \"http://publd.invalid/r.dtd\"><r/>"));
    }

    @Test
    void textThatIsNotXmlHasNoRoot() {
        assertEquals(Optional.empty(), root("PMID- 20724638\nOWN - NLM\n"));
    }

    @Test
    void headCutOffBeforeTheRootHasNoRoot() {
        assertEquals(Optional.empty(), root("<?xml version=\"1.0\"?>\n<!-- a long comment that the head cuts"));
    }

    @Test
    void emptyHeadHasNoRoot() {
        assertEquals(Optional.empty(), root(""));
    }
}

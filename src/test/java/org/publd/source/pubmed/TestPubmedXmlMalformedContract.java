package org.publd.source.pubmed;

import org.publd.source.AbstractTestSourceFormat;
import org.publd.source.SourceFormat;

/** The contract of every input format, for a PubMed XML record that is not well-formed XML. */
class TestPubmedXmlMalformedContract extends AbstractTestSourceFormat {
    private static final String FIRST = "<PubmedArticle><MedlineCitation><PMID>1</PMID></MedlineCitation></PubmedArticle>";
    private static final String LAST = "<PubmedArticle><MedlineCitation><PMID>3</PMID></MedlineCitation></PubmedArticle>";

    @Override
    protected SourceFormat format() {
        return new PubmedXmlFormat();
    }

    @Override
    protected String withBadRecord() {
        return "<PubmedArticleSet>\n" + FIRST + """

                <PubmedArticle><MedlineCitation><PMID>2</PMID>
                  <Article><ArticleTitle>Caf&eacute; au lait</ArticleTitle></Article>
                </MedlineCitation></PubmedArticle>
                """ + LAST + "\n</PubmedArticleSet>";
    }

    @Override
    protected String withoutBadRecord() {
        return "<PubmedArticleSet>\n" + FIRST + "\n" + LAST + "\n</PubmedArticleSet>";
    }

    @Override
    protected BadRecord badRecord() {
        return new BadRecord(2, "2", 4);
    }
}

package org.publd.source.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.publd.source.pubmed.PubmedXmlTestLib.articleSet;
import static org.publd.source.pubmed.PubmedXmlTestLib.readOne;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publd.record.Article;
import org.publd.record.ArticleId;
import org.publd.record.Book;
import org.publd.record.Contributor;
import org.publd.record.PubDate;
import org.publd.record.Term;
import org.publd.record.WorkKind;

/** {@code PubmedBookArticle}: whole books and chapters. */
class TestPubmedXmlBooks {
    private static final String BOOK = """
            <Book>
              <Publisher><PublisherName>National Academies Press (US)</PublisherName>
                <PublisherLocation>Washington (DC)</PublisherLocation></Publisher>
              <BookTitle book="nap1">Dietary <i>Reference</i> Intakes</BookTitle>
              <PubDate><Year>2011</Year></PubDate>
              <AuthorList Type="editors"><Author><LastName>Ross</LastName><ForeName>A Catharine</ForeName></Author>
              </AuthorList>
              <AuthorList Type="authors"><Author><CollectiveName>Institute of Medicine</CollectiveName></Author>
              </AuthorList>
              <Volume>2</Volume>
              <Isbn>0309163943</Isbn><Isbn>9780309163941</Isbn>
              <Medium>Internet</Medium>
            </Book>""";

    private static Article book(String document) {
        return readOne(articleSet("<PubmedBookArticle><BookDocument><PMID Version=\"1\">21796828</PMID>"
                + "<ArticleIdList><ArticleId IdType=\"bookaccession\">NBK56070</ArticleId></ArticleIdList>"
                + BOOK + document + "</BookDocument>"
                + "<PubmedBookData><ArticleIdList><ArticleId IdType=\"pubmed\">21796828</ArticleId>"
                + "<ArticleId IdType=\"doi\">10.17226/13050</ArticleId></ArticleIdList></PubmedBookData>"
                + "</PubmedBookArticle>"));
    }

    @Test
    void wholeBookWithoutArticleTitle() {
        Article a = book("<Language>eng</Language>");
        assertEquals(WorkKind.BOOK, a.kind());
        assertEquals("Dietary Reference Intakes", a.title());
    }

    @Test
    void bookDescribed() {
        Article a = book("");
        assertEquals(new Book("Dietary Reference Intakes", "National Academies Press (US)", "Washington (DC)",
                List.of("0309163943", "9780309163941"),
                List.of(Contributor.person("Ross", "A Catharine", null, null, null, List.of()))), a.book());
        assertEquals("2", a.volume());
    }

    @Test
    void wholeBookByTheBooksAuthors() {
        assertEquals(List.of(Contributor.collective("Institute of Medicine", List.of())), book("").authors());
    }

    @Test
    void wholeBookIssuedWhenTheBookWas() {
        Article a = book("<ContributionDate><Year>2012</Year><Month>3</Month></ContributionDate>");
        assertEquals(PubDate.of(2011), a.issued());
    }

    @Test
    void chapterWithArticleTitle() {
        Article a = book("<ArticleTitle book=\"nap1\" part=\"ch1\">Overview of <i>Calcium</i></ArticleTitle>");
        assertEquals(WorkKind.BOOK_CHAPTER, a.kind());
        assertEquals("Overview of Calcium", a.title());
        assertEquals("Dietary Reference Intakes", a.book().title());
    }

    @Test
    void chapterByItsOwnAuthors() {
        Article a = book("<ArticleTitle>Ch</ArticleTitle><AuthorList Type=\"authors\"><Author><LastName>Napolitano</LastName>"
                + "</Author></AuthorList>");
        assertEquals(List.of("Napolitano"), a.authors().stream().map(Contributor::familyName).toList());
    }

    @Test
    void chapterIssuedWhenContributed() {
        Article a = book("<ArticleTitle>Ch</ArticleTitle><ContributionDate><Year>2006</Year><Month>2</Month><Day>15</Day>"
                + "</ContributionDate>");
        assertEquals(PubDate.of(2006, 2, 15), a.issued());
    }

    @Test
    void bookIdentifiersFromBothLists() {
        Article a = book("");
        assertEquals(List.of(new ArticleId("bookaccession", "NBK56070")), a.otherIds());
        assertEquals("10.17226/13050", a.doi());
    }

    @Test
    void bookDocumentFields() {
        Article a = book("""
                <ArticleTitle>Ch</ArticleTitle>
                <PublicationType UI="D016454">Review</PublicationType>
                <Abstract><AbstractText Label="SUMMARY">Short.</AbstractText></Abstract>
                <Sections><Section><SectionTitle>Summary</SectionTitle></Section></Sections>
                <KeywordList Owner="NLM"><Keyword MajorTopicYN="N">Calcium</Keyword></KeywordList>
                <DateRevised><Year>2024</Year><Month>12</Month><Day>19</Day></DateRevised>
                <ReferenceList><Reference><Citation>Ref.</Citation>
                  <ArticleIdList><ArticleId IdType="pubmed">29097296</ArticleId></ArticleIdList></Reference></ReferenceList>""");
        assertEquals(List.of(new Term("D016454", "Review")), a.publicationTypes());
        assertEquals("SUMMARY", a.abstracts().get(0).sections().get(0).label());
        assertEquals(List.of("Calcium"), a.keywords());
        assertEquals(LocalDate.of(2024, 12, 19), a.revised());
        assertEquals("29097296", a.relations().get(0).target().pmid());
    }

    @Test
    void bookArticleSetRootAccepted() {
        Article a = readOne(PubmedXmlTestLib.PROLOG + "<PubmedBookArticleSet><PubmedBookArticle><BookDocument>"
                + "<PMID>1</PMID><Book><BookTitle>B</BookTitle></Book></BookDocument></PubmedBookArticle>"
                + "</PubmedBookArticleSet>");
        assertEquals("B", a.title());
        assertTrue(a.book().editors().isEmpty());
    }
}

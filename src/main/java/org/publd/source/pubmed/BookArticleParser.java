package org.publd.source.pubmed;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.publd.record.Contributor;
import org.publd.source.xml.XmlCursor;

/**
 * {@code PubmedBookArticle}: a book (NCBI Bookshelf) or a chapter of one. {@code BookDocument}
 * holds the document and its {@code Book}; {@code PubmedBookData} holds further identifiers.
 */
final class BookArticleParser implements RecordParser {
    @Override
    public void read(XmlCursor c, RecordDraft d) throws XMLStreamException {
        d.book(); // a book record, even should it name no Book
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "BookDocument" -> bookDocument(c, d);
                case "PubmedBookData" -> pubmedBookData(c, d);
                default -> {
                }
            }
        }
    }

    private static void bookDocument(XmlCursor c, RecordDraft d) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "PMID" -> RecordElements.pmid(c, d);
                case "ArticleIdList" -> RecordElements.articleIdList(c, d.ids);
                case "Book" -> book(c, d);
                case "ArticleTitle" -> d.book().chapterTitle = c.text();
                case "VernacularTitle" -> d.article.vernacularTitle(c.text());
                case "Pagination" -> RecordElements.pagination(c, d);
                case "Language" -> RecordElements.language(c, d);
                case "AuthorList" -> authorList(c, d.book().documentAuthors, d);
                case "PublicationType" -> RecordElements.publicationType(c, d);
                case "Abstract" -> RecordElements.abstractText(c, d, null);
                case "KeywordList" -> RecordElements.keywordList(c, d);
                case "ContributionDate" -> d.book().contributionDate = DateElements.pubDate(c);
                case "DateRevised" -> RecordElements.revised(c, d);
                case "GrantList" -> RecordElements.grantList(c, d);
                case "ReferenceList" -> RelationElements.referenceList(c, d);
                default -> {
                }
            }
        }
    }

    private static void book(XmlCursor c, RecordDraft d) throws XMLStreamException {
        BookParts book = d.book();
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "Publisher" -> publisher(c, book);
                case "BookTitle" -> book.title = c.text();
                case "PubDate" -> book.bookDate = DateElements.pubDate(c);
                case "AuthorList" -> authorList(c, book.bookAuthors, d);
                case "Volume" -> d.article.volume(c.text());
                case "Isbn" -> addIsbn(c, book);
                case "ELocationID" -> RecordElements.eLocationId(c, d);
                default -> {
                }
            }
        }
    }

    /** Editors go to the book wherever their list is; authors to {@code authors}. */
    private static void authorList(XmlCursor c, List<Contributor> authors, RecordDraft d)
            throws XMLStreamException {
        List<Contributor> target = ContributorElements.isEditorList(c) ? d.book().editors : authors;
        target.addAll(ContributorElements.authorList(c));
    }

    private static void publisher(XmlCursor c, BookParts book) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "PublisherName" -> book.publisherName = c.text();
                case "PublisherLocation" -> book.publisherLocation = c.text();
                default -> {
                }
            }
        }
    }

    private static void addIsbn(XmlCursor c, BookParts book) throws XMLStreamException {
        String isbn = c.text();
        if (isbn != null) {
            book.isbns.add(isbn);
        }
    }

    private static void pubmedBookData(XmlCursor c, RecordDraft d) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            if (c.name().equals("ArticleIdList")) {
                RecordElements.articleIdList(c, d.ids);
            }
        }
    }
}

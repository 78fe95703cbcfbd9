package org.publd.source.pubmed;

import java.util.ArrayList;
import java.util.List;
import org.publd.record.Article;
import org.publd.record.Book;
import org.publd.record.Contributor;
import org.publd.record.PubDate;
import org.publd.record.WorkKind;

/**
 * A {@code PubmedBookArticle}'s book and document, put together at the end of the record: whether it
 * is a chapter (it has an {@code ArticleTitle}) or a whole book decides its kind, title, authors and date.
 */
final class BookParts {
    String title;
    String publisherName;
    String publisherLocation;
    String chapterTitle;
    PubDate bookDate;
    PubDate contributionDate;
    final List<String> isbns = new ArrayList<>(2);
    final List<Contributor> editors = new ArrayList<>();
    /** Authors of the whole book ({@code Book/AuthorList}). */
    final List<Contributor> bookAuthors = new ArrayList<>();
    /** Authors of the document itself ({@code BookDocument/AuthorList}). */
    final List<Contributor> documentAuthors = new ArrayList<>();

    void complete(Article.Builder article) {
        boolean chapter = chapterTitle != null;
        article.kind(chapter ? WorkKind.BOOK_CHAPTER : WorkKind.BOOK);
        article.title(chapter ? chapterTitle : title);
        article.book(new Book(title, publisherName, publisherLocation, isbns, editors));
        // A document without authors of its own (typically a whole book) is by the book's authors.
        for (Contributor author : documentAuthors.isEmpty() ? bookAuthors : documentAuthors) {
            article.addAuthor(author);
        }
        // A chapter's own date is when it was contributed; the book's PubDate is when the book (or
        // a series such as GeneReviews) started.
        article.issued(chapter ? firstOf(contributionDate, bookDate) : firstOf(bookDate, contributionDate));
    }

    private static PubDate firstOf(PubDate preferred, PubDate fallback) {
        return preferred != null ? preferred : fallback;
    }
}

package org.publd.source.pubmed;

import org.publd.record.Article;

/**
 * One record while it is being read: the article builder, and the parts that come from elements
 * apart and are put together at the end (the journal, the book).
 */
final class RecordDraft {
    final Article.Builder article = Article.builder();
    final IdCollector ids = IdCollector.forRecord();
    private final long startLine;
    private JournalParts journal;
    private BookParts book;

    RecordDraft(long startLine) {
        this.startLine = startLine;
    }

    /** The record's PMID once read, for messages. */
    String pmid() {
        return article.pmid();
    }

    JournalParts journal() {
        if (journal == null) {
            journal = new JournalParts();
        }
        return journal;
    }

    BookParts book() {
        if (book == null) {
            book = new BookParts();
        }
        return book;
    }

    /** The record, whole. */
    Article build() {
        if (article.pmid() == null) {
            throw new BadRecordException("the record has no PMID", startLine);
        }
        ids.applyTo(article);
        if (journal != null) {
            article.journal(journal.build());
        }
        if (book != null) {
            book.complete(article);
        }
        return article.build();
    }
}

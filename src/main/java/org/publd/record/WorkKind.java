package org.publd.record;

/** What sort of work a record describes. */
public enum WorkKind {
    /** A {@code PubmedArticle}: an article in a journal. */
    JOURNAL_ARTICLE,
    /** A {@code PubmedBookArticle} describing a whole book. */
    BOOK,
    /** A {@code PubmedBookArticle} describing a chapter or section of a book. */
    BOOK_CHAPTER,
    /** A work known only from another record's list (references, comments, similar articles...). */
    LISTED_WORK,
    /**
     * A record whose source does not say what sort of work it is (a saved abstract page without its
     * citation line); described only as a work.
     */
    UNSPECIFIED
}

package org.publd.record;

import java.util.List;

/**
 * The book a {@code PubmedBookArticle} belongs to (or is).
 *
 * @param title             book title, markup reduced to text
 * @param publisherName     publisher, or {@code null}
 * @param publisherLocation place of publication, or {@code null}
 * @param isbns             ISBNs as written
 * @param editors           the book's editors, in record order
 */
public record Book(String title, String publisherName, String publisherLocation, List<String> isbns,
                   List<Contributor> editors) {
    public Book {
        isbns = List.copyOf(isbns);
        editors = List.copyOf(editors);
    }
}

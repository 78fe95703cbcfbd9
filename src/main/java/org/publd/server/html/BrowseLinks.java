package org.publd.server.html;

import org.apache.jena.graph.Node;
import org.publd.mapping.IriScheme;

/** Where an article page's authors, journal, MeSH headings and year link to: the lists of their works. */
final class BrowseLinks {
    private BrowseLinks() {
    }

    /** The browse page of an author, a journal or a MeSH heading or substance; any other node's own address. */
    static String href(Description d, Node n) {
        IriScheme iris = d.iris();
        return switch (iris.space(n)) {
            case AUTHOR, JOURNAL, MESH -> d.href(iris.browse(n));
            default -> d.href(n);
        };
    }

    /** The page of the works of the year a date ({@code 2010-08-20}, {@code 2010}) falls in. */
    static String year(Description d, String date) {
        return d.href(d.iris().browseYear(date.substring(0, 4)));
    }
}

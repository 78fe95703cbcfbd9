package org.publd.server.html;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.publd.mapping.IriScheme;
import org.publd.server.ld.PlainResponse;
import org.publd.server.read.ReadStore;
import org.publd.server.search.FoundWork;
import org.publd.server.search.WorkLists;

/**
 * The browse pages under {@code /browse/} ({@link IriScheme#browse}, {@link IriScheme#browseYear}): the
 * works of a journal, of an author, indexed with a MeSH heading, or of a year, a page at a time.
 */
public final class BrowseServlet extends HttpServlet {
    /** What a browse page lists: its heading, kind, the resource it is about (if any) and the works. */
    private record Listing(String kind, String title, Node about, List<FoundWork> works) {
    }

    private final ReadStore store;
    private final IriScheme iris;
    private final WorkLists lists;

    public BrowseServlet(ReadStore store, String base) {
        this.store = store;
        this.iris = new IriScheme(base);
        this.lists = new WorkLists(store);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Node page = NodeFactory.createURI(iris.base() + req.getRequestURI().substring(1));
        int number = WorkListHtml.pageNumber(req);
        if (number == 0) {
            PlainResponse.send(req, resp, HttpServletResponse.SC_BAD_REQUEST, "page must be a number from 1.");
            return;
        }
        Optional<Listing> listing = listing(page);
        if (listing.isEmpty() || listing.get().works().isEmpty()) {
            PlainResponse.send(req, resp, HttpServletResponse.SC_NOT_FOUND, "No works to list here.");
            return;
        }
        Listing l = listing.get();
        if (!WorkListHtml.exists(l.works(), number)) {
            PlainResponse.send(req, resp, HttpServletResponse.SC_NOT_FOUND, "There is no page " + number + " of this list.");
            return;
        }
        HtmlBuilder h = new HtmlBuilder();
        PageLayout.open(h, l.title(), WorkListHtml.STYLE);
        h.element("div", "kind", l.kind()).element("h1", null, l.title());
        h.raw("<p class=\"meta\">").text(String.format(Locale.ROOT, "%,d %s", l.works().size(),
                l.works().size() == 1 ? "work" : "works")).raw(", newest first");
        if (l.about() != null) {
            h.raw(l.kind().equals("MeSH heading") ? ", major topics first · " : " · ")
                    .link(WorkListHtml.href(iris, l.about()), l.kind().equals("MeSH heading") ? "in MeSH" : "about this " + l.kind().toLowerCase(Locale.ROOT));
        }
        h.raw("</p>");
        WorkListHtml.write(h, store, iris, WorkListHtml.href(iris, page), Map.of(), l.works(), number);
        PageLayout.close(h);
        WorkListHtml.send(resp, h);
    }

    private Optional<Listing> listing(Node page) {
        Optional<String> year = iris.browsedYear(page);
        if (year.isPresent()) {
            return Optional.of(new Listing("Year", year.get(), null, lists.year(year.get())));
        }
        return iris.browsed(page).flatMap(about -> switch (iris.space(about)) {
            case JOURNAL -> Optional.of(new Listing("Journal", label(about, DCTerms.title.asNode()), about, lists.journal(about)));
            case AUTHOR -> Optional.of(new Listing("Author", label(about, FOAF.name.asNode()), about, lists.author(about)));
            case MESH -> Optional.of(new Listing("MeSH heading", label(about, RDFS.label.asNode()), about, lists.mesh(about)));
            default -> Optional.empty();
        });
    }

    private String label(Node n, Node property) {
        return store.bySubject(n, property, 1).stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).findFirst().orElse(n.getURI().substring(n.getURI().lastIndexOf('/') + 1));
    }
}

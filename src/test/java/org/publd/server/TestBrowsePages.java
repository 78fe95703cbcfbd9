package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.Provenance;
import org.publd.mapping.RecordMapper;
import org.publd.record.Article;
import org.publd.record.Contributor;
import org.publd.record.Journal;
import org.publd.record.MeshHeading;
import org.publd.record.PubDate;
import org.publd.record.Term;
import org.publd.store.Tdb2Store;

/**
 * The browse pages (a journal's, an author's, a MeSH heading's and a year's works) and search results
 * page by page: 25 records by one author in one journal, issued 2001 to 2025, the odd ones with
 * Mitochondria as a major topic, and one record by someone else in another journal.
 */
class TestBrowsePages {
    private static final String BASE = "http://data.example.org/";
    private static Tdb2Store store;
    private static ServerFixture server;

    @BeforeAll
    static void start() {
        store = Tdb2Store.inMemory();
        DatasetGraph dsg = store.dataset();
        RecordMapper mapper = new RecordMapper(new MappingOptions(BASE, true));
        Provenance p = new Provenance("file:///test.xml", Instant.parse("2026-01-02T03:04:05Z"));
        Journal tests = new Journal("Journal of Tests", "J Tests", null, "1234-5678", null, null, "0404511", "US");
        Journal other = new Journal("Other Journal", "Other J", null, "8765-4321", null, null, "0000001", "US");
        Txn.executeWrite(dsg, () -> {
            for (int i = 1; i <= 25; i++) {
                Article a = Article.builder().pmid(Integer.toString(1000 + i)).title("Paged study number " + i)
                        .journal(tests).issued(PubDate.of(2000 + i, 1, 1))
                        .addAuthor(Contributor.person("Lovelace", "Ada", "A", null, "0000-0002-1825-0097", List.of()))
                        .addMeshHeading(new MeshHeading(new Term("D008928", "Mitochondria"), i % 2 == 1, List.of()))
                        .build();
                mapper.map(a, p).quads().forEach(dsg::add);
            }
            Article stranger = Article.builder().pmid("2001").title("Unrelated work").journal(other)
                    .issued(PubDate.of(2005)).addAuthor(Contributor.person("Babbage", "Charles", "C", null, null, List.of()))
                    .build();
            mapper.map(stranger, p).quads().forEach(dsg::add);
        });
        server = new ServerFixture(dsg, ServerConfig.defaults(0, BASE));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static List<Integer> listed(String path) throws Exception {
        return server.listedWorks(path).stream().map(Integer::parseInt).toList();
    }

    private static List<Integer> range(int from, int downTo) {
        List<Integer> l = new ArrayList<>();
        for (int i = from; i >= downTo; i--) {
            l.add(i);
        }
        return l;
    }

    @Test
    void aJournalPageListsItsWorksNewestFirstTwentyAPage() throws Exception {
        assertEquals(range(1025, 1006), listed("/browse/journal/0404511"));
        assertEquals(range(1005, 1001), listed("/browse/journal/0404511?page=2"));
        assertEquals(404, server.get("/browse/journal/0404511?page=3", "text/html").statusCode());
    }

    @Test
    void aJournalPageLinksToTheNextPageAndSaysHowManyWorks() throws Exception {
        String body = server.get("/browse/journal/0404511", "text/html").body();
        assertTrue(body.contains("<h1>Journal of Tests</h1>"), body);
        assertTrue(body.contains("25 works"), body);
        assertTrue(body.contains("href=\"/browse/journal/0404511?page=2\">Next"), body);
    }

    @Test
    void anAuthorPageListsTheWorksOfEveryAuthorWithTheSameOrcid() throws Exception {
        assertEquals(range(1025, 1006), listed("/browse/pubmed/1003/author/1"));
    }

    @Test
    void anAuthorWithoutOrcidIsKnownByName() throws Exception {
        assertEquals(List.of(2001), listed("/browse/pubmed/2001/author/1"));
    }

    @Test
    void aMeshPageListsMajorTopicsFirst() throws Exception {
        List<Integer> first = listed("/browse/mesh/D008928");
        List<Integer> second = listed("/browse/mesh/D008928?page=2");
        List<Integer> all = new ArrayList<>(first);
        all.addAll(second);
        List<Integer> expected = new ArrayList<>();
        range(1025, 1001).stream().filter(i -> i % 2 == 1).forEach(expected::add);
        range(1025, 1001).stream().filter(i -> i % 2 == 0).forEach(expected::add);
        assertEquals(expected, all);
    }

    @Test
    void aYearPageListsTheWorksOfThatYear() throws Exception {
        assertEquals(List.of(1005, 2001), listed("/browse/year/2005").stream().sorted().toList());
    }

    @Test
    void searchResultsComeAPageAtATime() throws Exception {
        assertEquals(20, listed("/search?q=paged&sort=date").size());
        assertEquals(range(1005, 1001), listed("/search?q=paged&sort=date&page=2"));
        assertEquals(404, server.get("/search?q=paged&page=3", "text/html").statusCode());
    }

    @Test
    void anArticlePageLinksToItsJournalAuthorHeadingAndYear() throws Exception {
        String body = server.get("/pubmed/1007", "text/html").body();
        for (String link : List.of("/browse/journal/0404511", "/browse/pubmed/1007/author/1", "/browse/mesh/D008928",
                "/browse/year/2007")) {
            assertTrue(body.contains("href=\"" + link + "\""), link + " in " + body);
        }
    }

    @Test
    void aBrowsePageOfNothingIsNotFound() throws Exception {
        assertEquals(404, server.get("/browse/journal/9999999", "text/html").statusCode());
        assertEquals(404, server.get("/browse/year/1800", "text/html").statusCode());
        assertEquals(404, server.get("/browse/pubmed/1007", "text/html").statusCode());
        assertEquals(400, server.get("/browse/year/2005?page=x", "text/html").statusCode());
    }
}

package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publd.mapping.IriScheme;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordSink;
import org.publd.mapping.StreamRecordSink;
import org.publd.pipeline.RecordPipeline;
import org.publd.store.Tdb2Store;

/** Full-text search over the bundled example, the seed among real records, as {@code publd serve} shows it. */
class TestSearch {
    /** The README's SPARQL form of the search page: the same works, by the same relevance. */
    private static final String SPARQL = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX fabio: <http://purl.org/spar/fabio/>
            PREFIX publd: <https://w3id.org/publd/ns#>
            SELECT ?pmid (SUM(?best) AS ?relevance) WHERE {
              { SELECT ?hit (MAX(?score) AS ?best) WHERE { (?hit ?score) text:query ?words } GROUP BY ?hit }
              { ?hit fabio:hasPubMedId ?pmid }
              UNION { ?work dcterms:creator|dcterms:subject|publd:substance|dcterms:isPartOf ?hit . ?work fabio:hasPubMedId ?pmid }
            } GROUP BY ?pmid ORDER BY DESC(?relevance)""";
    private static Tdb2Store store;
    private static ServerFixture server;

    @BeforeAll
    static void start() {
        store = Tdb2Store.inMemory();
        DatasetGraph dsg = store.dataset();
        try (ExampleData examples = ExampleData.extract()) {
            Txn.executeWrite(dsg, () -> {
                RecordSink sink = new StreamRecordSink(StreamRDFLib.dataset(dsg));
                sink.start();
                RecordPipeline.builder(new RecordMapper(MappingOptions.defaults())).build().run(examples.files(), sink);
                sink.finish();
            });
        }
        server = new ServerFixture(dsg, ServerConfig.defaults(0, IriScheme.DEFAULT_BASE));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static List<String> results(String query) throws Exception {
        return server.listedWorks("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static List<String> sparql(String words) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(SPARQL);
        q.setLiteral("words", words);
        List<String> pmids = new ArrayList<>();
        try (QueryExec exec = QueryExecHTTP.service(server.url + "/ds/sparql").query(q.toString()).build()) {
            exec.select().forEachRemaining(row -> pmids.add(row.get("pmid").getLiteralLexicalForm()));
        }
        return pmids;
    }

    @Test
    void theSeedsTitleWordsFindItFirst() throws Exception {
        assertEquals("20724638", results("mTOR-dependent synapse formation").get(0));
    }

    @Test
    void aMeshHeadingFindsTheArticlesIndexedWithIt() throws Exception {
        // Urinary Tract Infections is a heading of 38534005, whose title does not say so.
        assertTrue(results("urinary tract infections").contains("38534005"));
        Set<String> humans = new HashSet<>(results("Humans"));
        assertTrue(humans.containsAll(Set.of("38534005", "35679569", "36156117")), humans.toString());
    }

    @Test
    void textQueryInSparqlGivesTheSameWorks() throws Exception {
        for (String words : List.of("ketamine", "urinalysis guideline", "Kouri")) {
            List<String> page = results(words);
            List<String> sparql = sparql(words);
            assertFalse(page.isEmpty(), words);
            assertEquals(new HashSet<>(sparql), new HashSet<>(page), words);
            assertEquals(sparql.get(0), page.get(0), words);
        }
    }

    @Test
    void anAuthorsNameFindsTheirArticles() throws Exception {
        assertEquals(List.of("38534005"), results("Kouri"));
    }

    @Test
    void newestFirstWhenSortedByDate() throws Exception {
        var r = server.get("/search?q=ketamine&sort=date", "text/html");
        Matcher years = Pattern.compile("href=\"/browse/year/([0-9]{4})\"").matcher(r.body());
        List<Integer> found = new ArrayList<>();
        while (years.find()) {
            found.add(Integer.parseInt(years.group(1)));
        }
        assertTrue(found.size() > 2, r.body());
        List<Integer> sorted = new ArrayList<>(found);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, found);
    }

    @Test
    void wordsThatAreNoQueryAreABadRequest() throws Exception {
        var r = server.get("/search?q=%22unclosed", "text/html");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Cannot read the search words"), r.body());
    }

    @Test
    void everyPageHasASearchBox() throws Exception {
        for (String path : List.of("/", "/pubmed/20724638", "/search", "/browse/year/2010")) {
            assertTrue(server.get(path, "text/html").body().contains("<form role=\"search\" action=\"/search\">"), path);
        }
    }
}

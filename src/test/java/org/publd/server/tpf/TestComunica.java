package org.publd.server.tpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.publd.server.SampleServer;

/**
 * Comunica ({@code @comunica/query-sparql} 4, a Linked Data Fragments client) answers SPARQL queries
 * through {@code /fragments} alone, and its answers are those of the SPARQL endpoint {@code /ds/sparql}.
 * Comunica is installed by {@code .ci/run} ({@code npm install --prefix bench/work/comunica
 * @comunica/query-sparql@4}); under CI it must be there, elsewhere the test is skipped without it.
 */
class TestComunica {
    private static final Path COMUNICA = Path.of("bench/work/comunica/node_modules/.bin/comunica-sparql");

    @RegisterExtension
    static final SampleServer server = new SampleServer();

    @BeforeAll
    static void comunicaInstalled() {
        boolean installed = Files.isExecutable(COMUNICA);
        String install = "npm install --prefix bench/work/comunica @comunica/query-sparql@4";
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(installed, "Comunica is missing under CI: " + install + " (.ci/run does it)");
        }
        assumeTrue(installed, "Comunica is not installed, so this test is skipped: " + install);
    }

    @Test
    void joinOfTwoPatternsAnswersAsTheSparqlEndpoint() throws Exception {
        String query = """
                SELECT ?comment ?title WHERE {
                  ?comment <http://purl.org/spar/cito/discusses> <http://localhost:3030/pubmed/20724638> .
                  ?comment <http://purl.org/dc/terms/title> ?title
                }""";
        List<TreeMap<String, String>> expected = sparql(query);
        assertEquals(3, expected.size());
        assertEquals(expected, comunica(query));
    }

    @Test
    void patternOverSeveralPagesAnswersAsTheSparqlEndpoint() throws Exception {
        String query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";
        List<TreeMap<String, String>> expected = sparql(query);
        assertTrue(expected.size() > 300);
        assertEquals(expected, comunica(query));
    }

    // Each row's terms as rdf-string writes them, which is how the fragments' addresses write them too.
    private static List<TreeMap<String, String>> sparql(String query) {
        List<TreeMap<String, String>> rows = new ArrayList<>();
        try (QueryExecHTTP exec = QueryExecHTTP.service(server.url + "/ds/sparql").query(query).build()) {
            RowSet rs = exec.select();
            rs.forEachRemaining(b -> {
                TreeMap<String, String> row = new TreeMap<>();
                b.forEach((v, n) -> row.put(v.getVarName(), TermSyntax.format(n)));
                rows.add(row);
            });
        }
        return sorted(rows);
    }

    private static List<TreeMap<String, String>> comunica(String query) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(COMUNICA.toString(), server.url + "/fragments", query)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "Comunica did not end");
        assertEquals(0, p.exitValue(), out);
        List<TreeMap<String, String>> rows = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(out).getAsJsonArray()) {
            TreeMap<String, String> row = new TreeMap<>();
            e.getAsJsonObject().entrySet().forEach(f -> row.put(f.getKey(), f.getValue().getAsString()));
            rows.add(row);
        }
        return sorted(rows);
    }

    private static List<TreeMap<String, String>> sorted(List<TreeMap<String, String>> rows) {
        rows.sort((a, b) -> a.toString().compareTo(b.toString()));
        return rows;
    }
}

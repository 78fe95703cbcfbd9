package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.mapping.IriScheme;
import org.publd.mapping.LinkTarget;
import org.publd.mapping.vocab.Prefixes;
import org.publd.server.PubldServer;
import org.publd.server.ServerConfig;
import org.publd.server.data.DatasetStatistics;
import org.publd.server.data.VoidDescriber;
import org.publd.server.read.LocalStore;
import org.publd.store.Tdb2Store;

/** {@code publd stats}, the VoID description and the landing page count the same database alike. */
class TestStatsAndVoid {
    private static final String BASE = IriScheme.DEFAULT_BASE;
    private static final PrefixMap PREFIXES = Prefixes.standard();

    @TempDir
    Path tmp;

    @Test
    void statsAndVoidAgreeOnRecordsTriplesAndEveryLinkset() throws Exception {
        Path db = tmp.resolve("db");
        CliWithLineRecords.Run load = CliWithLineRecords.run("load", "--db", db.toString(),
                sample("pubmed-xml/tipplerow-pubmed_sample.xml"), sample("pubmed-xml/metapub-35679569.xml"),
                sample("pubmed-xml/metapub-38534005.xml"), sample("medline/biopython-pubmed_result2.txt"));
        assertEquals(0, load.exit(), load.err());
        Path dump = Files.writeString(tmp.resolve("wikidata.tsv"), "pmid\tqid\n35679569\tQ1\n");
        CliWithLineRecords.Run link = CliWithLineRecords.run("link", "wikidata", "--db", db.toString(), "--from", dump.toString());
        assertEquals(0, link.exit(), link.err());

        CliWithLineRecords.Run stats = CliWithLineRecords.run("stats", "--db", db.toString());
        assertEquals(0, stats.exit(), stats.err());
        Graph voidGraph;
        try (Tdb2Store store = Tdb2Store.open(db)) {
            IriScheme iris = new IriScheme(BASE);
            VoidDescriber describer = new VoidDescriber(iris, new DatasetStatistics(new LocalStore(store.dataset(), Duration.ofSeconds(30), 10_000), BASE, Duration.ZERO), true);
            voidGraph = describer.describe(iris.dataset()).orElseThrow();
        }

        String out = stats.out();
        Node dataset = NodeFactory.createURI(BASE + "void");
        assertEquals(number(voidGraph, dataset, "documents"), figure(out, "records"), out);
        assertEquals(number(voidGraph, dataset, "triples"), figure(out, "triples"), out);
        Map<String, Long> linksets = linksets(voidGraph);
        assertEquals(linksets, statsLinks(out), out);
        for (String expected : new String[] {"id.nlm.nih.gov/mesh dcterms:subject", "doi.org owl:sameAs",
                "orcid.org owl:sameAs", "wikidata.org owl:sameAs", "pmc.ncbi.nlm.nih.gov rdfs:seeAlso"}) {
            assertTrue(linksets.containsKey(expected), expected + " missing from " + linksets);
        }
    }

    @Test
    void theLandingPageShowsTheFiguresStatsPrints() throws Exception {
        Path db = tmp.resolve("db");
        CliWithLineRecords.Run load = CliWithLineRecords.run("load", "--db", db.toString(),
                sample("pubmed-xml/metapub-35679569.xml"), sample("medline/biopython-pubmed_result2.txt"));
        assertEquals(0, load.exit(), load.err());
        CliWithLineRecords.Run stats = CliWithLineRecords.run("stats", "--db", db.toString());
        assertEquals(0, stats.exit(), stats.err());
        String landing;
        try (Tdb2Store store = Tdb2Store.open(db);
             PubldServer server = PubldServer.start(store.dataset(), ServerConfig.defaults(0, BASE))) {
            landing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        }
        String out = stats.out();
        assertTrue(landing.contains(String.format("Records</th><td>%,d<", figure(out, "records"))), landing);
        assertTrue(landing.contains(String.format("Triples</th><td>%,d<", figure(out, "triples"))), landing);
    }

    private static String sample(String name) throws Exception {
        return Path.of(TestStatsAndVoid.class.getResource("/samples/" + name).toURI()).toString();
    }

    // "records   12" and "triples   1,234 (...)": the number after the label.
    private static long figure(String out, String label) {
        String line = out.lines().filter(l -> l.startsWith(label + " ")).findFirst().orElseThrow();
        return Long.parseLong(line.substring(label.length()).strip().split(" ")[0].replace(",", ""));
    }

    // The rows of the links table, "target property count", as "target property" to count.
    private static Map<String, Long> statsLinks(String out) {
        Map<String, Long> links = new TreeMap<>();
        out.lines().dropWhile(l -> !l.startsWith("external links")).skip(1).takeWhile(l -> l.startsWith("  "))
                .map(l -> l.strip().split("\\s+"))
                .forEach(cells -> links.put(cells[0] + " " + cells[1], Long.parseLong(cells[2].replace(",", ""))));
        return links;
    }

    // Every void:Linkset, named as stats names its row: the target's label and the prefixed link property.
    private static Map<String, Long> linksets(Graph g) {
        Map<String, LinkTarget> targets = new TreeMap<>();
        Stream.of(LinkTarget.values()).forEach(t -> targets.put(BASE + "void#" + t.id(), t));
        Map<String, Long> linksets = new TreeMap<>();
        g.find(Node.ANY, RDF.type.asNode(), v("Linkset")).forEach(t -> {
            Node ls = t.getSubject();
            LinkTarget target = targets.get(object(g, ls, "objectsTarget").getURI());
            String property = PREFIXES.abbreviate(object(g, ls, "linkPredicate").getURI());
            linksets.put(target.label() + " " + property, number(g, ls, "triples"));
        });
        return linksets;
    }

    private static Node object(Graph g, Node s, String voidProperty) {
        return g.find(s, v(voidProperty), Node.ANY).next().getObject();
    }

    private static long number(Graph g, Node s, String voidProperty) {
        return Long.parseLong(object(g, s, voidProperty).getLiteralLexicalForm());
    }

    private static Node v(String local) {
        return NodeFactory.createURI(Prefixes.VOID + local);
    }
}

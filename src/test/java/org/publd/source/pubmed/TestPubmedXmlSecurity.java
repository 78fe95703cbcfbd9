package org.publd.source.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.publd.source.pubmed.PubmedXmlTestLib.readAll;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.record.Article;
import org.publd.record.Item;
import org.publd.source.ErrorHandler;
import org.publd.source.SourceParseException;

/** Nothing in a document makes the parser fetch a resource or expand an entity. */
class TestPubmedXmlSecurity {
    private static final String RECORD = "<PubmedArticle><MedlineCitation><PMID>1</PMID><Article>"
            + "<ArticleTitle>%s</ArticleTitle></Article></MedlineCitation></PubmedArticle>";

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY leaked \"LEAKED\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static SourceParseException fatal(String document) {
        return assertThrows(SourceParseException.class, () -> readAll(document, ErrorHandler.strict()));
    }

    @Test
    void externalDtdNotFetched() {
        List<Item> items = readAll("<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle//EN\" \""
                + base + "pubmed_250101.dtd\">\n<PubmedArticleSet>" + RECORD.formatted("Offline") + "</PubmedArticleSet>",
                ErrorHandler.strict());
        assertEquals("Offline", ((Article) items.get(0)).title());
        assertEquals(0, requests.get());
    }

    @Test
    void externalEntityRefusedAndNotFetched(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        SourceParseException e = fatal("<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [\n"
                + "<!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n<!ENTITY web SYSTEM \"" + base + "xxe\">\n]>\n"
                + "<PubmedArticleSet>" + RECORD.formatted("&file;&web;") + "</PubmedArticleSet>");
        assertEquals("not well-formed XML: The entity \"file\" was referenced, but not declared.", e.problem());
        assertEquals(6, e.line());
        assertFalse(e.getMessage().contains("SECRET"));
        assertEquals(0, requests.get());
    }

    @Test
    void externalParameterEntityNotFetched() {
        SourceParseException e = fatal("<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [\n"
                + "<!ENTITY % remote SYSTEM \"" + base + "remote.dtd\">\n%remote;\n]>\n"
                + "<PubmedArticleSet>" + RECORD.formatted("&leaked;") + "</PubmedArticleSet>");
        assertEquals("not well-formed XML: The entity \"leaked\" was referenced, but not declared.", e.problem());
        assertEquals(0, requests.get());
    }

    @Test
    void entityBombRefusedWithoutExpansion() {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">\n");
        }
        String document = "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [\n" + dtd + "]>\n"
                + "<PubmedArticleSet>" + RECORD.formatted("&lol9;") + "</PubmedArticleSet>";
        SourceParseException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> fatal(document));
        assertEquals("not well-formed XML: The entity \"lol9\" was referenced, but not declared.", e.problem());
    }

    @Test
    void entityInAttributeRefused() {
        SourceParseException e = fatal("<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [<!ENTITY a \"aaaa\">]>\n"
                + "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>"
                + "<PublicationTypeList><PublicationType UI=\"&a;\">X</PublicationType></PublicationTypeList>"
                + "</Article></MedlineCitation></PubmedArticle></PubmedArticleSet>");
        assertEquals("not well-formed XML: The entity \"a\" was referenced, but not declared.", e.problem());
    }

    @Test
    void characterReferencesAndPredefinedEntitiesStillRead() {
        List<Item> items = readAll("<PubmedArticleSet>" + RECORD.formatted("A &amp; B &lt;3&gt; &#xae;&#174;")
                + "</PubmedArticleSet>", ErrorHandler.strict());
        assertEquals("A & B <3> ®®", ((Article) items.get(0)).title());
    }

    @Test
    void absurdNestingRefused() {
        String deep = "<i>".repeat(1000) + "x" + "</i>".repeat(1000);
        SourceParseException e = fatal("<PubmedArticleSet>" + RECORD.formatted(deep) + "</PubmedArticleSet>");
        assertEquals(1, e.recordNumber());
    }
}

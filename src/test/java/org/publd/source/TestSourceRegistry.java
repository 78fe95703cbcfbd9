package org.publd.source;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.publd.record.Item;
import org.publd.source.medline.MedlineFormat;
import org.publd.source.page.PageFormat;

/** The built-in formats are registered, XML first, and an input's format is told from its content. */
class TestSourceRegistry {
    private static final String MEDLINE = "PMID- 20724638\nOWN - NLM\nTI  - A title.\n";
    private static final SourceRegistry REGISTRY = SourceRegistry.standard();

    private static String detect(SourceInput input) {
        try (input) {
            return REGISTRY.detect(input).name();
        }
    }

    private static String seed() throws IOException {
        try (InputStream in = TestSourceRegistry.class.getResourceAsStream("/seeds/000_141a0cefe409d238.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void threeFormatsXmlFirst() {
        assertEquals(List.of("pubmed-xml", "medline", "pubmed-page"),
                REGISTRY.formats().stream().map(SourceFormat::name).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pubmed-xml", "medline", "pubmed-page"})
    void eachFormatIsFoundByName(String name) {
        assertEquals(name, REGISTRY.require(name).name());
    }

    @Test
    void xmlByContent() {
        assertEquals("pubmed-xml", detect(Inputs.text("records.txt", "<?xml version=\"1.0\"?>\n<PubmedArticleSet/>")));
    }

    @Test
    void xmlByRootElementAfterCommentAndDoctype() {
        assertEquals("pubmed-xml", detect(Inputs.text("a.xml", """
                <!-- deleted records -->
                <!DOCTYPE PubmedArticleSet SYSTEM "pubmed_250101.dtd">
                <PubmedArticleSet><DeleteCitation><PMID Version="1">1</PMID></DeleteCitation></PubmedArticleSet>
                """)));
    }

    @Test
    void otherXmlIsNotPubmedXml() {
        SourceParseException e = assertThrows(SourceParseException.class,
                () -> detect(Inputs.text("jats.xml", "<?xml version=\"1.0\"?>\n<article><front/></article>")));
        assertTrue(e.getMessage().contains("unrecognised input format"), e.getMessage());
    }

    static Stream<String> pubmedXmlSamples() throws IOException, URISyntaxException {
        Path dir = Path.of(TestSourceRegistry.class.getResource("/samples/pubmed-xml").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.contains(".xml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pubmedXmlSamples")
    void everyRealPubmedXmlSampleIsDetected(String name) {
        assertEquals("pubmed-xml", detect(Inputs.resource("samples/pubmed-xml/" + name)));
    }

    @Test
    void withMakesANewRegistryAndLeavesTheStandardOneAlone() {
        SourceFormat extra = new SourceFormat() {
            @Override
            public String name() {
                return "extra";
            }

            @Override
            public boolean recognises(String head) {
                return head.startsWith("extra");
            }

            @Override
            public RecordReader open(SourceInput input, ErrorHandler errors) {
                return new RecordReader() {
                    @Override
                    public Item next() {
                        return null;
                    }

                    @Override
                    public void close() {
                        input.close();
                    }
                };
            }
        };
        SourceRegistry more = REGISTRY.with(extra);
        assertAll(
                () -> assertEquals(List.of("pubmed-xml", "medline", "pubmed-page", "extra"),
                        more.formats().stream().map(SourceFormat::name).toList()),
                () -> assertEquals(3, SourceRegistry.standard().formats().size()),
                () -> assertTrue(SourceRegistry.standard().byName("extra").isEmpty()));
    }

    @Test
    void medlineTxtByContent() {
        assertEquals("medline", detect(Inputs.text("export.txt", MEDLINE)));
    }

    @Test
    void medlineWithLeadingBlankLineAndCrlf() {
        assertEquals("medline", detect(Inputs.text("export.nbib", "\r\n" + MEDLINE.replace("\n", "\r\n"))));
    }

    @Test
    void realMedlineSample() {
        assertEquals("medline", detect(Inputs.resource("samples/medline/biopython-pubmed_result1.txt")));
    }

    @Test
    void pageTxtByContent() throws IOException {
        assertEquals("pubmed-page", detect(Inputs.text("abstract.txt", seed())));
    }

    @Test
    void formatsDoNotClaimEachOther() throws IOException {
        String page = seed();
        assertAll(
                () -> assertFalse(new MedlineFormat().recognises(page)),
                () -> assertFalse(new PageFormat().recognises(MEDLINE)),
                () -> assertTrue(new PageFormat().recognises(page)),
                () -> assertTrue(new MedlineFormat().recognises(MEDLINE)));
    }

    @Test
    void unrecognisedContentIsAnErrorNamingTheFile() {
        SourceParseException e = assertThrows(SourceParseException.class,
                () -> detect(Inputs.text("notes.txt", "Shopping list\n- milk\n- PMID maybe?\n")));
        assertAll(
                () -> assertEquals("notes.txt", e.source()),
                () -> assertTrue(e.getMessage().startsWith("notes.txt: unrecognised input format"), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("extension .txt"), e.getMessage()));
    }

    @Test
    void emptyInputIsAnErrorSayingSo() {
        SourceParseException e = assertThrows(SourceParseException.class, () -> detect(Inputs.text("empty.nbib", "")));
        assertTrue(e.getMessage().contains("it is empty"), e.getMessage());
    }
}

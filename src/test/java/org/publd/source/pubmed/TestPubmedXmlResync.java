package org.publd.source.pubmed;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.publd.source.pubmed.PubmedXmlTestLib.readAll;
import static org.publd.source.pubmed.PubmedXmlTestLib.sampleBytes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publd.record.Article;
import org.publd.record.Item;
import org.publd.source.ErrorHandler;
import org.publd.source.RecordReader;
import org.publd.source.SourceInput;
import org.publd.source.SourceParseException;

/**
 * A record that is not well-formed XML, or holds a byte that does not decode, is skipped with an
 * error naming it, and every record after it is read: the reader starts a new parser at the next
 * record. The file is a real one (ten records of NLM's pubmed20n0001.xml) with its fifth record
 * (PMID 4) broken in its title, on line {@value #BROKEN_LINE}.
 */
class TestPubmedXmlResync {
    static final String SAMPLE = "tipplerow-pubmed20n0001.xml.gz";
    static final int BROKEN_LINE = 606;
    static final String TITLE = "<ArticleTitle>Effect of chloroquine";
    static final List<String> ALL = List.of("1", "2", "3", "5", "4", "6", "7", "8", "9", "10");
    static final List<String> ALL_BUT_THE_FIFTH = List.of("1", "2", "3", "5", "6", "7", "8", "9", "10");

    private final List<SourceParseException> errors = new ArrayList<>();

    /** The sample, decompressed. */
    static String sample() {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(sampleBytes(SAMPLE)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample with {@code damage} put into the title of its fifth record. */
    static String broken(String damage) {
        String sample = sample();
        if (!sample.contains(TITLE)) {
            throw new AssertionError("the sample has changed");
        }
        return sample.replace(TITLE, "<ArticleTitle>Effect of " + damage + "chloroquine");
    }

    private static List<String> pmids(List<Item> items) {
        return items.stream().map(i -> ((Article) i).pmid()).toList();
    }

    private List<Item> read(byte[] bytes) {
        return readAll(SourceInput.of("broken.xml", new ByteArrayInputStream(bytes)), errors::add);
    }

    private void assertFifthRecordSkipped(List<Item> items) {
        List<Item> whole = readAll(PubmedXmlTestLib.input("whole.xml", sample()), ErrorHandler.strict());
        List<Item> expected = new ArrayList<>(whole);
        expected.remove(4);
        assertAll(
                () -> assertEquals(ALL_BUT_THE_FIFTH, pmids(items)),
                () -> assertEquals(expected, items),
                () -> assertEquals(1, errors.size(), () -> "errors: " + errors));
        SourceParseException e = errors.get(0);
        assertAll(
                () -> assertEquals(5, e.recordNumber()),
                () -> assertEquals("4", e.pmid()),
                () -> assertEquals(BROKEN_LINE, e.line()),
                () -> assertTrue(e.getMessage().startsWith("broken.xml: record 5 (PMID 4), line 606: "), e.getMessage()),
                () -> assertTrue(e.getMessage().endsWith("; record skipped, reading on at line 762"), e.getMessage()));
    }

    static Stream<Named<String>> damage() {
        return Stream.of(
                Named.of("an undeclared entity &nbsp;", "&nbsp;"),
                Named.of("a reference to a control character &#x1;", "&#x1;"),
                Named.of("a reference to a lone surrogate &#xD800;", "&#xD800;"),
                Named.of("a raw control character U+0001", "\u0001"),
                Named.of("a raw control character U+000B", "\u000B"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void malformedRecordSkippedAndEveryOtherRead(String damage) {
        assertFifthRecordSkipped(read(broken(damage).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nestingDeeperThanAllowedSkippedAndEveryOtherRead() {
        assertFifthRecordSkipped(read(broken("<i>".repeat(300)).getBytes(StandardCharsets.UTF_8)));
        assertTrue(errors.get(0).problem().contains("maxElementDepth"), errors.get(0).problem());
    }

    @Test
    void latin1ByteInUtf8SkipsItsRecordOnlyWithItsOwnLine() {
        byte[] bytes = broken("\u00e9 ").getBytes(StandardCharsets.ISO_8859_1);
        assertFifthRecordSkipped(read(bytes));
        assertTrue(errors.get(0).problem().startsWith("invalid byte sequence"), errors.get(0).problem());
    }

    @Test
    void badByteOnLineFiveOfThreeRecords() {
        byte[] bytes = """
                <PubmedArticleSet>
                <PubmedArticle><MedlineCitation><PMID>1</PMID></MedlineCitation></PubmedArticle>
                <PubmedArticle><MedlineCitation><PMID>2</PMID>
                  <Article>
                    <ArticleTitle>Caf\u00e9</ArticleTitle></Article></MedlineCitation></PubmedArticle>
                <PubmedArticle><MedlineCitation><PMID>3</PMID></MedlineCitation></PubmedArticle>
                </PubmedArticleSet>
                """.getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("1", "3"), pmids(read(bytes)));
        assertEquals("broken.xml: record 2 (PMID 2), line 5: invalid byte sequence for the input's encoding "
                + "(Input length = 1); record skipped, reading on at line 6", errors.get(0).getMessage());
    }

    @Test
    void twoBrokenRecordsEachSkippedAlone() {
        String text = broken("&nbsp;").replace("<ArticleTitle>Radiochemical", "<ArticleTitle>&#x1;Radiochemical");
        List<Item> items = read(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1", "2", "3", "5", "6", "7", "8", "10"), pmids(items));
        assertEquals(List.of(5L, 9L), errors.stream().map(SourceParseException::recordNumber).toList());
        assertTrue(errors.get(1).getMessage().endsWith("; record skipped, reading on at line 1479"),
                errors.get(1).getMessage());
    }

    @Test
    void brokenStartTagSkipsThatRecordOnly() {
        List<String> lines = new ArrayList<>(sample().lines().toList());
        lines.set(577, "  <PubmedArticle =>");
        String text = String.join("\n", lines);
        List<Item> items = read(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(ALL_BUT_THE_FIFTH, pmids(items));
        assertEquals(1, errors.size(), () -> "errors: " + errors);
        assertTrue(errors.get(0).getMessage().startsWith("broken.xml: record 5, line 578: not well-formed XML"),
                errors.get(0).getMessage());
    }

    @Test
    void unbrokenSampleReadsWhole() {
        assertEquals(ALL, pmids(read(sample().getBytes(StandardCharsets.UTF_8))));
        assertTrue(errors.isEmpty(), () -> "errors: " + errors);
    }

    @Test
    void brokenLastRecordStopsTheReaderAfterAllOthers() {
        String text = sample().replace("<ArticleTitle>Digitoxin", "<ArticleTitle>&nbsp;Digitoxin");
        List<Item> items = new ArrayList<>();
        SourceParseException e = assertThrows(SourceParseException.class, () -> {
            try (RecordReader reader = new PubmedXmlFormat().open(PubmedXmlTestLib.input("broken.xml", text), errors::add)) {
                for (Item item; (item = reader.next()) != null; ) {
                    items.add(item);
                }
            }
        });
        assertEquals(ALL.subList(0, 9), pmids(items));
        assertEquals("10", e.pmid());
    }
}

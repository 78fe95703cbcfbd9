package org.publd.source.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.publd.source.pubmed.PubmedXmlTestLib.readAll;
import static org.publd.source.pubmed.PubmedXmlTestLib.sampleBytes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publd.record.Article;
import org.publd.record.Item;
import org.publd.source.ErrorHandler;
import org.publd.source.SourceInput;
import org.publd.source.SourceParseException;
import org.publd.source.SourceRegistry;

/**
 * PubMed XML in another encoding than UTF-8 is recognised and read: UTF-16 by its byte order mark,
 * others by the XML declaration. The file is a real one (tipplerow's pubmed_sample.xml: seven
 * records, names such as Högberg, and a DeleteCitation), written out again in each encoding.
 */
class TestPubmedXmlEncodings {
    private static final String SAMPLE = "tipplerow-pubmed_sample.xml";
    private static final byte[] LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private final List<SourceParseException> errors = new ArrayList<>();

    private static String sample() {
        return new String(sampleBytes(SAMPLE), StandardCharsets.UTF_8);
    }

    private static List<Item> whole() {
        return readAll(PubmedXmlTestLib.input(SAMPLE, sample()), ErrorHandler.strict());
    }

    /** The sample in {@code charset}, its declaration saying so, characters the charset lacks as references. */
    private static byte[] encoded(String text, Charset charset, String declared, byte[] bom) {
        String declaration = text.replace("encoding=\"utf-8\"", "encoding=\"" + declared + "\"");
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder out = new StringBuilder();
        declaration.codePoints().forEach(c -> {
            String s = Character.toString(c);
            out.append(encoder.canEncode(s) ? s : "&#x" + Integer.toHexString(c) + ";");
        });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(bom);
        bytes.writeBytes(out.toString().getBytes(charset));
        return bytes.toByteArray();
    }

    private List<Item> readDetected(byte[] bytes) {
        SourceInput input = SourceInput.of("encoded.xml", new ByteArrayInputStream(bytes));
        assertEquals("pubmed-xml", SourceRegistry.standard().detect(input).name());
        return readAll(input, errors::add);
    }

    @Test
    void utf16LittleEndianWithByteOrderMark() {
        assertEquals(whole(), readDetected(encoded(sample(), StandardCharsets.UTF_16LE, "UTF-16", LE_BOM)));
    }

    @Test
    void utf16BigEndianWithByteOrderMark() {
        assertEquals(whole(), readDetected(encoded(sample(), StandardCharsets.UTF_16BE, "UTF-16", BE_BOM)));
    }

    @Test
    void iso88591Declared() {
        List<Item> items = readDetected(encoded(sample(), StandardCharsets.ISO_8859_1, "ISO-8859-1", new byte[0]));
        assertEquals(whole(), items);
        assertTrue(items.stream().anyMatch(i -> i instanceof Article a && a.toString().contains("Högberg")));
    }

    @Test
    void utf16WithoutByteOrderMarkReadByItsDeclarationWhenTheFormatIsForced() {
        byte[] bytes = encoded(sample(), StandardCharsets.UTF_16LE, "UTF-16", new byte[0]);
        assertEquals(whole(), readAll(SourceInput.of("encoded.xml", new ByteArrayInputStream(bytes)), errors::add));
    }

    /** The sample with its second record not well-formed XML. */
    private static String secondRecordBroken() {
        String text = sample();
        int title = text.indexOf("<ArticleTitle>", text.indexOf("<PubmedArticle>", text.indexOf("<PubmedArticle>") + 1));
        return text.substring(0, title) + "<ArticleTitle>&nbsp;" + text.substring(title + "<ArticleTitle>".length());
    }

    private void assertSecondRecordSkipped(List<Item> items) {
        List<Item> expected = new ArrayList<>(whole());
        expected.remove(1);
        assertEquals(expected, items);
        assertEquals(1, errors.size(), () -> "errors: " + errors);
        assertEquals(2, errors.get(0).recordNumber());
    }

    @Test
    void utf16RecordThatIsNotWellFormedSkippedAndTheOthersRead() {
        assertSecondRecordSkipped(readDetected(encoded(secondRecordBroken(), StandardCharsets.UTF_16BE, "UTF-16", BE_BOM)));
    }

    @Test
    void iso88591RecordThatIsNotWellFormedSkippedAndTheOthersRead() {
        assertSecondRecordSkipped(readDetected(encoded(secondRecordBroken(), StandardCharsets.ISO_8859_1, "ISO-8859-1",
                new byte[0])));
    }
}

package org.publd.source.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.publd.source.pubmed.PubmedXmlTestLib.readAll;
import static org.publd.source.pubmed.PubmedXmlTestLib.reader;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.publd.record.Article;
import org.publd.record.DeletedCitations;
import org.publd.record.Item;
import org.publd.source.AbstractTestSourceFormat;
import org.publd.source.ErrorHandler;
import org.publd.source.RecordReader;
import org.publd.source.SourceFormat;
import org.publd.source.SourceInput;
import org.publd.source.SourceParseException;

/**
 * Bad records, well-formed or not, are reported and skipped; input that cannot be read on stops the
 * reader with a message that says where.
 */
class TestPubmedXmlErrors extends AbstractTestSourceFormat {
    private static final String FIRST = "<PubmedArticle><MedlineCitation><PMID>1</PMID></MedlineCitation></PubmedArticle>";
    private static final String LAST = "<PubmedArticle><MedlineCitation><PMID>3</PMID></MedlineCitation></PubmedArticle>";

    @Override
    protected SourceFormat format() {
        return new PubmedXmlFormat();
    }

    @Override
    protected String withBadRecord() {
        return between("""
                <PubmedArticle><MedlineCitation><PMID>2</PMID>
                  <Article><Journal><JournalIssue>
                    <PubDate><Year>2017</Year><Month>13</Month></PubDate>
                  </JournalIssue></Journal><ArticleTitle>Skipped</ArticleTitle></Article>
                </MedlineCitation></PubmedArticle>
                """);
    }

    /** A record set of the first good record, {@code bad} (lines ending with a newline) and the last good record. */
    private static String between(String bad) {
        return "<PubmedArticleSet>\n" + FIRST + "\n" + bad + LAST + "\n</PubmedArticleSet>";
    }

    @Override
    protected String withoutBadRecord() {
        return between("");
    }

    @Override
    protected BadRecord badRecord() {
        return new BadRecord(2, "2", 5);
    }

    /** The same contract for a record that is not well-formed XML, which the parser cannot read past. */
    @Nested
    class RecordNotWellFormed extends AbstractTestSourceFormat {
        @Override
        protected SourceFormat format() {
            return new PubmedXmlFormat();
        }

        @Override
        protected String withBadRecord() {
            return between("""
                    <PubmedArticle><MedlineCitation><PMID>2</PMID>
                      <Article><ArticleTitle>Caf&eacute; au lait</ArticleTitle></Article>
                    </MedlineCitation></PubmedArticle>
                    """);
        }

        @Override
        protected String withoutBadRecord() {
            return TestPubmedXmlErrors.this.withoutBadRecord();
        }

        @Override
        protected BadRecord badRecord() {
            return new BadRecord(2, "2", 4);
        }
    }

    private final List<SourceParseException> errors = new ArrayList<>();
    private final ErrorHandler collect = errors::add;

    private static List<String> pmids(List<Item> items) {
        return items.stream().map(i -> ((Article) i).pmid()).toList();
    }

    /** Reads until the reader fails; returns the failure, and the items before it in {@code items}. */
    private static SourceParseException failure(RecordReader reader, List<Item> items) {
        return assertThrows(SourceParseException.class, () -> {
            for (Item item; (item = reader.next()) != null; ) {
                items.add(item);
            }
        });
    }

    private static void assertClean(SourceParseException e) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("ParseError at"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void recordWithoutPmidReportedAndSkipped() {
        List<Item> items = readAll("""
                <PubmedArticleSet>
                <PubmedArticle><MedlineCitation><PMID>1</PMID></MedlineCitation></PubmedArticle>
                <PubmedArticle><MedlineCitation>
                  <Article><ArticleTitle>No PMID</ArticleTitle></Article>
                </MedlineCitation></PubmedArticle>
                <PubmedArticle><MedlineCitation><PMID>3</PMID></MedlineCitation></PubmedArticle>
                </PubmedArticleSet>""", collect);
        assertEquals(List.of("1", "3"), pmids(items));
        assertEquals(1, errors.size());
        SourceParseException e = errors.get(0);
        assertEquals("test.xml: record 2, line 3: the record has no PMID", e.getMessage());
    }

    @Test
    void pmidThatIsNotANumberReportedAndSkipped() {
        List<Item> items = readAll("""
                <PubmedArticleSet>
                <PubmedArticle><MedlineCitation><PMID>12a4</PMID></MedlineCitation></PubmedArticle>
                <PubmedArticle><MedlineCitation><PMID>2</PMID></MedlineCitation></PubmedArticle>
                </PubmedArticleSet>""", collect);
        assertEquals(List.of("2"), pmids(items));
        assertEquals("test.xml: record 1, line 2: PMID '12a4' is not a number", errors.get(0).getMessage());
    }

    @Test
    void impossibleMonthReportedWithPmidAndLine() {
        List<Item> items = readAll("""
                <PubmedArticleSet>
                <PubmedArticle><MedlineCitation><PMID>1</PMID>
                  <Article><Journal><JournalIssue>
                    <PubDate><Year>2017</Year><Month>13</Month></PubDate>
                  </JournalIssue></Journal><ArticleTitle>Skipped</ArticleTitle></Article>
                </MedlineCitation></PubmedArticle>
                <PubmedArticle><MedlineCitation><PMID>2</PMID></MedlineCitation></PubmedArticle>
                </PubmedArticleSet>""", collect);
        assertEquals(List.of("2"), pmids(items));
        SourceParseException e = errors.get(0);
        assertEquals("test.xml: record 1 (PMID 1), line 4: invalid Month '13' in <PubDate>", e.getMessage());
        assertEquals("1", e.pmid());
        assertEquals(4, e.line());
    }

    @Test
    void impossibleDayReported() {
        readAll("""
                <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>
                <DateRevised><Year>2023</Year><Month>02</Month><Day>30</Day></DateRevised>
                </MedlineCitation></PubmedArticle></PubmedArticleSet>""", collect);
        assertEquals("impossible date in <DateRevised>: day out of range: 2023-2-30", errors.get(0).problem());
    }

    @Test
    void incompleteExactDateReported() {
        readAll("""
                <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>
                <ArticleDate DateType="Electronic"><Year>2023</Year></ArticleDate>
                </Article></MedlineCitation></PubmedArticle></PubmedArticleSet>""", collect);
        assertEquals("incomplete <ArticleDate>: it needs a Year, a Month and a Day", errors.get(0).problem());
    }

    @Test
    void strictHandlerStopsAtTheFirstBadRecord() {
        try (RecordReader reader = reader("""
                <PubmedArticleSet>
                <PubmedArticle><MedlineCitation><PMID>1</PMID></MedlineCitation></PubmedArticle>
                <PubmedArticle><MedlineCitation><PMID>x</PMID></MedlineCitation></PubmedArticle>
                <PubmedArticle><MedlineCitation><PMID>3</PMID></MedlineCitation></PubmedArticle>
                </PubmedArticleSet>""", ErrorHandler.strict())) {
            assertEquals("1", ((Article) reader.next()).pmid());
            SourceParseException e = assertThrows(SourceParseException.class, reader::next);
            assertEquals(2, e.recordNumber());
        }
    }

    @Test
    void wrongRootIsFatal() {
        try (RecordReader reader = reader("<eFetchResult><ERROR>Empty id list</ERROR></eFetchResult>", collect)) {
            SourceParseException e = assertThrows(SourceParseException.class, reader::next);
            assertEquals("test.xml: line 1: expected PubmedArticleSet, found <eFetchResult>", e.getMessage());
        }
    }

    @Test
    void nonXmlIsFatal() {
        try (RecordReader reader = reader("PMID- 12345\nTI  - A MEDLINE record, not XML\n", collect)) {
            SourceParseException e = assertThrows(SourceParseException.class, reader::next);
            assertEquals("test.xml: line 1: not well-formed XML: Content is not allowed in prolog.", e.getMessage());
        }
    }

    @Test
    void emptyInputIsFatal() {
        try (RecordReader reader = reader("", collect)) {
            SourceParseException e = assertThrows(SourceParseException.class, reader::next);
            assertTrue(e.problem().startsWith("unexpected end of file"), e.problem());
        }
    }

    @Test
    void truncatedFileIsFatalAfterTheWholeRecordsBeforeIt() {
        List<Item> items = new ArrayList<>();
        try (RecordReader reader = reader("""
                <PubmedArticleSet>
                <PubmedArticle><MedlineCitation><PMID>1</PMID></MedlineCitation></PubmedArticle>
                <PubmedArticle><MedlineCitation><PMID>2</PMID>
                  <Article><ArticleTitle>Cut sh""", collect)) {
            SourceParseException e = failure(reader, items);
            assertEquals(List.of("1"), pmids(items));
            assertEquals("test.xml: record 2 (PMID 2), line 4: unexpected end of file inside <ArticleTitle> "
                    + "(truncated input?)", e.getMessage());
        }
    }

    @Test
    void truncatedGzipIsFatalAfterTheWholeRecordsBeforeIt() {
        byte[] gz = PubmedXmlTestLib.sampleBytes("tipplerow-pubmed20n0001.xml.gz");
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        List<Item> items = new ArrayList<>();
        try (RecordReader reader = new PubmedXmlFormat().open(
                SourceInput.of("cut.xml.gz", new ByteArrayInputStream(cut)), collect)) {
            SourceParseException e = failure(reader, items);
            assertTrue(e.problem().contains("unexpected end of file"), e.getMessage());
            assertTrue(e.getMessage().startsWith("cut.xml.gz: record " + (items.size() + 1)), e.getMessage());
            assertClean(e);
        }
        assertFalse(items.isEmpty());
        for (int i = 0; i < items.size(); i++) {
            assertEquals(String.valueOf(i + 1), ((Article) items.get(i)).pmid());
        }
    }

    @Test
    void gzipWithoutItsTrailerIsFatalAfterAllRecords() {
        byte[] gz = PubmedXmlTestLib.sampleBytes("tipplerow-pubmed20n0001.xml.gz");
        byte[] cut = Arrays.copyOf(gz, gz.length - 4);
        List<Item> items = new ArrayList<>();
        try (RecordReader reader = new PubmedXmlFormat().open(
                SourceInput.of("cut.xml.gz", new ByteArrayInputStream(cut)), collect)) {
            SourceParseException e = failure(reader, items);
            assertEquals("cut.xml.gz: cannot read: unexpected end of file (truncated input?)", e.getMessage());
        }
        assertEquals(10, items.size());
    }

    @Test
    void controlCharacterIsFatalWithItsLine() {
        try (RecordReader reader = reader("""
                <PubmedArticleSet>
                <PubmedArticle><MedlineCitation><PMID>1</PMID>
                  <Article><ArticleTitle>Bad \u0001 char</ArticleTitle></Article>
                </MedlineCitation></PubmedArticle>
                </PubmedArticleSet>""", collect)) {
            SourceParseException e = assertThrows(SourceParseException.class, reader::next);
            assertEquals("test.xml: record 1 (PMID 1), line 3: not well-formed XML: An invalid XML character "
                    + "(Unicode: 0x1) was found in the element content of the document.", e.getMessage());
        }
    }

    @Test
    void invalidUtf8IsFatal() {
        byte[] bytes = "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><X>caf\u00e9</X>"
                .getBytes(StandardCharsets.ISO_8859_1);
        try (RecordReader reader = new PubmedXmlFormat().open(
                SourceInput.of("latin1.xml", new ByteArrayInputStream(bytes)), collect)) {
            SourceParseException e = assertThrows(SourceParseException.class, reader::next);
            assertTrue(e.problem().startsWith("invalid byte sequence"), e.getMessage());
            assertClean(e);
        }
    }

    @Test
    void declaredEncodingHonoured() {
        byte[] bytes = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>
                <Article><ArticleTitle>Caf\u00e9</ArticleTitle></Article></MedlineCitation></PubmedArticle>
                </PubmedArticleSet>""".getBytes(StandardCharsets.ISO_8859_1);
        List<Item> items = readAll(SourceInput.of("latin1.xml", new ByteArrayInputStream(bytes)), collect);
        assertEquals("Caf\u00e9", ((Article) items.get(0)).title());
    }

    @Test
    void unknownEncodingIsFatal() {
        try (RecordReader reader = reader("<?xml version=\"1.0\" encoding=\"klingon\"?><PubmedArticleSet/>", collect)) {
            SourceParseException e = assertThrows(SourceParseException.class, reader::next);
            assertEquals("test.xml: cannot read: unsupported encoding 'klingon' in the XML declaration", e.getMessage());
        }
    }

    @Test
    void contentAfterTheRootIsFatal() {
        try (RecordReader reader = reader("<PubmedArticleSet></PubmedArticleSet>\n<PubmedArticleSet/>", collect)) {
            SourceParseException e = assertThrows(SourceParseException.class, reader::next);
            assertEquals(2, e.line());
            assertTrue(e.problem().startsWith("not well-formed XML"), e.problem());
        }
    }

    @Test
    void afterAFatalErrorTheReaderKeepsFailing() {
        try (RecordReader reader = reader("<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1", collect)) {
            SourceParseException first = assertThrows(SourceParseException.class, reader::next);
            SourceParseException again = assertThrows(SourceParseException.class, reader::next);
            assertSame(first, again);
        }
    }

    @Test
    void mismatchedTagIsFatalNotTruncation() {
        try (RecordReader reader = reader("""
                <PubmedArticleSet>
                <PubmedArticle><MedlineCitation><PMID>1</PMID></Medline></PubmedArticle>
                </PubmedArticleSet>""", collect)) {
            SourceParseException e = assertThrows(SourceParseException.class, reader::next);
            assertTrue(e.problem().startsWith("not well-formed XML: The element type \"MedlineCitation\""),
                    e.problem());
            assertEquals(2, e.line());
        }
    }

    @Test
    void deleteCitationEntryThatIsNotAPmidReported() {
        List<Item> items = readAll("""
                <PubmedArticleSet>
                <DeleteCitation><PMID>30830050</PMID><PMID>oops</PMID></DeleteCitation>
                </PubmedArticleSet>""", collect);
        assertEquals(List.of(new DeletedCitations(List.of("30830050"))), items);
        assertEquals("test.xml: line 2: DeleteCitation lists 'oops', which is not a PMID", errors.get(0).getMessage());
    }

    @Test
    void badRecordSkippedFromDeepInside() {
        List<Item> items = readAll("""
                <PubmedArticleSet>
                <PubmedArticle><MedlineCitation><PMID>1</PMID><Article>
                  <ArticleDate><Year>2020</Year><Month>1</Month><Day>32</Day></ArticleDate>
                  <AuthorList><Author><LastName>Never</LastName></Author></AuthorList>
                </Article></MedlineCitation>
                <PubmedData><ReferenceList><Reference><Citation>Never.</Citation></Reference></ReferenceList></PubmedData>
                </PubmedArticle>
                <PubmedArticle><MedlineCitation><PMID>2</PMID></MedlineCitation></PubmedArticle>
                </PubmedArticleSet>""", collect);
        assertEquals(List.of("2"), pmids(items));
        assertNotNull(errors.get(0));
        assertTrue(((Article) items.get(0)).relations().isEmpty());
    }
}

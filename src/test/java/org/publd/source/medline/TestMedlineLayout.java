package org.publd.source.medline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publd.record.Article;
import org.publd.source.ErrorHandler;
import org.publd.source.Inputs;
import org.publd.source.SourceInput;

/** How lines make fields and records: continuations, separators, line ends. */
class TestMedlineLayout {
    private static List<Article> read(String text) {
        return read(Inputs.text("test.txt", text));
    }

    private static List<Article> read(SourceInput input) {
        return Inputs.read(new MedlineFormat(), input, ErrorHandler.strict());
    }

    @Test
    void blankLinesSeparateRecords() {
        assertEquals(List.of("1", "2", "3"), read("""
                PMID- 1
                TI  - One.

                PMID- 2
                TI  - Two.


                PMID- 3
                TI  - Three.
                """).stream().map(Article::pmid).toList());
    }

    @Test
    void pmidLineStartsARecordEvenWithoutABlankLine() {
        assertEquals(List.of("1", "2"), read("PMID- 1\nTI  - One.\nPMID- 2\nTI  - Two.\n").stream()
                .map(Article::pmid).toList());
    }

    @Test
    void pmcExportStartsRecordsWithTheirPmcidAndKeepsIt() {
        // PubMed Central's 'Send to: citation manager' file: PMC before PMID, records apart by blank lines.
        List<Article> records = read("""
                PMC - PMC2909210
                PMID- 20724638
                TI  - One.

                PMC - PMC3116441
                PMID- 21555484
                TI  - Two.
                """);
        assertEquals(List.of("20724638", "21555484"), records.stream().map(Article::pmid).toList());
        assertEquals(List.of("PMC2909210", "PMC3116441"), records.stream().map(Article::pmcid).toList());
    }

    @Test
    void continuationLinesAreJoinedWithOneSpace() {
        assertEquals("A title over three lines.", read("""
                PMID- 1
                TI  - A title\s\s
                      over three
                      lines.
                """).get(0).title());
    }

    @Test
    void oddlyIndentedContinuationLines() {
        assertEquals("Tab then two spaces then many.", read(
                "PMID- 1\nTI  - Tab\n\tthen two\n  spaces then\n                many.\n").get(0).title());
    }

    @Test
    void continuationAfterABlankLineStillContinuesTheField() {
        List<Article> records = read("PMID- 1\nAB  - First part\n\n      second part.\nTI  - Title.\n");
        assertAll(
                () -> assertEquals(1, records.size()),
                () -> assertEquals("First part second part.", records.get(0).abstracts().get(0).sections().get(0).text()),
                () -> assertEquals("Title.", records.get(0).title()));
    }

    @Test
    void crlfLineEnds() {
        List<Article> records = read("PMID- 1\r\nTI  - One\r\n      continued.\r\n\r\nPMID- 2\r\nTI  - Two.\r\n");
        assertAll(
                () -> assertEquals(List.of("1", "2"), records.stream().map(Article::pmid).toList()),
                () -> assertEquals("One continued.", records.get(0).title()),
                () -> assertEquals("Two.", records.get(1).title()));
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstTag() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("PMID- 7\nTI  - With BOM.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("7", read(Inputs.bytes("bom.nbib", bytes.toByteArray())).get(0).pmid());
    }

    @Test
    void nonAsciiText() {
        assertEquals("Högberg", read("PMID- 1\nFAU - Högberg, René\nAU  - Högberg R\n").get(0).authors().get(0)
                .familyName());
    }

    @Test
    void emptyFileYieldsNothing() {
        assertEquals(List.of(), read(""));
    }

    @Test
    void blankFileYieldsNothing() {
        assertEquals(List.of(), read("\n  \n\r\n"));
    }
}

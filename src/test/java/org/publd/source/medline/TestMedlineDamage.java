package org.publd.source.medline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publd.Warnings;
import org.publd.record.Article;
import org.publd.source.ErrorHandler;
import org.publd.source.Inputs;
import org.publd.source.SourceParseException;

/**
 * Damaged MEDLINE files (see src/test/resources/samples/medline/ATTRIBUTION.md for the real ones):
 * Latin-1 is read as Latin-1 and said so, a bad byte in a UTF-8 file refuses its record only, and a
 * file cut in the middle of a line makes its last record suspect.
 */
class TestMedlineDamage {
    /** Keeps errors and suspect records apart, and goes on. */
    private static final class Heard implements ErrorHandler {
        final List<SourceParseException> errors = new ArrayList<>();
        final List<SourceParseException> suspects = new ArrayList<>();

        @Override
        public void recordError(SourceParseException error) {
            errors.add(error);
        }

        @Override
        public void suspectRecord(SourceParseException warning) {
            suspects.add(warning);
        }
    }

    private final Heard heard = new Heard();

    private static byte[] sample(String file) throws IOException {
        try (InputStream in = TestMedlineDamage.class.getResourceAsStream("/samples/medline/" + file)) {
            return in.readAllBytes();
        }
    }

    private List<Article> read(String name, byte[] bytes) {
        return Inputs.read(new MedlineFormat(), Inputs.bytes(name, bytes), heard);
    }

    @Test
    void latin1FileIsReadAsLatin1WithAWarningNamingTheFile() throws Exception {
        String text = new String(sample("holub008-single.nbib"), StandardCharsets.UTF_8);
        List<Article> asUtf8 = read("single.nbib", text.getBytes(StandardCharsets.UTF_8));
        List<Article> asLatin1 = new ArrayList<>();
        String log = Warnings.during(() -> asLatin1.addAll(read("latin1.nbib", text.getBytes(StandardCharsets.ISO_8859_1))));
        assertAll(
                () -> assertEquals(asUtf8, asLatin1),
                () -> assertEquals(List.of(), heard.errors),
                () -> assertTrue(log.contains("latin1.nbib: line 18: byte 0xA9 is not UTF-8"), log),
                () -> assertTrue(log.contains("reading the file as Latin-1"), log));
    }

    @Test
    void latin1LettersComeOutAsThemselves() {
        byte[] bytes = "PMID- 1\nTI  - Caf\u00e9 et cr\u00e8me.\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Caf\u00e9 et cr\u00e8me.", read("latin1.txt", bytes).get(0).title());
    }

    @Test
    void aBadByteInAUtf8FileRefusesItsRecordWithItsLine() {
        byte[] utf8 = "PMID- 1\nTI  - K\u00e9tamine.\n\nPMID- 2\nTI  - Two.\nAB  - Caf".getBytes(StandardCharsets.UTF_8);
        byte[] rest = {(byte) 0xE9, '.', '\n', '\n', 'P', 'M', 'I', 'D', '-', ' ', '3', '\n'};
        byte[] bytes = Arrays.copyOf(utf8, utf8.length + rest.length);
        System.arraycopy(rest, 0, bytes, utf8.length, rest.length);
        List<String> pmids = read("mixed.txt", bytes).stream().map(Article::pmid).toList();
        assertAll(
                () -> assertEquals(List.of("1", "3"), pmids),
                () -> assertEquals(1, heard.errors.size()),
                () -> assertEquals("mixed.txt: record 2 (PMID 2), line 6: byte 0xE9 is not UTF-8, in a file that is"
                        + " UTF-8 before it", heard.errors.get(0).getMessage()));
    }

    @Test
    void fileCutMidLineKeepsItsLastRecordAsSuspect() throws IOException {
        String whole = new String(sample("biopython-pubmed_result2.txt"), StandardCharsets.UTF_8);
        String cut = whole.substring(0, whole.indexOf("implemented in Python.") + "implemented in".length());
        List<Article> records = read("cut.txt", cut.getBytes(StandardCharsets.UTF_8));
        assertAll(
                () -> assertEquals(4, records.size()),
                () -> assertEquals("PDB file parser and structure class implemented in", records.get(3).title()),
                () -> assertEquals(List.of(), heard.errors),
                () -> assertEquals(1, heard.suspects.size()),
                () -> assertEquals("cut.txt: record 4 (PMID 14630660), line 203: the input ends in the middle of a"
                        + " line: the record may be cut short (a truncated download?)", heard.suspects.get(0).getMessage()));
    }

    @Test
    void fileCutMidLineFailsStrictly() {
        byte[] bytes = "PMID- 1\nTI  - Whole.\n\nPMID- 2\nTI  - Cut sh".getBytes(StandardCharsets.UTF_8);
        SourceParseException e = assertThrows(SourceParseException.class,
                () -> Inputs.read(new MedlineFormat(), Inputs.bytes("cut.txt", bytes), ErrorHandler.strict()));
        assertEquals("2", e.pmid());
    }

    @Test
    void fileWithoutItsLastLineEndAfterAWholeSourceIsWhole() throws IOException {
        read("result4.txt", sample("biopython-pubmed_result4.txt"));
        read("result2.txt", sample("biopython-pubmed_result2.txt"));
        assertEquals(List.of(), heard.suspects);
    }
}

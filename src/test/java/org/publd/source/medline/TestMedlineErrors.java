package org.publd.source.medline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.publd.record.Article;
import org.publd.source.AbstractTestSourceFormat;
import org.publd.source.ErrorHandler;
import org.publd.source.Inputs;
import org.publd.source.SourceFormat;
import org.publd.source.SourceParseException;

/** Bad records are reported with file, record, PMID and line, and skipped; the others still come out. */
class TestMedlineErrors extends AbstractTestSourceFormat {
    private static final String FIRST = "PMID- 1\nTI  - One.\n\n";
    private static final String LAST = "PMID- 3\nTI  - Three.\n";

    @Override
    protected SourceFormat format() {
        return new MedlineFormat();
    }

    @Override
    protected String withBadRecord() {
        return FIRST + "PMID- 2\nTI  - Cut sh\nNeurosci\n\n" + LAST;
    }

    @Override
    protected String withoutBadRecord() {
        return FIRST + LAST;
    }

    @Override
    protected BadRecord badRecord() {
        return new BadRecord(2, "2", 6);
    }

    private final Inputs.Errors errors = new Inputs.Errors();

    private List<String> pmids(String text) {
        return Inputs.read(new MedlineFormat(), Inputs.text("bad.txt", text), errors).stream()
                .map(Article::pmid).toList();
    }

    private SourceParseException onlyError() {
        assertEquals(1, errors.list().size(), () -> "errors: " + errors.list());
        return errors.list().get(0);
    }

    @Test
    void truncatedRecordAtTheEndOfTheFile() {
        List<String> pmids = pmids("""
                PMID- 1
                TI  - Whole.

                PMID- 2
                TI  - Cut
                FA""");
        SourceParseException e = onlyError();
        assertAll(
                () -> assertEquals(List.of("1"), pmids),
                () -> assertEquals("bad.txt", e.source()),
                () -> assertEquals(2, e.recordNumber()),
                () -> assertEquals("2", e.pmid()),
                () -> assertEquals(6, e.line()));
    }

    @Test
    void truncatedRecordInTheMiddleOfTheFile() {
        List<String> pmids = pmids("""
                PMID- 1
                TI  - Cut sh
                Neurosci

                PMID- 2
                TI  - Whole.
                """);
        assertAll(
                () -> assertEquals(List.of("2"), pmids),
                () -> assertEquals(3, onlyError().line()),
                () -> assertEquals("bad.txt: record 1 (PMID 1), line 3: line 'Neurosci' is neither 'TAG - value' nor"
                        + " an indented continuation (record cut short?)", onlyError().getMessage()));
    }

    @Test
    void missingPmid() {
        List<String> pmids = pmids("""
                PMID- 1
                TI  - One.

                TI  - No PMID here.
                AU  - Doe J

                PMID- 3
                TI  - Three.
                """);
        SourceParseException e = onlyError();
        assertAll(
                () -> assertEquals(List.of("1", "3"), pmids),
                () -> assertEquals(2, e.recordNumber()),
                () -> assertNull(e.pmid()),
                () -> assertEquals(4, e.line()));
    }

    @Test
    void pmidThatIsNotANumber() {
        List<String> pmids = pmids("PMID- 12a\nTI  - Odd.\n\nPMID- 2\n");
        assertAll(
                () -> assertEquals(List.of("2"), pmids),
                () -> assertEquals(1, onlyError().line()),
                () -> assertEquals("PMID '12a' is not a number", onlyError().problem()));
    }

    @Test
    void continuationAtTheStartOfTheFile() {
        List<String> pmids = pmids("      orphan text\nPMID- 2\n\nPMID- 3\n");
        assertAll(
                () -> assertEquals(List.of("3"), pmids),
                () -> assertEquals(1, onlyError().line()),
                () -> assertEquals("2", onlyError().pmid()));
    }

    @Test
    void recordWithoutPmidLineIsToldHowARecordStarts() {
        SourceParseException e = assertThrows(SourceParseException.class, () -> Inputs.read(new MedlineFormat(),
                Inputs.text("bad.txt", "TI  - No PMID.\n\nPMID- 2\n"), ErrorHandler.strict()));
        assertEquals("bad.txt: record 1, line 1: record has no PMID line; each MEDLINE record starts with"
                + " 'PMID- <number>'", e.getMessage());
    }
}

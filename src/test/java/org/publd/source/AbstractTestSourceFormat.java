package org.publd.source;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publd.record.Item;

/**
 * What every input format promises its callers, checked the same way for each: a subclass names the
 * format and gives an input with one bad record among good ones, and the same input without it.
 *
 * <ul>
 * <li>records come out whole: a bad record is skipped and its neighbours are exactly what they are
 *     without it;</li>
 * <li>the error says where: the input's name, the record's number, its PMID when known, the line;</li>
 * <li>a strict handler stops at the first bad record, after the records before it;</li>
 * <li>closing the reader releases the input, whether or not it was read.</li>
 * </ul>
 */
public abstract class AbstractTestSourceFormat {
    /** The name the inputs of the contract get. */
    protected static final String INPUT_NAME = "contract.in";

    /** Where the error for the bad record must point. */
    public record BadRecord(long recordNumber, String pmid, long line) {
    }

    /** The format under test. */
    protected abstract SourceFormat format();

    /** An input of good records with one bad record among them (for a one-record format, the bad record alone). */
    protected abstract String withBadRecord();

    /** The same input without the bad record. */
    protected abstract String withoutBadRecord();

    /** Where the error for the bad record of {@link #withBadRecord()} points. */
    protected abstract BadRecord badRecord();

    private List<Item> read(String text, ErrorHandler errors) {
        List<Item> items = new ArrayList<>();
        try (RecordReader reader = format().open(Inputs.text(INPUT_NAME, text), errors)) {
            for (Item item; (item = reader.next()) != null; ) {
                items.add(item);
            }
        }
        return items;
    }

    @Test
    void badRecordIsSkippedAndItsNeighboursComeOutWhole() {
        Inputs.Errors errors = new Inputs.Errors();
        List<Item> items = read(withBadRecord(), errors);
        assertAll(
                () -> assertEquals(read(withoutBadRecord(), ErrorHandler.strict()), items),
                () -> assertEquals(1, errors.list().size(), () -> "errors: " + errors.list()));
    }

    @Test
    void errorNamesInputRecordPmidAndLine() {
        Inputs.Errors errors = new Inputs.Errors();
        read(withBadRecord(), errors);
        SourceParseException e = errors.list().get(0);
        assertAll(
                () -> assertEquals(INPUT_NAME, e.source()),
                () -> assertEquals(badRecord(), new BadRecord(e.recordNumber(), e.pmid(), e.line())),
                () -> assertTrue(e.getMessage().startsWith(INPUT_NAME + ": record " + badRecord().recordNumber()),
                        e.getMessage()));
    }

    @Test
    void strictHandlerStopsAtTheFirstBadRecord() {
        List<Item> before = new ArrayList<>();
        SourceParseException e = assertThrows(SourceParseException.class, () -> {
            try (RecordReader reader = format().open(Inputs.text(INPUT_NAME, withBadRecord()), ErrorHandler.strict())) {
                for (Item item; (item = reader.next()) != null; ) {
                    before.add(item);
                }
            }
        });
        List<Item> good = read(withoutBadRecord(), ErrorHandler.strict());
        assertAll(
                () -> assertEquals(good.subList(0, (int) badRecord().recordNumber() - 1), before),
                () -> assertEquals(badRecord(), new BadRecord(e.recordNumber(), e.pmid(), e.line())));
    }

    @Test
    void closingAfterReadingReleasesTheInput() {
        CloseRecording bytes = new CloseRecording(withoutBadRecord());
        try (RecordReader reader = format().open(SourceInput.of(INPUT_NAME, bytes), ErrorHandler.strict())) {
            reader.next();
        }
        assertTrue(bytes.closed);
    }

    @Test
    void closingUnreadReleasesTheInput() {
        CloseRecording bytes = new CloseRecording(withBadRecord());
        format().open(SourceInput.of(INPUT_NAME, bytes), ErrorHandler.strict()).close();
        assertTrue(bytes.closed);
    }

    private static final class CloseRecording extends FilterInputStream {
        private boolean closed;

        CloseRecording(String text) {
            super(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}

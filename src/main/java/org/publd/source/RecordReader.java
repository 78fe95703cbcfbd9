package org.publd.source;

import java.io.Closeable;
import org.publd.record.Item;

/**
 * Reads one input's items in order.
 *
 * <pre>
 * try (RecordReader reader = format.open(input, ErrorHandler.strict())) {
 *     for (Item item; (item = reader.next()) != null; ) { ... }
 * }
 * </pre>
 */
public interface RecordReader extends Closeable {
    /**
     * The next item, or {@code null} at the end of the input.
     *
     * @throws SourceParseException when the input cannot be read any further
     */
    Item next();

    /**
     * Whether the text of the item last returned can hold only characters XML 1.0 allows, because an
     * XML 1.0 parser read it and refuses any other, even written as a character reference. The
     * pipeline then need not look for them again; other readers leave this {@code false}.
     */
    default boolean xmlCharactersChecked() {
        return false;
    }

    /** Releases the input. */
    @Override
    void close();
}

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

    /** Releases the input. */
    @Override
    void close();
}

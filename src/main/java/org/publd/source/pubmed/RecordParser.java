package org.publd.source.pubmed;

import javax.xml.stream.XMLStreamException;
import org.publd.source.xml.XmlCursor;

/** Reads one kind of record element, from its start tag to its end tag, into a draft. */
@FunctionalInterface
interface RecordParser {
    /**
     * Reads the record whose start tag the cursor is on.
     *
     * @throws BadRecordException when the record cannot be read; the cursor may then be anywhere inside it
     */
    void read(XmlCursor c, RecordDraft d) throws XMLStreamException;
}

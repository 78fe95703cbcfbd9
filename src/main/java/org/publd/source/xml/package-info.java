/**
 * Reading XML input formats safely and in constant memory; what PubMed XML is read with, and what
 * another XML format (JATS, say) would be read with.
 *
 * <p>{@link org.publd.source.xml.SafeStaxFactory} opens the bytes of an input with the JDK's StAX
 * parser, DTDs and external entities off (nothing is fetched, entity bombs fail), decoded in the
 * encoding the XML declaration names. It also names the root element of an input from its first
 * characters, which is how an XML format recognises its own documents among others.
 * {@link org.publd.source.xml.XmlCursor} walks the document element by element and knows its depth,
 * so that a reader takes the children it knows, skips the rest, leaves a bad record by skipping to
 * its end tag, and explains a parse failure in words (truncated input, invalid bytes, not
 * well-formed) with a line number. Element text comes out with inline markup (and MathML) reduced to
 * its text and whitespace collapsed.
 *
 * <p>A StAX parser cannot read past a well-formedness error or a byte that does not decode.
 * {@link org.publd.source.xml.RecordStarts} sits between the bytes and the parser and notes where the
 * start tags of records are (a scan of the bytes, keeping a bounded window of them), so that a reader
 * can start a new parser at the next record with {@link org.publd.source.xml.SafeStaxFactory#resume}.
 * The characters before a byte that does not decode reach the parser first, and the error has that
 * byte's own line.
 *
 * <pre>
 * XmlCursor cursor = SafeStaxFactory.open(input.stream());
 * cursor.nextElement();                        // the root
 * while (cursor.nextChild(1)) {                // each record under it
 *     int depth = cursor.depth();
 *     while (cursor.nextChild(depth)) {
 *         if (cursor.name().equals("title")) { title = cursor.text(); }
 *     }
 * }
 * </pre>
 */
package org.publd.source.xml;

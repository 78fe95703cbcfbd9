package org.publd.source.xml;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.publd.source.SourceInput;

/**
 * A StAX cursor that knows how deep it is, so that readers can walk an element's children and
 * ignore whatever they do not know, and can leave a bad record at any point by skipping to its end.
 *
 * <pre>
 * int depth = cursor.depth();          // on the parent's start tag
 * while (cursor.nextChild(depth)) {
 *     switch (cursor.name()) {
 *         case "PMID" -> pmid = cursor.text();
 *         default -> { }               // its content is skipped by the next nextChild
 *     }
 * }
 * </pre>
 */
public final class XmlCursor implements AutoCloseable {
    private final XMLStreamReader xml;
    private final CountingReader in;
    private final TextBuffer buffer = new TextBuffer();
    /**
     * The text of the element being read while it is one chunk already in normal form: the common
     * case, made a string straight from the parser's buffer without passing through {@link #buffer}.
     */
    private String single;
    private String[] open = new String[32];
    private int depth;
    /** The lines of the input before the parser's first, when it started in the middle. */
    private final long lineOffset;

    XmlCursor(XMLStreamReader xml, CountingReader in, long lineOffset) {
        this.xml = xml;
        this.in = in;
        this.lineOffset = lineOffset;
    }

    /** How many elements are open; on a start tag, that element's depth (the root is 1). */
    public int depth() {
        return depth;
    }

    /** The name of the element whose start tag the cursor is on, prefix included ({@code mml:math}). */
    public String name() {
        return open[depth - 1];
    }

    /** An attribute of the current start tag, or {@code null}. */
    public String attribute(String name) {
        return xml.getAttributeValue(null, name);
    }

    /**
     * Whether the parser reads the input as XML 1.0 (declared so, or not declared), and so refuses
     * every character XML 1.0 does not allow; XML 1.1 admits control characters as references.
     */
    public boolean xml10() {
        return !"1.1".equals(xml.getVersion());
    }

    /** The line the cursor is on, for messages. */
    public long line() {
        return lineOffset + xml.getLocation().getLineNumber();
    }

    /** Moves to the next start tag anywhere; {@code false} at the end of the document. */
    public boolean nextElement() throws XMLStreamException {
        while (xml.hasNext()) {
            if (advance() == START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves to the next child of the element at {@code parentDepth}, skipping anything deeper;
     * {@code false} once that element has ended.
     */
    public boolean nextChild(int parentDepth) throws XMLStreamException {
        while (true) {
            int event = advance();
            if (event == START_ELEMENT) {
                if (depth == parentDepth + 1) {
                    return true;
                }
            } else if (event == END_ELEMENT) {
                if (depth < parentDepth) {
                    return false;
                }
            } else if (event == END_DOCUMENT) {
                return false;
            }
        }
    }

    /**
     * The text of the current element and all its descendants (inline markup such as {@code <i>} or
     * MathML reduced to its text), whitespace collapsed; {@code null} when blank. Ends on its end tag.
     */
    public String text() throws XMLStreamException {
        int elementDepth = depth;
        int mathDepth = 0;
        boolean mathToken = false;
        single = null;
        buffer.clear();
        while (true) {
            switch (advance()) {
                // MathML is laid out with indentation between its elements; only its tokens are text.
                case CHARACTERS, CDATA, SPACE -> characters(mathDepth > 0 && !mathToken);
                case START_ELEMENT -> {
                    if (mathDepth == 0 && isMath(name())) {
                        mathDepth = depth;
                    }
                    mathToken = mathDepth > 0 && isMathToken(name());
                }
                case END_ELEMENT -> {
                    if (depth < elementDepth) {
                        return single != null ? single : buffer.result();
                    }
                    mathToken = false;
                    if (depth < mathDepth) {
                        mathDepth = 0;
                    }
                }
                case END_DOCUMENT -> throw new XMLStreamException("unexpected end of document");
                default -> {
                }
            }
        }
    }

    private void characters(boolean layoutOnly) {
        char[] chars = xml.getTextCharacters();
        int start = xml.getTextStart();
        int length = xml.getTextLength();
        if (layoutOnly && TextBuffer.isBlank(chars, start, length)) {
            return;
        }
        if (single == null && buffer.isEmpty() && TextBuffer.isNormal(chars, start, length)) {
            single = new String(chars, start, length);
            return;
        }
        if (single != null) {
            buffer.append(single);
            single = null;
        }
        buffer.append(chars, start, length);
    }

    /** Skips to the end tag of the element at {@code elementDepth} (a no-op when it has ended). */
    public void skipOut(int elementDepth) throws XMLStreamException {
        while (depth >= elementDepth && xml.hasNext()) {
            advance();
        }
    }

    /** Reads to the end of the document, so that anything after the root element is checked too. */
    public void finish() throws XMLStreamException {
        while (xml.hasNext()) {
            advance();
        }
    }

    /** What went wrong, in words: the parser's message without its position prefix, or what the input did. */
    public String problem(XMLStreamException e) {
        IOException failure = in.failure();
        if (failure instanceof CharacterCodingException) {
            return "invalid byte sequence for the input's encoding (" + failure.getMessage() + ")";
        }
        if (failure != null) {
            return SourceInput.cannotRead(failure);
        }
        if (stoppedAtEnd(e)) {
            return depth > 0 ? "unexpected end of file inside <" + open[depth - 1] + "> (truncated input?)"
                    : "unexpected end of file before the root element (empty input?)";
        }
        return "not well-formed XML: " + parserMessage(e);
    }

    /** The error reading the input, should the parser have ended without noticing it. */
    public IOException readFailure() {
        return in.failure();
    }

    /**
     * The line of an error: the line of the first byte that did not decode, else the parser's where
     * it says, else where the cursor is.
     */
    public long line(XMLStreamException e) {
        if (in.badBytesLine() > 0) {
            return lineOffset + in.badBytesLine();
        }
        Location at = e.getLocation();
        return at != null && at.getLineNumber() > 0 ? lineOffset + at.getLineNumber() : line();
    }

    /**
     * Whether the input can be read on past the error {@code e} by another parser: the document is
     * not well-formed, or a byte did not decode, but the input was neither cut short nor unreadable.
     */
    public boolean canReadPast(XMLStreamException e) {
        IOException failure = in.failure();
        return (failure == null || failure instanceof CharacterCodingException) && !stoppedAtEnd(e);
    }

    /** Leaves the parser, but not the input under it, which another cursor reads on. */
    public void abandon() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Nothing is lost: the parser held no resource of its own.
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
            in.close();
        } catch (XMLStreamException | IOException e) {
            // Nothing is lost: closing only releases the input.
        }
    }

    private int advance() throws XMLStreamException {
        int event = xml.next();
        if (event == START_ELEMENT) {
            if (depth == open.length) {
                open = Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = xml.getLocalName();
        } else if (event == END_ELEMENT) {
            depth--;
        }
        return event;
    }

    // The parser stops at the end of input when the file is cut short; an error earlier in a small
    // file that was read in one go has reached the end of input too, but not stopped there.
    private boolean stoppedAtEnd(XMLStreamException e) {
        Location at = e.getLocation();
        return in.endReached() && at != null && at.getCharacterOffset() >= in.chars();
    }

    /** The parser's message without the position it prefixes ({@code ParseError at [row,col]:[3,9] Message: }). */
    public static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }

    private static boolean isMath(String name) {
        return switch (name) {
            case "mml:math", "math" -> true;
            default -> false;
        };
    }

    private static boolean isMathToken(String name) {
        String local = name.substring(name.indexOf(':') + 1);
        return switch (local) {
            case "mi", "mn", "mo", "mtext", "ms" -> true;
            default -> false;
        };
    }
}

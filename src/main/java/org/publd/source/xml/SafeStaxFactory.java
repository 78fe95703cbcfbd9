package org.publd.source.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Opens XML for reading without ever fetching or expanding anything: no DTD (NCBI's files name one
 * on NCBI's servers; PubLD must work offline), no external entities, no entity declarations at all,
 * so an entity bomb or an {@code &xxe;} reference is a well-formedness error instead of an expansion.
 */
public final class SafeStaxFactory {
    /** Far deeper than PubMed XML (MathML included) ever nests; bounds the readers' recursion. */
    private static final String MAX_ELEMENT_DEPTH = "256";
    private static final int DECLARATION_BYTES = 256;
    private static final Pattern LEADING_SPACE = Pattern.compile("^[\\uFEFF\\s]+");

    private SafeStaxFactory() {
    }

    /** A cursor over {@code bytes}, decoded in the encoding the XML declaration names (UTF-8 by default). */
    public static XmlCursor open(InputStream bytes) throws IOException, XMLStreamException {
        return open(bytes, charset(bytes, Optional.empty()));
    }

    /** A cursor over {@code bytes}, decoded in {@code charset}. */
    public static XmlCursor open(InputStream bytes, Charset charset) throws XMLStreamException {
        return resume(bytes, charset, "", 0);
    }

    /**
     * A cursor over {@code bytes} that start in the middle of a document, at line {@code lineOffset + 1}:
     * {@code prefix} (the start tag of the root element, say) is read before them, so that what
     * follows is a document again.
     */
    public static XmlCursor resume(InputStream bytes, Charset charset, String prefix, long lineOffset)
            throws XMLStreamException {
        // Decoding here rather than in the parser lets CountingReader count characters and lines cheaply.
        CountingReader chars = new CountingReader(bytes, charset, prefix);
        return new XmlCursor(factory().createXMLStreamReader(chars), chars, lineOffset);
    }

    /**
     * The encoding of the XML document {@code bytes} (which must support mark and reset) starts with:
     * the one its byte order mark named (already removed, so given as {@code bom}), else UTF-16 if it
     * starts with {@code <?} in UTF-16, else the one its XML declaration names, else UTF-8.
     */
    public static Charset charset(InputStream bytes, Optional<Charset> bom) throws IOException {
        if (bom.isPresent()) {
            return bom.get();
        }
        return declaredCharset(bytes);
    }

    /**
     * The name of the root element of the XML document that starts with {@code head}; empty when
     * {@code head} is not XML or ends before the root's start tag. Whatever precedes the root (XML
     * declaration, comments, processing instructions, {@code DOCTYPE}) is parsed past, never fetched,
     * and nothing beyond {@code head} is read: formats that share XML tell their inputs apart by it.
     *
     * <pre>
     * SafeStaxFactory.rootElement("&lt;?xml version=\"1.0\"?&gt;&lt;!-- x --&gt;&lt;PubmedArticleSet&gt;"); // PubmedArticleSet
     * </pre>
     */
    public static Optional<String> rootElement(String head) {
        // Space before the XML declaration is not allowed; the format's reader says so better than "unrecognised".
        String text = LEADING_SPACE.matcher(head).replaceFirst("");
        try {
            XMLStreamReader xml = factory().createXMLStreamReader(new StringReader(text));
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        return Optional.of(xml.getLocalName());
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            // Not XML, or cut off before the root element: no root to name.
        }
        return Optional.empty();
    }

    // A new factory per input: the JDK does not promise that one is safe to share between threads.
    private static XMLInputFactory factory() {
        // The JDK's own implementation, whose hardening properties are known, whatever StAX
        // implementation the classpath happens to bring.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty("jdk.xml.maxElementDepth", MAX_ELEMENT_DEPTH);
        // Without the DTD the mml prefix of MathML may be undeclared; names are read literally ("mml:math").
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        // One text event per text node, not one per character reference: most texts then become
        // strings without a copy of their own (see XmlCursor.text).
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("refusing to load external resource " + systemId);
        });
        return factory;
    }

    private static Charset declaredCharset(InputStream bytes) throws IOException {
        bytes.mark(DECLARATION_BYTES);
        byte[] head = bytes.readNBytes(DECLARATION_BYTES);
        bytes.reset();
        if (head.length >= 4 && head[0] == '<' && head[1] == 0 && head[2] == '?' && head[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 4 && head[0] == 0 && head[1] == '<' && head[2] == 0 && head[3] == '?') {
            return StandardCharsets.UTF_16BE;
        }
        String name = encodingName(new String(head, StandardCharsets.ISO_8859_1));
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedEncodingException("unsupported encoding '" + name + "' in the XML declaration");
        }
    }

    /** The {@code encoding} of an XML declaration ({@code <?xml version="1.0" encoding="utf-8"?>}), or {@code null}. */
    static String encodingName(String head) {
        int end = head.indexOf("?>");
        if (!head.startsWith("<?xml") || end < 0) {
            return null;
        }
        int at = head.indexOf("encoding", 5);
        if (at < 0 || at > end) {
            return null;
        }
        int open = at + "encoding".length();
        while (open < end && head.charAt(open) != '"' && head.charAt(open) != '\'') {
            open++;
        }
        int close = open < end ? head.indexOf(head.charAt(open), open + 1) : -1;
        return close < 0 || close > end ? null : head.substring(open + 1, close).strip();
    }
}

package org.publd.mapping.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.publd.PubldException;

/**
 * RDF/XML in constant memory. Jena's RDF/XML writer needs a whole graph, so triples are written in
 * bounded batches, and the descriptions of each batch are moved, as XML events, into one
 * {@code rdf:RDF} document.
 */
final class RdfXmlBatchWriter extends StreamRDFBase {
    private static final int BATCH_TRIPLES = 20_000;

    private final PrefixMap prefixes = PrefixMapFactory.create();
    private final XMLStreamWriter xml;
    private final XMLInputFactory inputs;
    private Graph batch = GraphFactory.createDefaultGraph();
    private boolean started;

    RdfXmlBatchWriter(OutputStream out) {
        try {
            XMLOutputFactory outputs = XMLOutputFactory.newFactory();
            outputs.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true);
            this.xml = outputs.createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new PubldException("cannot write RDF/XML: " + e.getMessage(), e);
        }
        this.inputs = XMLInputFactory.newFactory();
        inputs.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    }

    @Override
    public void prefix(String prefix, String iri) {
        prefixes.add(prefix, iri);
    }

    // The root element is opened with the first triple, so that it declares the prefixes given after start().
    private void startDocument() {
        if (started) {
            return;
        }
        started = true;
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setPrefix("rdf", RDF.uri);
            xml.writeStartElement("rdf", "RDF", RDF.uri);
            for (var e : prefixes.getMapping().entrySet()) {
                xml.setPrefix(e.getKey(), e.getValue());
                xml.writeNamespace(e.getKey(), e.getValue());
            }
        } catch (XMLStreamException e) {
            throw new PubldException("cannot write RDF/XML: " + e.getMessage(), e);
        }
    }

    @Override
    public void triple(Triple triple) {
        startDocument();
        batch.add(triple);
        if (batch.size() >= BATCH_TRIPLES) {
            writeBatch();
        }
    }

    @Override
    public void quad(Quad quad) {
        triple(quad.asTriple());
    }

    @Override
    public void finish() {
        startDocument();
        writeBatch();
        try {
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new PubldException("cannot write RDF/XML: " + e.getMessage(), e);
        }
    }

    private void writeBatch() {
        if (batch.isEmpty()) {
            return;
        }
        prefixes.forEach((p, iri) -> batch.getPrefixMapping().setNsPrefix(p, iri));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        RDFWriter.source(batch).format(RDFFormat.RDFXML_PLAIN).output(buffer);
        batch = GraphFactory.createDefaultGraph();
        try {
            copyDescriptions(inputs.createXMLStreamReader(new ByteArrayInputStream(buffer.toByteArray())));
        } catch (XMLStreamException e) {
            throw new PubldException("cannot write RDF/XML: " + e.getMessage(), e);
        }
    }

    /** Copies the children of the batch's {@code rdf:RDF} element into the output document. */
    private void copyDescriptions(XMLStreamReader in) throws XMLStreamException {
        int depth = 0;
        while (in.hasNext()) {
            int event = in.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (depth > 0) {
                        startElement(in);
                    }
                    depth++;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0) {
                        xml.writeEndElement();
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA -> {
                    if (depth > 0) {
                        xml.writeCharacters(in.getText());
                    }
                }
                default -> {
                }
            }
        }
        in.close();
    }

    private void startElement(XMLStreamReader in) throws XMLStreamException {
        xml.writeStartElement(prefixOf(in.getPrefix()), in.getLocalName(), nsOf(in.getNamespaceURI()));
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String ns = nsOf(in.getAttributeNamespace(i));
            String prefix = prefixOf(in.getAttributePrefix(i));
            if (XMLConstants.XML_NS_URI.equals(ns)) {
                prefix = XMLConstants.XML_NS_PREFIX;
            }
            xml.writeAttribute(prefix, ns, in.getAttributeLocalName(i), in.getAttributeValue(i));
        }
    }

    private static String prefixOf(String prefix) {
        return prefix == null ? "" : prefix;
    }

    private static String nsOf(String ns) {
        return ns == null ? "" : ns;
    }
}

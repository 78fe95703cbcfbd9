package org.publd.link.mesh;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.publd.PubldException;

/**
 * Reads NLM's MeSH XML into a {@link MeshNames.Builder} as a stream: descriptors
 * ({@code desc20XX.xml}), qualifiers ({@code qual20XX.xml}) and supplementary concepts
 * ({@code supp20XX.xml}). Of each record it keeps the UI, the name and the entry terms:
 * <pre>
 * DescriptorRecord DescriptorClass="1|2|3|4"     (QualifierRecord, SupplementalRecord alike)
 *   DescriptorUI                  D000001
 *   DescriptorName/String         Calcimycin
 *   ConceptList/Concept/TermList/Term/String      A-23187, Calcimycin...
 * </pre>
 * Paths are matched from the record down, because records also name other records deeper inside
 * (PharmacologicalActionList, AllowableQualifiersList...), with the same element names.
 */
final class MeshXmlReader {
    private static final String TERM_PATH = "ConceptList/Concept/TermList/Term/String";
    private static final Map<String, String> RECORD_PREFIXES = Map.of(
            "DescriptorRecord", "Descriptor",
            "QualifierRecord", "Qualifier",
            "SupplementalRecord", "SupplementalRecord");

    private MeshXmlReader() {
    }

    /** Adds the file's records and names to {@code names}. */
    static void read(String fileName, InputStream in, MeshNames.Builder names) {
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(in);
            new Walk(fileName, xml, names).run();
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new PubldException(fileName + ": line " + line + ": not well-formed MeSH XML: " + e.getMessage(), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // the parse itself succeeded or already failed with its own message
                }
            }
        }
    }

    // NLM's files name a DTD on NLM's servers: never fetch it (PubLD works offline), nor expand entities.
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** One pass over a file, with the path of elements below the current record. */
    private static final class Walk {
        private final String fileName;
        private final XMLStreamReader xml;
        private final MeshNames.Builder names;
        private final List<String> path = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int recordDepth = -1;
        private String prefix;
        private MeshKind kind;
        private int recordLine;
        private String ui;
        private String name;
        private final List<String> terms = new ArrayList<>();

        Walk(String fileName, XMLStreamReader xml, MeshNames.Builder names) {
            this.fileName = fileName;
            this.xml = xml;
            this.names = names;
        }

        void run() throws XMLStreamException {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> start(xml.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (recordDepth >= 0) {
                            text.append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> { }
                }
            }
        }

        private void start(String element) {
            path.add(element);
            text.setLength(0);
            if (recordDepth < 0 && RECORD_PREFIXES.containsKey(element)) {
                recordDepth = path.size();
                prefix = RECORD_PREFIXES.get(element);
                kind = kind(element, xml.getAttributeValue(null, "DescriptorClass"));
                recordLine = xml.getLocation().getLineNumber();
                ui = null;
                name = null;
                terms.clear();
            }
        }

        private void end() {
            if (recordDepth >= 0) {
                String below = String.join("/", path.subList(recordDepth, path.size()));
                if (below.equals(prefix + "UI")) {
                    ui = text.toString().strip();
                } else if (below.equals(prefix + "Name/String")) {
                    name = text.toString();
                } else if (below.equals(TERM_PATH)) {
                    terms.add(text.toString());
                } else if (path.size() == recordDepth) {
                    record();
                    recordDepth = -1;
                }
            }
            path.remove(path.size() - 1);
            text.setLength(0);
        }

        private void record() {
            if (ui == null || ui.isEmpty()) {
                throw new PubldException(fileName + ": line " + recordLine + ": " + path.get(path.size() - 1)
                        + " has no " + prefix + "UI");
            }
            names.record(ui, kind);
            if (name != null) {
                names.name(ui, name);
            }
            terms.forEach(t -> names.entryTerm(ui, t));
        }

        // DescriptorClass: 1 topical, 2 publication type, 3 check tag, 4 geographic.
        private static MeshKind kind(String element, String descriptorClass) {
            return switch (element) {
                case "QualifierRecord" -> MeshKind.QUALIFIER;
                case "SupplementalRecord" -> MeshKind.SUPPLEMENTARY;
                default -> "2".equals(descriptorClass) ? MeshKind.PUBLICATION_TYPE : MeshKind.DESCRIPTOR;
            };
        }
    }
}

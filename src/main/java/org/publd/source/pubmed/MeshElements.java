package org.publd.source.pubmed;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.publd.record.MeshHeading;
import org.publd.record.Term;
import org.publd.source.xml.XmlCursor;

/**
 * MeSH indexing: {@code MeshHeadingList} (descriptor and qualifiers, each with {@code UI} and
 * {@code MajorTopicYN}), and the substances of {@code ChemicalList} and {@code SupplMeshList}.
 */
final class MeshElements {
    private MeshElements() {
    }

    static void meshHeadingList(XmlCursor c, RecordDraft d) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            if (c.name().equals("MeshHeading")) {
                MeshHeading heading = meshHeading(c);
                if (heading != null) {
                    d.article.addMeshHeading(heading);
                }
            }
        }
    }

    private static MeshHeading meshHeading(XmlCursor c) throws XMLStreamException {
        Term descriptor = null;
        boolean major = false;
        List<MeshHeading.Qualifier> qualifiers = new ArrayList<>(2);
        int depth = c.depth();
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "DescriptorName" -> {
                    major = isMajor(c);
                    descriptor = term(c);
                }
                case "QualifierName" -> {
                    boolean majorQualifier = isMajor(c);
                    Term qualifier = term(c);
                    if (qualifier != null) {
                        qualifiers.add(new MeshHeading.Qualifier(qualifier, majorQualifier));
                    }
                }
                default -> {
                }
            }
        }
        return descriptor == null ? null : new MeshHeading(descriptor, major, qualifiers);
    }

    /** {@code ChemicalList}: each {@code NameOfSubstance} is a substance. */
    static void chemicalList(XmlCursor c, RecordDraft d) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            if (c.name().equals("Chemical")) {
                chemical(c, d);
            }
        }
    }

    private static void chemical(XmlCursor c, RecordDraft d) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            if (c.name().equals("NameOfSubstance")) {
                addSubstance(c, d);
            }
        }
    }

    /** {@code SupplMeshList}: supplementary concepts (substances, protocols, diseases, organisms). */
    static void supplMeshList(XmlCursor c, RecordDraft d) throws XMLStreamException {
        int depth = c.depth();
        while (c.nextChild(depth)) {
            if (c.name().equals("SupplMeshName")) {
                addSubstance(c, d);
            }
        }
    }

    private static void addSubstance(XmlCursor c, RecordDraft d) throws XMLStreamException {
        Term term = term(c);
        if (term != null) {
            d.article.addSubstance(term);
        }
    }

    private static boolean isMajor(XmlCursor c) {
        return "Y".equals(c.attribute("MajorTopicYN"));
    }

    /** The term at the cursor ({@code UI} attribute and text), or {@code null} when it has no name. */
    private static Term term(XmlCursor c) throws XMLStreamException {
        String ui = c.attribute("UI");
        String name = c.text();
        return name == null ? null : new Term(ui, name);
    }
}

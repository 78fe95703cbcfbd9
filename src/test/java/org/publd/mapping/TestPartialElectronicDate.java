package org.publd.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.publd.Warnings;
import org.publd.ontology.MappingLib;
import org.publd.ontology.ShapesLib;
import org.publd.record.Article;
import org.publd.source.ErrorHandler;
import org.publd.source.Inputs;
import org.publd.source.medline.MedlineFormat;

/** A MEDLINE {@code DEP} of a year and month, or of a year, as PMC's exports write it, is a partial date. */
class TestPartialElectronicDate {
    private static Article read(String dep) {
        String text = """
                PMID- 20724638
                TI  - A title.
                DEP - %s
                """.formatted(dep);
        return Inputs.read(new MedlineFormat(), Inputs.text("pmc.nbib", text), ErrorHandler.strict()).get(0);
    }

    @ParameterizedTest
    @CsvSource({
        "20100819, 2010-08-19, date",
        "201003,   2010-03,    gYearMonth",
        "2010,     2010,       gYear",
    })
    void availableAtTheDatesPrecision(String dep, String lexical, String datatype) {
        Graph g = MappingLib.map(read(dep));
        List<Node> available = g.find(Node.ANY, DCTerms.available.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        Node expected = NodeFactory.createLiteralDT(lexical,
                TypeMapper.getInstance().getSafeTypeByName(XSDDatatype.XSD + "#" + datatype));
        assertEquals(List.of(expected), available);
    }

    @ParameterizedTest
    @ValueSource(strings = {"201003", "2010"})
    void partialDateIsReadWithoutAWarning(String dep) throws Exception {
        String log = Warnings.during(() -> read(dep));
        assertFalse(log.contains("DEP"), log);
    }

    @ParameterizedTest
    @ValueSource(strings = {"201003", "2010"})
    void partialDateConformsToTheShapes(String dep) {
        ShapesLib.assertConforms(MappingLib.map(read(dep)));
    }
}

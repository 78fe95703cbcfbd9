package org.publd.ontology;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Validates record graphs against {@code ontology/shapes.ttl}. The shapes are meant for one record
 * graph at a time, so a dataset is validated graph by graph.
 *
 * <pre>
 * ShapesLib.assertConforms(MappingLib.map(article));
 * ShapesLib.assertConforms(dataset);          // every named graph
 * </pre>
 */
public final class ShapesLib {
    /** The shapes, read from the project directory (Maven runs tests there). */
    public static final Path SHAPES = Path.of("ontology", "shapes.ttl");

    private static volatile Shapes shapes;

    private ShapesLib() {
    }

    /** The parsed shapes, read once. */
    public static Shapes shapes() {
        Shapes s = shapes;
        if (s == null) {
            s = Shapes.parse(RDFDataMgr.loadGraph(SHAPES.toString()));
            shapes = s;
        }
        return s;
    }

    /** Validates one record graph. */
    public static ValidationReport validate(Graph g) {
        return ShaclValidator.get().validate(shapes(), g);
    }

    /** Fails, listing every violation, unless the record graph conforms. */
    public static void assertConforms(Graph g) {
        ValidationReport r = validate(g);
        if (!r.conforms()) {
            fail("graph does not conform to " + SHAPES + ":\n" + describe(r));
        }
    }

    /** Fails, listing every violation with its graph, unless every named graph of {@code dsg} conforms. */
    public static void assertConforms(DatasetGraph dsg) {
        StringBuilder failures = new StringBuilder();
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node name = it.next();
            ValidationReport r = validate(dsg.getGraph(name));
            if (!r.conforms()) {
                failures.append("graph <").append(name.getURI()).append(">:\n").append(describe(r));
            }
        }
        if (!failures.isEmpty()) {
            fail("dataset does not conform to " + SHAPES + ":\n" + failures);
        }
    }

    /** One line per violation: focus node, path, value, message. */
    public static String describe(ValidationReport r) {
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : r.getEntries()) {
            StringBuilder sb = new StringBuilder("  ").append(e.focusNode());
            if (e.resultPath() != null) {
                sb.append(" ").append(e.resultPath());
            }
            if (e.value() != null) {
                sb.append(" value ").append(e.value());
            }
            sb.append(": ").append(e.message());
            lines.add(sb.toString());
        }
        lines.sort(null);
        return String.join("\n", lines) + "\n";
    }
}

package org.publd.mapping;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * One record as RDF, whole: its graph ({@link IriScheme#graph}) and every quad of it, each
 * once, in the order the mapper made them. The unit a {@link RecordSink} receives: the graph is to
 * hold exactly these quads.
 *
 * <pre>
 * MappedRecord r = mapper.map(article, provenance);
 * r.quads().forEach(streamRDF::quad);
 * </pre>
 *
 * @param graph the record's graph; every quad is in it
 * @param quads the record's statements
 */
public record MappedRecord(Node graph, List<Quad> quads) {
    public MappedRecord {
        quads = List.copyOf(quads);
    }

    /** How many quads the record has. */
    public int size() {
        return quads.size();
    }
}

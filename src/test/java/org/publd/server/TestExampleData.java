package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordPipeline;

/** The bundled example that {@code publd serve} shows without inputs: the seed page and real records of each format. */
class TestExampleData {
    @Test
    void everyExampleMapsWithoutErrorAndTheSeedIsAmongThem() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (ExampleData examples = ExampleData.extract()) {
            assertTrue(examples.files().size() >= 3, "the seed and a handful of samples");
            RecordPipeline.Summary s = RecordPipeline.builder(new RecordMapper(MappingOptions.defaults())).strict(true).build()
                    .run(examples.files(), StreamRDFLib.dataset(dsg));
            assertEquals(0, s.errors());
        }
        assertTrue(dsg.containsGraph(NodeFactory.createURI("http://localhost:3030/graph/pubmed/20724638")), "the seed record");
        assertTrue(dsg.containsGraph(NodeFactory.createURI("http://localhost:3030/graph/pubmed/20301577")), "a PubMed XML book record");
        assertTrue(dsg.containsGraph(NodeFactory.createURI("http://localhost:3030/graph/pubmed/16403221")), "a MEDLINE record");
    }
}

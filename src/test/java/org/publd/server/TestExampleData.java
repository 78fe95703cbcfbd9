package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.publd.mapping.StreamRecordSink;
import org.publd.mapping.vocab.PROV;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.pipeline.RecordPipeline;

/** The bundled example that {@code publd serve} shows without inputs: the seed page and real records of each format. */
class TestExampleData {
    @Test
    void everyExampleMapsWithoutErrorAndTheSeedIsAmongThem() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (ExampleData examples = ExampleData.extract()) {
            assertTrue(examples.files().size() >= 3, "the seed and a handful of samples");
            RecordPipeline.Summary s = RecordPipeline.builder(new RecordMapper(MappingOptions.defaults())).strict(true).build()
                    .run(examples.files(), new StreamRecordSink(StreamRDFLib.dataset(dsg)));
            assertEquals(0, s.errors());
        }
        assertTrue(dsg.containsGraph(NodeFactory.createURI("http://localhost:3030/graph/pubmed/20724638")), "the seed record");
        assertTrue(dsg.containsGraph(NodeFactory.createURI("http://localhost:3030/graph/pubmed/20301577")), "a PubMed XML book record");
        assertTrue(dsg.containsGraph(NodeFactory.createURI("http://localhost:3030/graph/pubmed/16403221")), "a MEDLINE record");
    }

    @Test
    void provenanceNamesTheExampleWhereTheServerPublishesIt() {
        String base = "http://localhost:3030/";
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (ExampleData examples = ExampleData.extract()) {
            RecordPipeline.builder(new RecordMapper(MappingOptions.defaults())).sourceIris(examples.sourceIris(base)).build()
                    .run(examples.files(), new StreamRecordSink(StreamRDFLib.dataset(dsg)));
        }
        Node seedGraph = NodeFactory.createURI(base + "graph/pubmed/20724638");
        assertTrue(dsg.contains(seedGraph, seedGraph, PROV.wasDerivedFrom,
                NodeFactory.createURI(base + "examples/pubmed-page-20724638.txt")));
    }

    @Test
    void theServerPublishesTheExampleFilesAndNothingElse() throws Exception {
        try (ServerFixture f = new ServerFixture(ServerConfig.defaults(0, HandMadeRecords.BASE))) {
            HttpResponse<String> seed = f.get("/examples/pubmed-page-20724638.txt", null);
            assertEquals(200, seed.statusCode());
            assertTrue(seed.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("examples/pubmed-page-20724638.txt")) {
                assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), seed.body());
            }
            HttpResponse<String> xml = f.get("/examples/pubmed-xml-metapub-35679569.xml", null);
            assertTrue(xml.headers().firstValue("Content-Type").orElseThrow().startsWith("application/xml"));
            assertEquals(404, f.get("/examples/index.txt", null).statusCode());
            assertEquals(404, f.get("/examples/ATTRIBUTION.md", null).statusCode());
            assertEquals(404, f.get("/examples/nothing.xml", null).statusCode());
        }
    }
}

package org.publd.mapping.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.Provenance;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordSink;
import org.publd.mapping.vocab.Prefixes;
import org.publd.record.AbstractText;
import org.publd.record.Article;
import org.publd.record.Contributor;
import org.publd.record.Journal;
import org.publd.record.PubDate;
import org.publd.record.Relation;
import org.publd.record.RelationType;
import org.publd.record.WorkKind;

/** Every output format round-trips: what is written parses back to the same graphs. */
class TestRdfWriters {
    private static final Provenance PROVENANCE = new Provenance("file:///data/sample.xml", Instant.parse("2026-01-01T00:00:00Z"));

    private static Article article(String pmid, String title) {
        return Article.builder().pmid(pmid).title(title)
                .addAbstract(new AbstractText(null, List.of(new AbstractText.Section("BACKGROUND", "Text with \"quotes\" & <markup>."))))
                .addLanguage("eng")
                .addAuthor(Contributor.person("Li", "Nanxin", "N", null, "0000-0002-1825-0097", List.of("Yale University")))
                .journal(new Journal("Science (New York, N.Y.)", "Science", "Science", "0036-8075", "1095-9203", "0036-8075", "0404511", "United States"))
                .volume("329").issue("5994").pages("959-64").issued(PubDate.of(2010, 8, 20)).available(LocalDate.of(2010, 8, 19))
                .addRelation(new Relation(RelationType.COMMENT_IN, Article.builder().kind(WorkKind.LISTED_WORK).pmid("20724626")
                        .title("A glutamate pathway to faster-acting antidepressants?").issued(PubDate.of(2010, 8)).build()))
                .build();
    }

    /** The dataset the mapper writes for two records. */
    private static DatasetGraph expected() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        write(StreamRDFLib.dataset(dsg));
        return dsg;
    }

    private static void write(StreamRDF out) {
        RecordMapper mapper = new RecordMapper(MappingOptions.defaults());
        out.start();
        mapper.map(article("20724638", "mTOR-dependent synapse formation"), PROVENANCE).quads().forEach(out::quad);
        mapper.map(article("1", "Second record, é and 日本"), PROVENANCE).quads().forEach(out::quad);
        out.finish();
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void roundTrips(OutputFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(RdfWriters.open(format, bytes, Prefixes.standard()));
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes.toByteArray())).lang(format.lang()).parse(parsed);
        DatasetGraph expected = expected();
        if (format.keepsGraphs()) {
            assertTrue(IsoMatcher.isomorphic(expected, parsed), () -> "Did not round-trip: " + format + "\n" + bytes);
        } else {
            Graph union = expected.getUnionGraph();
            assertTrue(union.isIsomorphicWith(parsed.getDefaultGraph()), () -> "Did not round-trip: " + format + "\n" + bytes);
        }
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void wholeRecordsAreWrittenAsTheirQuadsWouldBe(OutputFormat format) {
        ByteArrayOutputStream quads = new ByteArrayOutputStream();
        write(RdfWriters.open(format, quads, Prefixes.standard()));
        ByteArrayOutputStream records = new ByteArrayOutputStream();
        RecordSink sink = RdfWriters.records(format, records, Prefixes.standard());
        RecordMapper mapper = new RecordMapper(MappingOptions.defaults());
        sink.start();
        sink.accept(mapper.map(article("20724638", "mTOR-dependent synapse formation"), PROVENANCE));
        sink.accept(mapper.map(article("1", "Second record, é and 日本"), PROVENANCE));
        sink.finish();
        assertEquals(quads.toString(StandardCharsets.UTF_8), records.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonLdKeepsTwoRecordsOfOneGraphApart() {
        // Whole records, not runs of quads: the same PMID twice in a row (an update file may) is two graph objects.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RecordSink sink = RdfWriters.records(OutputFormat.JSONLD, bytes, Prefixes.standard());
        RecordMapper mapper = new RecordMapper(MappingOptions.defaults());
        sink.start();
        sink.accept(mapper.map(article("1", "First version"), PROVENANCE));
        sink.accept(mapper.map(article("1", "Second version"), PROVENANCE));
        sink.finish();
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(2, reader.readObject().getJsonArray("@graph").size());
        }
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void emptyOutputParses(OutputFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF out = RdfWriters.open(format, bytes, Prefixes.standard());
        out.start();
        out.finish();
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes.toByteArray())).lang(format.lang()).parse(parsed);
        assertEquals(0, parsed.stream().count());
    }
}

package org.publd.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publd.mapping.DeletedRecord;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordSink;
import org.publd.pipeline.RecordPipeline;

/**
 * Every real record PubLD ships as a fixture (PubMed XML, MEDLINE, the seed page) maps with no error,
 * uses only defined terms, and conforms to the SHACL shapes.
 */
public class TestSamplesConform {
    public static Stream<Path> samples() throws IOException {
        List<Path> dirs = List.of(Path.of("src/test/resources/samples/pubmed-xml"), Path.of("src/test/resources/samples/medline"),
                Path.of("src/test/resources/seeds"));
        Stream<Path> all = Stream.empty();
        for (Path dir : dirs) {
            all = Stream.concat(all, Files.list(dir).filter(p -> !p.getFileName().toString().endsWith(".md")
                    && !p.getFileName().toString().startsWith(".")).sorted().toList().stream());
        }
        return all;
    }

    /** Maps a file as a store would keep it: a record given twice (an update file may) replaces its first version. */
    public static DatasetGraph map(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RecordSink replacing = new RecordSink() {
            @Override
            public void accept(MappedRecord record) {
                dsg.removeGraph(record.graph());
                record.quads().forEach(dsg::add);
            }

            @Override
            public void delete(DeletedRecord deleted) {
                dsg.removeGraph(deleted.graph());
            }
        };
        RecordPipeline.Summary s = RecordPipeline.builder(new RecordMapper(MappingOptions.defaults())).strict(true).build()
                .run(List.of(file.toString()), replacing);
        assertEquals(0, s.errors(), "errors in " + file);
        return dsg;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void mapsWithoutErrorAndConforms(Path file) {
        DatasetGraph dsg = map(file);
        if (!file.getFileName().toString().equals("metapub-37909814.xml")) {
            assertTrue(dsg.listGraphNodes().hasNext(), "no record mapped from " + file);
        }
        ShapesLib.assertConforms(dsg);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void usesOnlyDefinedTerms(Path file) {
        VocabularyCheck.assertAllDefined(map(file));
    }
}

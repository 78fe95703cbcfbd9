package org.publd.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.mapping.DeletedRecord;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordSink;
import org.publd.source.SourceRegistry;
import org.publd.store.LineRecords;

/** The pipeline hands its sink whole records and deletions, one event each, in input order. */
class TestRecordPipeline {
    private static final RecordMapper MAPPER = new RecordMapper(new MappingOptions("http://example.org/", true));

    @TempDir
    Path tmp;

    /** Writes down what reaches it, each event with the PMID its graph is named by. */
    private static final class Events implements RecordSink {
        final List<String> seen = new ArrayList<>();
        long quads;

        @Override
        public void accept(MappedRecord record) {
            seen.add("record " + pmid(record.graph()));
            quads += record.size();
        }

        @Override
        public void delete(DeletedRecord deleted) {
            seen.add("delete " + pmid(deleted.graph()));
        }

        private static String pmid(Node graph) {
            return graph.getURI().substring(graph.getURI().lastIndexOf('/') + 1);
        }
    }

    private Events run(String lines) throws IOException {
        Path in = Files.writeString(tmp.resolve("in.lines"), LineRecords.HEADER + "\n" + lines);
        Events events = new Events();
        RecordPipeline.Summary s = RecordPipeline.builder(MAPPER).registry(new SourceRegistry(List.of(new LineRecords())))
                .build().run(List.of(in.toString()), events);
        assertEquals(s.quads(), events.quads, "the summary counts the quads the sink got");
        return events;
    }

    @Test
    void recordsAndDeletionsReachTheSinkInInputOrder() throws IOException {
        assertEquals(List.of("record 1", "delete 2", "delete 3", "record 4"),
                run("article 1\ndelete 2 3\narticle 4\n").seen);
    }

    @Test
    void theSameRecordTwiceInARowIsTwoRecords() throws IOException {
        assertEquals(List.of("record 5", "record 5"), run("article 5 t=A\narticle 5 t=B\n").seen);
    }
}

package org.publd.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.Warnings;
import org.publd.mapping.DeletedRecord;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordSink;
import org.publd.source.SourceRegistry;
import org.publd.store.LineRecords;

/**
 * The pipeline hands its sink whole records and deletions, one event each, in input order, and a PMID
 * read more than once once: the highest version, else the later record.
 */
class TestRecordPipeline {
    private static final RecordMapper MAPPER = new RecordMapper(new MappingOptions("http://example.org/", true));

    @TempDir
    Path tmp;

    /** Writes down what reaches it, each event with the PMID its graph is named by. */
    private static final class Events implements RecordSink {
        final List<String> seen = new ArrayList<>();
        final List<String> titles = new ArrayList<>();
        long quads;

        @Override
        public void accept(MappedRecord record) {
            seen.add("record " + pmid(record.graph()));
            String work = MAPPER.iris().article(pmid(record.graph())).getURI();
            record.quads().stream().filter(q -> q.getPredicate().equals(DCTerms.title.asNode())
                            && q.getSubject().isURI() && q.getSubject().getURI().equals(work))
                    .forEach(q -> titles.add(q.getObject().getLiteralLexicalForm()));
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
    void theSameRecordTwiceIsOneRecordTheLaterOne() throws IOException {
        Events events = run("article 5 t=A\narticle 6\narticle 5 t=B\n");
        assertEquals(List.of("record 6", "record 5"), events.seen);
        assertEquals(List.of("Title 6", "B"), events.titles);
    }

    @Test
    void theHigherVersionWinsWhicheverComesFirst() throws IOException {
        assertEquals(List.of("Two", "Three"), run("article 5 v=2 t=Two\narticle 5 v=1 t=One\narticle 7 v=3 t=Three\n"
                + "article 7 v=1 t=Old\n").titles);
    }

    @Test
    void theDroppedCopyIsReportedWithBothVersions() throws Exception {
        String log = Warnings.during(() -> run("article 5 v=1 t=One\narticle 5 v=2 t=Two\n"));
        assertTrue(log.contains("in.lines: PMID 5 read more than once: keeping version 2, dropping version 1"), log);
    }

    @Test
    void aLowerVersionBeyondTheWindowStillLoses() throws IOException {
        StringBuilder lines = new StringBuilder("article 5 v=2 t=Two\n");
        for (int i = 0; i < DuplicatePmids.WINDOW + 1; i++) {
            lines.append("article ").append(1000 + i).append('\n');
        }
        Events events = run(lines.append("article 5 v=1 t=One\n").toString());
        assertEquals(List.of("Two"), events.titles.stream().filter(t -> !t.startsWith("Title")).toList());
    }

    @Test
    void aRecordAfterItsDeletionIsNoCopy() throws IOException {
        assertEquals(List.of("record 5", "delete 5", "record 5"), run("article 5 v=2\ndelete 5\narticle 5 v=1\n").seen);
    }
}

package org.publd.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.PubldException;
import org.publd.mapping.DeletedRecord;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordSink;
import org.publd.mapping.output.OutputFormat;
import org.publd.mapping.output.RdfWriters;
import org.publd.mapping.vocab.Prefixes;
import org.publd.source.SourceParseException;

/** Inputs mapped on several threads reach the sink as one thread hands them on: whole, in input order. */
class TestInputsInParallel {
    private static final String RECORD = """
            <PubmedArticle><MedlineCitation><PMID Version="1">%s</PMID><Article>
              <ArticleTitle>Record %s.</ArticleTitle></Article></MedlineCitation></PubmedArticle>
            """;

    @TempDir
    Path dir;

    private Path file(String name, int from, int count, String tail) throws IOException {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n");
        IntStream.range(from, from + count).forEach(i -> sb.append(RECORD.formatted(i, i)));
        return Files.writeString(dir.resolve(name), sb.append(tail).append("</PubmedArticleSet>\n").toString());
    }

    private List<String> inputs() throws IOException {
        // More records in a file than its queue holds, so that later files wait for the writer.
        List<String> inputs = new ArrayList<>();
        for (int f = 0; f < 4; f++) {
            inputs.add(file("f" + f + ".xml", 1 + f * 300, 300,
                    "<DeleteCitation><PMID Version=\"1\">" + (9000 + f) + "</PMID></DeleteCitation>\n").toString());
        }
        return inputs;
    }

    private static RecordPipeline pipeline(boolean strict) {
        return RecordPipeline.builder(new RecordMapper(MappingOptions.defaults())).strict(strict)
                .generatedAt(Instant.parse("2026-01-01T00:00:00Z")).build();
    }

    private static String nquads(List<String> inputs, int jobs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordSink sink = RdfWriters.records(OutputFormat.NQUADS, out, Prefixes.standard());
        sink.start();
        pipeline(false).run(inputs, sink, jobs);
        sink.finish();
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The PMIDs of records and deletions in the order the sink hears them. */
    private static final class Order implements RecordSink {
        final List<String> events = new ArrayList<>();

        @Override
        public void accept(MappedRecord record) {
            events.add(record.graph().getURI().replaceAll(".*/", ""));
        }

        @Override
        public void delete(DeletedRecord deleted) {
            events.add("-" + deleted.pmid());
        }
    }

    @Test
    void threeJobsWriteTheBytesOneThreadWrites() throws IOException {
        List<String> inputs = inputs();
        assertEquals(nquads(inputs, 1), nquads(inputs, 3));
    }

    @Test
    void recordsAndDeletionsKeepInputOrder() throws IOException {
        List<String> inputs = inputs();
        Order one = new Order();
        Order three = new Order();
        pipeline(false).run(inputs, one);
        RecordPipeline.Summary s = pipeline(false).run(inputs, three, 3);
        assertEquals(one.events, three.events);
        assertEquals(new RecordPipeline.Summary(4, 1200, s.quads(), 4, 0, s.elapsed()), s);
    }

    @Test
    void strictStopsAtTheBadInputAfterTheRecordsBeforeIt() throws IOException {
        String good = file("good.xml", 1, 100, "").toString();
        String bad = Files.writeString(dir.resolve("bad.xml"), "<PubmedArticleSet><PubmedArticle>").toString();
        String after = file("after.xml", 500, 100, "").toString();
        Order order = new Order();
        assertThrows(SourceParseException.class, () -> pipeline(true).run(List.of(good, bad, after), order, 3));
        assertEquals(100, order.events.size());
    }

    @Test
    void inputsReadyLaterAreWrittenInTurnEachEndedBeforeTheNextAndAFailureStopsTheRunThere() throws IOException {
        List<String> files = inputs();
        CompletableFuture<String> second = new CompletableFuture<>();
        CompletableFuture<String> third = new CompletableFuture<>();
        List<String> heard = new ArrayList<>();
        Order order = new Order();
        AtomicInteger reading = new AtomicInteger();
        PubldException e = assertThrows(PubldException.class, () -> InputsInParallel.run(2, new InputsInParallel.Inputs() {
            @Override
            public int size() {
                return 4;
            }

            @Override
            public RecordPipeline.Summary read(int index, RecordSink records) {
                reading.incrementAndGet();
                try {
                    // The second input is ready only once the first was written; the third fails once the second was.
                    String input = switch (index) {
                        case 1 -> second.join();
                        case 2 -> {
                            third.join();
                            throw new PubldException("the third cannot be had");
                        }
                        default -> files.get(index);
                    };
                    return pipeline(false).run(List.of(input), records);
                } finally {
                    reading.decrementAndGet();
                }
            }

            @Override
            public RecordSink writer(int index) {
                heard.add("writing " + index);
                return order;
            }

            @Override
            public void ended(int index, RecordPipeline.Summary summary) {
                heard.add("ended " + index);
                (index == 0 ? second : third).complete(files.get(index + 1));
            }
        }));
        assertEquals("the third cannot be had", e.getMessage());
        assertEquals(List.of("writing 0", "ended 0", "writing 1", "ended 1", "writing 2"), heard);
        assertEquals(600 + 2, order.events.size());
        assertEquals(0, reading.get(), "no input still being read");
    }
}

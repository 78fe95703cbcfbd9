package org.publd.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.publd.mapping.DeletedRecord;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordSink;
import org.publd.mapping.output.OutputFormat;
import org.publd.mapping.output.RdfWriters;
import org.publd.mapping.vocab.Prefixes;
import org.publd.pipeline.RecordPipeline;

/** Stand-in for the pipeline's per-file mapping until it lands on main. */
final class InterimFileMapping {
    private InterimFileMapping() {
    }

    static ManifestEntry map(String name, long size, String md5Unused, InputStream in, OutputStream nquads,
                             OutputStream deleted, MappingOptions options) throws IOException {
        Path tmp = Files.createTempDirectory("publd-spark");
        Path local = tmp.resolve(name);
        try {
            Files.copy(in, local);
            GZIPOutputStream gz = new GZIPOutputStream(nquads, 1 << 16);
            RecordSink writer = RdfWriters.records(OutputFormat.NQUADS, gz, Prefixes.standard());
            RecordSink sink = new RecordSink() {
                @Override
                public void start() {
                    writer.start();
                }

                @Override
                public void accept(MappedRecord record) {
                    writer.accept(record);
                }

                @Override
                public void delete(DeletedRecord d) {
                    try {
                        deleted.write((d.pmid() + "\n").getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void finish() {
                    writer.finish();
                }
            };
            sink.start();
            RecordPipeline.Summary s = RecordPipeline.builder(new RecordMapper(options)).build().run(List.of(local.toString()), sink);
            sink.finish();
            gz.finish();
            return new ManifestEntry(name, size, md5Unused, s.records(), s.quads(), s.deletedRecords(), s.errors());
        } finally {
            Files.deleteIfExists(local);
            Files.deleteIfExists(tmp);
        }
    }
}

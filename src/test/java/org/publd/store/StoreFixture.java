package org.publd.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordSink;
import org.publd.mapping.vocab.PROV;
import org.publd.pipeline.RecordPipeline;
import org.publd.source.SourceParseException;
import org.publd.source.SourceRegistry;

/** Loads {@link LineRecords} text into a database the way {@code publd load} does, and reads databases back. */
final class StoreFixture {
    static final String BASE = "http://example.org/";
    static final RecordMapper MAPPER = new RecordMapper(new MappingOptions(BASE, true));

    private StoreFixture() {
    }

    static Path input(Path dir, String name, String lines) {
        try {
            return Files.writeString(dir.resolve(name), LineRecords.HEADER + "\n" + lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RecordPipeline pipeline(boolean strict) {
        return RecordPipeline.builder(MAPPER).registry(new SourceRegistry(List.of(new LineRecords())))
                .strict(strict).build();
    }

    /** A load as LoadCommand runs it: a strict failure commits the whole records read before it. */
    static RecordPipeline.Summary load(Path db, Path input, LoadPath path, boolean strict, long batchQuads,
                                       UnaryOperator<RecordSink> wrapSink) {
        try (StoreLoader loader = StoreLoader.open(db, path, batchQuads)) {
            RecordPipeline.Summary s;
            try {
                s = pipeline(strict).run(List.of(input.toString()), wrapSink.apply(loader));
            } catch (SourceParseException e) {
                loader.commit();
                throw e;
            }
            loader.commit();
            return s;
        }
    }

    static RecordPipeline.Summary load(Path db, Path input, LoadPath path) {
        return load(db, input, path, false, TransactionalTarget.DEFAULT_BATCH_QUADS, UnaryOperator.identity());
    }

    /** Every quad of the database. */
    static Set<Quad> quads(Path db) {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> store.dataset().stream().collect(Collectors.toSet()));
        }
    }

    /** Every quad but the graphs' generation time and source file, which differ from run to run. */
    static Set<Quad> content(Set<Quad> quads) {
        return quads.stream().filter(q -> !q.getPredicate().equals(PROV.generatedAtTime)
                && !q.getPredicate().equals(PROV.wasDerivedFrom)).collect(Collectors.toSet());
    }

    static Set<Quad> content(Path db) {
        return content(quads(db));
    }
}

package org.publd.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Node_URI;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publd.PubldException;
import org.publd.mapping.MappedRecord;

/**
 * A bulk load whose loader thread fails as on a full disk (it dies, or Jena logs the error and it
 * ends) fails with a message instead of waiting forever, and leaves no staging directory (issue 15, point 11).
 */
class TestBulkLoadFailure {
    @TempDir
    Path tmp;

    /**
     * An IRI that TDB2's loader threads (Jena's unnamed {@code Thread-N}) cannot write: reading it there
     * fails as writing on a full disk does.
     */
    private static final class Unwritable extends Node_URI {
        private final boolean mapped;

        /** @param mapped fail as a memory-mapped index does (the thread dies), else as the node table's file does (Jena logs it) */
        Unwritable(boolean mapped) {
            super("urn:x-publd:unwritable");
            this.mapped = mapped;
        }

        @Override
        public String getURI() {
            if (Thread.currentThread().getName().startsWith("Thread-")) {
                if (mapped) {
                    throw new InternalError("a fault occurred in an unsafe memory access operation");
                }
                throw new RuntimeIOException(new IOException("No space left on device"));
            }
            return super.getURI();
        }
    }

    @ParameterizedTest(name = "memory-mapped: {0}")
    @ValueSource(booleans = {true, false})
    void aLoaderThreadThatFailsFailsTheLoadSayingTheDiskIsFullAndRemovesTheStaging(boolean mapped) {
        Path db = tmp.resolve("db");
        Node g = StoreFixture.MAPPER.iris().graph("1");
        MappedRecord record = new MappedRecord(g, List.of(Quad.create(g, g, DCTerms.source.asNode(), new Unwritable(mapped))));
        // Bounded: before the loader's threads were watched, this commit waited forever.
        PubldException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (StoreLoader loader = StoreLoader.open(db, LoadPath.BULK)) {
                loader.accept(record);
                return assertThrows(PubldException.class, loader::commit);
            }
        });
        // Jena logs the node table's error instead of passing it on: the disk's free space tells then.
        assertTrue(e.getMessage().contains(mapped ? "the disk is full" : "a thread of TDB2's bulk loader stopped"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve(".db.loading")), "staging removed");
        assertFalse(Files.exists(db.resolve("Data-0001")), "no database");
    }
}

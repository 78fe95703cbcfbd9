package org.publd.spark;

import java.io.Serializable;
import java.util.List;
import org.publd.pipeline.FileMapper;

/**
 * What became of one input file: its manifest line, what this run did with it, and why it failed
 * when it did. The line travels from the task as text: Spark moves nothing of PubLD's but strings.
 */
public record FileReport(String manifestLine, Outcome outcome, List<String> messages) implements Serializable {
    /** What this run did with a file. */
    public enum Outcome {
        /** Mapped, its outputs replaced. */
        MAPPED,
        /** Its outputs were there already for the same input, and left alone. */
        SKIPPED,
        /** It could not be mapped or written (the message says why); its previous outputs, if any, are left. */
        FAILED
    }

    /** The manifest line, read. */
    public FileMapper.Entry entry() {
        return FileMapper.Entry.parse(manifestLine);
    }
}

package org.publd;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Takes the gzip layer off an input that has one, recognised by gzip's magic number rather than by
 * the file's name: NLM's downloads are renamed often enough, and standard input has no name. Every
 * file PubLD reads (records, MeSH vocabularies) goes through here.
 *
 * <pre>
 * try (InputStream in = GzipInput.unwrap(Files.newInputStream(Path.of("pubmed25n0001.xml.gz")))) { ... }
 * </pre>
 */
public final class GzipInput {
    private static final int BUFFER = 1 << 16;

    private GzipInput() {
    }

    /** The content of {@code in}, decompressed if it is gzipped, buffered (mark and reset supported) either way. */
    public static BufferedInputStream unwrap(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
        buffered.mark(2);
        int magic = buffered.read() | (buffered.read() << 8);
        buffered.reset();
        return magic == GZIPInputStream.GZIP_MAGIC
                ? new BufferedInputStream(new GZIPInputStream(buffered, BUFFER), BUFFER)
                : buffered;
    }
}

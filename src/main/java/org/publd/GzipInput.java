package org.publd;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the gzip layer off an input that has one, recognised by gzip's magic number rather than by
 * the file's name: NLM's downloads are renamed often enough, and standard input has no name. Every
 * file PubLD reads (records, MeSH vocabularies) goes through here.
 *
 * <p>Bytes after the last gzip member that start no further member (a file appended to, or cut and
 * patched) are ignored, as {@code gunzip} does, but with a warning naming the input: they may be
 * records that were meant to be read.
 *
 * <pre>
 * try (InputStream in = GzipInput.unwrap(Files.newInputStream(Path.of("pubmed25n0001.xml.gz")), "pubmed25n0001.xml.gz")) { ... }
 * </pre>
 */
public final class GzipInput {
    private static final Logger LOG = LoggerFactory.getLogger(GzipInput.class);
    private static final int BUFFER = 1 << 16;
    private static final int TRAILER_BYTES = 8;

    private GzipInput() {
    }

    /**
     * The content of {@code in}, decompressed if it is gzipped, buffered (mark and reset supported)
     * either way; {@code name} is what a warning about the input calls it.
     */
    public static BufferedInputStream unwrap(InputStream in, String name) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
        buffered.mark(2);
        int magic = buffered.read() | (buffered.read() << 8);
        buffered.reset();
        return magic == GZIPInputStream.GZIP_MAGIC
                ? new BufferedInputStream(new TrailerCheckingGzip(buffered, name), BUFFER)
                : buffered;
    }

    /**
     * {@link GZIPInputStream} drops whatever follows its last member without a word; this notes, when
     * the last member ends, whether anything did.
     */
    private static final class TrailerCheckingGzip extends GZIPInputStream {
        private final String name;
        private final CountingInputStream counted;
        private long readBeforeTrailer;
        private boolean checked;

        TrailerCheckingGzip(InputStream in, String name) throws IOException {
            this(new CountingInputStream(in), name);
        }

        private TrailerCheckingGzip(CountingInputStream in, String name) throws IOException {
            super(in, BUFFER);
            this.counted = in;
            this.name = name;
        }

        @Override
        protected void fill() throws IOException {
            super.fill();
            readBeforeTrailer = counted.count();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (eos && !checked) {
                checked = true;
                if (trailingBytes()) {
                    LOG.warn("{}: data after the end of the gzip stream ignored (a damaged or appended file?)", name);
                }
            }
            return n;
        }

        // At the end, the inflater still holds what it had left when the last member's trailer was read;
        // whatever the trailer and the failed try at a next header took beyond that came from the stream.
        private boolean trailingBytes() throws IOException {
            int left = inf.getRemaining();
            return left > TRAILER_BYTES
                    || counted.count() - readBeforeTrailer > TRAILER_BYTES - left
                    || counted.read() >= 0;
        }
    }
}

package org.publd.source.xml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes the input for the XML parser, counting the characters it takes and remembering whether it
 * reached the end of the input or failed reading it. The count tells a truncated input (the parser
 * stopped at the very end) from a well-formedness error that merely happens near the end, which the
 * parser's messages do not, at least not in a locale-independent way.
 */
final class CountingReader extends Reader {
    private final ByteGuard bytes;
    private final Reader in;
    private long chars;
    private boolean endReached;
    private IOException failure;

    CountingReader(InputStream bytes, Charset charset) {
        this.bytes = new ByteGuard(bytes);
        // REPORT makes invalid bytes an error instead of silent U+FFFD.
        this.in = new InputStreamReader(this.bytes, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = in.read(buffer, offset, length);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        if (n < 0) {
            endReached = true;
        } else {
            chars += n;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    long chars() {
        return chars;
    }

    boolean endReached() {
        return endReached;
    }

    /** The error reading or decoding the input (truncated gzip data, invalid UTF-8...), or {@code null}. */
    IOException failure() {
        return failure != null ? failure : bytes.failure;
    }

    /**
     * Ends the bytes where reading them fails (a truncated gzip member), remembering why: the decoder
     * above would otherwise drop the characters it had already decoded from the last good bytes, and
     * with them records that are whole.
     */
    private static final class ByteGuard extends FilterInputStream {
        private IOException failure;

        ByteGuard(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            if (failure != null) {
                return -1;
            }
            try {
                return super.read();
            } catch (IOException e) {
                failure = e;
                return -1;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                return -1;
            }
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failure = e;
                return -1;
            }
        }
    }
}

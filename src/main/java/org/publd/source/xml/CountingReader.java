package org.publd.source.xml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes the input for the XML parser, counting the characters and lines it hands over and
 * remembering whether it reached the end of the input or failed reading it. The count tells a
 * truncated input (the parser stopped at the very end) from a well-formedness error that merely
 * happens near the end, which the parser's messages do not, at least not in a locale-independent way.
 *
 * <p>Bytes that do not decode are an error, not silent U+FFFD; but the characters before them are
 * handed over first, so that the records before a bad byte come out and the error has the bad byte's
 * own line ({@link java.io.InputStreamReader} drops a whole buffer of good characters with it).
 */
final class CountingReader extends Reader {
    private static final int BYTES = 8192;

    private final ByteGuard bytes;
    private final CharsetDecoder decoder;
    private final ByteBuffer pending = ByteBuffer.allocate(BYTES).flip();
    /** Characters handed over before the input's own (a synthetic root start tag when resuming). */
    private final String prefix;
    private int prefixRead;
    private boolean bytesEnded;
    private boolean flushed;
    private long chars;
    private long lines;
    private boolean endReached;
    private CharacterCodingException badBytes;
    private long badBytesLine;
    private IOException failure;

    CountingReader(InputStream bytes, Charset charset, String prefix) {
        this.bytes = new ByteGuard(bytes);
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.prefix = prefix;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = prefixRead < prefix.length() ? readPrefix(buffer, offset, length) : decode(buffer, offset, length);
        if (n < 0) {
            endReached = true;
            return n;
        }
        chars += n;
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
                lines++;
            }
        }
        return n;
    }

    private int readPrefix(char[] buffer, int offset, int length) {
        int n = Math.min(length, prefix.length() - prefixRead);
        prefix.getChars(prefixRead, prefixRead + n, buffer, offset);
        prefixRead += n;
        return n;
    }

    private int decode(char[] buffer, int offset, int length) throws IOException {
        if (badBytes != null) {
            failure = badBytes;
            throw badBytes;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            CoderResult result = decoder.decode(pending, out, bytesEnded);
            if (result.isError()) {
                badBytes = codingError(result);
                badBytesLine = lines + newlines(buffer, offset, out.position()) + 1;
                break;
            }
            if (result.isOverflow() || out.position() > offset) {
                break;
            }
            if (bytesEnded) {
                flushed = decoder.flush(out).isUnderflow();
                break;
            }
            fill();
        }
        int n = out.position() - offset;
        if (n > 0) {
            return n;
        }
        if (badBytes != null) {
            failure = badBytes;
            throw badBytes;
        }
        return -1;
    }

    private void fill() throws IOException {
        pending.compact();
        int n = bytes.read(pending.array(), pending.position(), pending.remaining());
        if (n < 0) {
            bytesEnded = true;
        } else {
            pending.position(pending.position() + n);
        }
        pending.flip();
    }

    private static CharacterCodingException codingError(CoderResult result) {
        try {
            result.throwException();
        } catch (CharacterCodingException e) {
            return e;
        }
        throw new IllegalStateException("not an error: " + result);
    }

    private static long newlines(char[] buffer, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        bytes.close();
    }

    long chars() {
        return chars;
    }

    boolean endReached() {
        return endReached;
    }

    /** The line, counted from the first character handed over, of the first byte that did not decode; 0 if none. */
    long badBytesLine() {
        return badBytes == null ? 0 : badBytesLine;
    }

    /** The error reading or decoding the input (truncated gzip data, invalid UTF-8...), or {@code null}. */
    IOException failure() {
        return failure != null ? failure : bytes.failure;
    }

    /**
     * Ends the bytes where reading them fails (a truncated gzip member), remembering why: the
     * characters decoded from the last good bytes are handed over first, and with them the records
     * that are whole.
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

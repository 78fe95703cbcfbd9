package org.publd.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.publd.CountingInputStream;
import org.publd.GzipInput;

/**
 * One input, opened: its name for messages and provenance, and its bytes with any gzip layer and
 * byte order mark removed (the encoding a UTF-16 mark names is kept, {@link #byteOrderMark()}). Gzip
 * is recognised by its magic bytes, whatever the file is called ({@link GzipInput}).
 *
 * <pre>
 * try (SourceInput in = SourceInput.open("pubmed25n0001.xml.gz")) { ... }
 * </pre>
 */
public final class SourceInput implements AutoCloseable {
    /** The name standard input gets in messages. */
    public static final String STDIN_NAME = "<stdin>";
    private static final int HEAD_BYTES = 8192;

    private final String name;
    private final long size;
    private final CountingInputStream raw;
    private final BufferedInputStream stream;
    private final Optional<Charset> byteOrderMark;

    private SourceInput(String name, long size, InputStream raw) throws IOException {
        this.name = name;
        this.size = size;
        this.raw = new CountingInputStream(raw);
        BufferedInputStream in = GzipInput.unwrap(this.raw, name);
        this.byteOrderMark = skipBom(in);
        this.stream = in;
    }

    /** Opens a file, or standard input for {@code -}. */
    public static SourceInput open(String path) {
        if ("-".equals(path)) {
            return of(STDIN_NAME, System.in);
        }
        Path file = Path.of(path);
        try {
            return new SourceInput(path, Files.size(file), Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            throw new SourceParseException(path, -1, null, -1, "no such file");
        } catch (IOException e) {
            throw unreadable(path, -1, e);
        }
    }

    /** Wraps a stream (which this input then owns) under a name. */
    public static SourceInput of(String name, InputStream in) {
        try {
            return new SourceInput(name, -1, in);
        } catch (IOException e) {
            throw unreadable(name, -1, e);
        }
    }

    /** The name for messages and provenance: the path as given, or {@value #STDIN_NAME}. */
    public String name() {
        return name;
    }

    /** The content: decompressed, without BOM, buffered (mark/reset supported). */
    public InputStream stream() {
        return stream;
    }

    /** The encoding the content's byte order mark named, if it started with one. */
    public Optional<Charset> byteOrderMark() {
        return byteOrderMark;
    }

    /** The size of the input on disk in bytes, or -1 when unknown (standard input). */
    public long size() {
        return size;
    }

    /** How many bytes of the input on disk (compressed, if it is) have been read so far. */
    public long bytesRead() {
        return raw.count();
    }

    /** The first characters of the content, decoded as its byte order mark says (else UTF-8), without consuming them. */
    public String head() {
        try {
            stream.mark(HEAD_BYTES);
            byte[] head = stream.readNBytes(HEAD_BYTES);
            stream.reset();
            return new String(head, byteOrderMark.orElse(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unreadable(-1, e);
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The error for an input that cannot be read any further, at {@code line} (-1 when not known). */
    public SourceParseException unreadable(long line, IOException e) {
        return unreadable(name, line, e);
    }

    private static SourceParseException unreadable(String name, long line, IOException e) {
        return new SourceParseException(name, -1, null, line, cannotRead(e), e);
    }

    /** "cannot read: " and what went wrong, in words: the one wording for every read failure. */
    public static String cannotRead(IOException e) {
        return "cannot read: " + describe(e);
    }

    /** A short description of an I/O failure, naming truncated gzip data for what it is. */
    private static String describe(IOException e) {
        String msg = e.getMessage();
        if (e instanceof java.io.EOFException || (msg != null && msg.contains("Unexpected end of ZLIB"))) {
            return "unexpected end of file (truncated input?)";
        }
        return msg == null ? e.getClass().getSimpleName() : msg;
    }

    /** Skips a byte order mark, UTF-8 or UTF-16, and says which encoding it named. */
    private static Optional<Charset> skipBom(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (Arrays.equals(bom, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        in.reset();
        if (bom.length >= 2 && (bom[0] & 0xff) == 0xFF && (bom[1] & 0xff) == 0xFE) {
            in.skipNBytes(2);
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (bom.length >= 2 && (bom[0] & 0xff) == 0xFE && (bom[1] & 0xff) == 0xFF) {
            in.skipNBytes(2);
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }
}

package org.publd.source.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bytes of an input on their way to the XML parser, scanned for the start tags of its records
 * ({@code <PubmedArticle>}), so that after a well-formedness error, which a StAX parser cannot read
 * past, a new parser can start at the next record. Streaming: the scan keeps the last
 * {@value #WINDOW} bytes and where the record starts among them are, enough to reach back over what
 * the parser has read ahead; a record start further on is found by reading on.
 *
 * <p>The scan works on code units: bytes in an ASCII-compatible encoding (UTF-8, ISO-8859-1...),
 * 16-bit units in UTF-16. It does not know comments or CDATA sections, so a start tag written inside
 * one counts as a record start too.
 */
public final class RecordStarts extends InputStream {
    /** Far more than a StAX parser reads ahead of the event it is on. */
    private static final int WINDOW = 1 << 20;
    private static final int CHUNK = 8192;

    /**
     * Where a record starts: its number among the input's record starts (from 1), its line, how many of
     * the counted ones came before it and whether it is one; {@code offset} is its first byte's in the input.
     */
    public record Start(long index, long line, long countedBefore, boolean counted, long offset) {
    }

    private final InputStream in;
    private final Charset charset;
    private final char[][] names;
    private final boolean[] counted;
    /** 1 for ASCII-compatible encodings, 2 for UTF-16. */
    private final int unit;
    private final boolean littleEndian;
    private final ArrayDeque<Start> starts = new ArrayDeque<>();
    private byte[] window = new byte[2 * WINDOW];
    /** Where in the input {@code window[0]} is. */
    private long base;
    private int length;
    private int position;
    private boolean ended;
    // The scan: the line, the record starts seen, the start tag being matched.
    private long line = 1;
    private long seen;
    private long countedSeen;
    private int matched;
    private int alive;
    private int carry = -1;

    private RecordStarts(InputStream in, Charset charset, List<String> names, Set<String> counted, int unit,
                         boolean littleEndian) {
        this.in = in;
        this.charset = charset;
        this.names = names.stream().map(String::toCharArray).toArray(char[][]::new);
        this.counted = new boolean[names.size()];
        for (int i = 0; i < names.size(); i++) {
            this.counted[i] = counted.contains(names.get(i));
        }
        this.unit = unit;
        this.littleEndian = littleEndian;
    }

    /**
     * A scan of {@code in} for the start tags of the elements {@code names} (at most 31), counting those
     * in {@code counted} apart; empty when the encoding is one the scan cannot read.
     */
    public static Optional<RecordStarts> over(InputStream in, Charset charset, List<String> names, Set<String> counted) {
        String name = charset.name();
        if (name.equals("UTF-16LE")) {
            return Optional.of(new RecordStarts(in, charset, names, counted, 2, true));
        }
        if (name.equals("UTF-16BE") || name.equals("UTF-16")) {
            return Optional.of(new RecordStarts(in, charset, names, counted, 2, false));
        }
        String probe = "<" + String.join(" ", names) + "\n\t\r>/";
        if (charset.canEncode() && Arrays.equals(probe.getBytes(charset), probe.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(new RecordStarts(in, charset, names, counted, 1, false));
        }
        return Optional.empty();
    }

    /** The encoding the scan reads. */
    public Charset charset() {
        return charset;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (position == length && !fill()) {
            return -1;
        }
        int n = Math.min(len, length - position);
        System.arraycopy(window, position, b, off, n);
        position += n;
        return n;
    }

    /**
     * Moves to the first record start numbered {@code index} or after, reading on to it if need be: the
     * next bytes read are its start tag. Empty, and at the end of the input, when there is none.
     */
    public Optional<Start> resumeAt(long index) throws IOException {
        while (true) {
            for (Start s : starts) {
                if (s.index() >= index) {
                    position = (int) (s.offset() - base);
                    return Optional.of(s);
                }
            }
            position = length;
            if (!fill()) {
                return Optional.empty();
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads the next chunk into the window and scans it; {@code false} at the end of the input. */
    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        if (length + CHUNK > window.length) {
            int drop = Math.min(length - WINDOW, position);
            if (drop > 0) {
                System.arraycopy(window, drop, window, 0, length - drop);
                length -= drop;
                position -= drop;
                base += drop;
                starts.removeIf(s -> s.offset() < base);
            }
            if (length + CHUNK > window.length) {
                window = Arrays.copyOf(window, window.length * 2);
            }
        }
        int n = in.read(window, length, CHUNK);
        if (n < 0) {
            ended = true;
            return false;
        }
        int from = length;
        length += n;
        scan(from, length);
        return true;
    }

    private void scan(int from, int to) {
        if (unit == 1) {
            scanBytes(from, to);
            return;
        }
        for (int i = from; i < to; i++) {
            int c;
            if (unit == 1) {
                c = window[i] & 0xff;
            } else if (carry < 0) {
                carry = window[i] & 0xff;
                continue;
            } else {
                int b = window[i] & 0xff;
                c = littleEndian ? (b << 8) | carry : (carry << 8) | b;
                carry = -1;
            }
            match(c, i + 1);
        }
    }

    /** {@link #scan} in an ASCII-compatible encoding: between tags, only '<' and line ends matter. */
    private void scanBytes(int from, int to) {
        byte[] w = window;
        int i = from;
        while (i < to) {
            if (matched == 0) {
                while (i < to && w[i] != '<') {
                    if (w[i] == '\n') {
                        line++;
                    }
                    i++;
                }
                if (i == to) {
                    return;
                }
            }
            match(w[i] & 0xff, i + 1);
            i++;
        }
    }

    /** Feeds one character to the start-tag match; {@code end} is the offset just after it. */
    private void match(int c, int end) {
        if (matched > 0) {
            int at = matched - 1;
            int next = 0;
            for (int k = 0; k < names.length; k++) {
                if ((alive & (1 << k)) == 0) {
                    continue;
                }
                char[] name = names[k];
                if (at == name.length) {
                    if (endsName(c)) {
                        found(k, end - (name.length + 2) * unit);
                        next = 0;
                        break;
                    }
                } else if (name[at] == c) {
                    next |= 1 << k;
                }
            }
            alive = next;
            matched = next == 0 ? 0 : matched + 1;
        }
        if (matched == 0 && c == '<') {
            matched = 1;
            alive = (1 << names.length) - 1;
        }
        if (c == '\n') {
            line++;
        }
    }

    private void found(int name, int offset) {
        seen++;
        starts.add(new Start(seen, line, countedSeen, counted[name], base + Math.max(offset, 0)));
        if (counted[name]) {
            countedSeen++;
        }
    }

    private static boolean endsName(int c) {
        return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}

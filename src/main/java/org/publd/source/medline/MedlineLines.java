package org.publd.source.medline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lines of a MEDLINE file, decoded. MEDLINE text is UTF-8, but files saved by reference managers
 * (EndNote, older PMC exports) are often Latin-1, which used to come out as U+FFFD without a word.
 * So: a file is read as UTF-8 until a byte that is not UTF-8; if no multi-byte UTF-8 came before it,
 * the file is Latin-1 and the rest of it is read so, with a warning naming the file and the line.
 * A file that held UTF-8 before the bad byte is UTF-8 with damage: that line is
 * {@linkplain #undecodable() marked} (its bytes replaced by U+FFFD) so its record can be refused.
 *
 * <p>Lines end at LF, CR or CR LF, as {@link java.io.BufferedReader#readLine()} has them.
 */
final class MedlineLines {
    private static final Logger LOG = LoggerFactory.getLogger(MedlineLines.class);

    private final InputStream in;
    private final String name;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[256];
    private boolean latin1;
    private boolean sawUtf8;
    private boolean terminated = true;
    private String undecodable;
    private long number;

    MedlineLines(InputStream in, String name) {
        this.in = in;
        this.name = name;
    }

    /** The next line without its line end, or {@code null} at the end of the input. */
    String readLine() throws IOException {
        int len = 0;
        boolean nonAscii = false;
        boolean ended = false;
        for (int b; (b = read()) >= 0; ) {
            if (b == '\n') {
                ended = true;
                break;
            }
            if (b == '\r') {
                ended = true;
                if (peek() == '\n') {
                    read();
                }
                break;
            }
            if (len == line.length) {
                line = Arrays.copyOf(line, len * 2);
            }
            line[len++] = (byte) b;
            nonAscii |= b >= 0x80;
        }
        if (len == 0 && !ended) {
            return null;
        }
        terminated = ended;
        number++;
        return decode(len, nonAscii);
    }

    /** Whether the last line read ended with a line end; {@code false} only for the last line of a file cut mid-line. */
    boolean lastLineTerminated() {
        return terminated;
    }

    /** What is wrong with the last line read if it held bytes that are not UTF-8 in a UTF-8 file, else {@code null}. */
    String undecodable() {
        return undecodable;
    }

    private String decode(int len, boolean nonAscii) {
        undecodable = null;
        if (!nonAscii || latin1) {
            return new String(line, 0, len, StandardCharsets.ISO_8859_1);
        }
        try {
            String text = utf8.decode(ByteBuffer.wrap(line, 0, len)).toString();
            sawUtf8 = true;
            return text;
        } catch (CharacterCodingException e) {
            if (!sawUtf8) {
                latin1 = true;
                LOG.warn("{}: line {}: byte 0x{} is not UTF-8 and no UTF-8 came before it; reading the file as Latin-1"
                        + " (ISO-8859-1)", name, number, firstBadByte(len));
                return new String(line, 0, len, StandardCharsets.ISO_8859_1);
            }
            undecodable = "byte 0x" + firstBadByte(len) + " is not UTF-8, in a file that is UTF-8 before it";
            return new String(line, 0, len, StandardCharsets.UTF_8);
        }
    }

    /** The first byte of the line that starts no valid UTF-8 sequence, in hex, for messages. */
    private String firstBadByte(int len) {
        for (int i = 0; i < len; i++) {
            int b = line[i] & 0xFF;
            int extra = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            boolean ok = extra >= 0 && i + extra < len;
            for (int k = 1; ok && k <= extra; k++) {
                ok = (line[i + k] & 0xC0) == 0x80;
            }
            if (!ok) {
                return String.format("%02X", b);
            }
            i += extra;
        }
        return "??";
    }

    private int read() throws IOException {
        if (chunkPos == chunkLen && !fill()) {
            return -1;
        }
        return chunk[chunkPos++] & 0xFF;
    }

    private int peek() throws IOException {
        if (chunkPos == chunkLen && !fill()) {
            return -1;
        }
        return chunk[chunkPos] & 0xFF;
    }

    private boolean fill() throws IOException {
        chunkLen = Math.max(0, in.read(chunk));
        chunkPos = 0;
        return chunkLen > 0;
    }
}

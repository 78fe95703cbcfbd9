package org.publd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Gzip is told by its magic number, an input without it passes through unchanged, and bytes after the gzip data are warned of. */
class TestGzipInput {
    private static final byte[] TEXT = "<PubmedArticleSet/>\n".getBytes(StandardCharsets.UTF_8);

    private static byte[] unwrapped(byte[] bytes) throws IOException {
        try (InputStream in = GzipInput.unwrap(new ByteArrayInputStream(bytes), "in.gz")) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void gzippedIsDecompressed() throws IOException {
        assertArrayEquals(TEXT, unwrapped(gzip(TEXT)));
    }

    @Test
    void plainPassesThrough() throws IOException {
        assertArrayEquals(TEXT, unwrapped(TEXT));
    }

    @Test
    void inputsShorterThanTheMagicNumberPassThrough() throws IOException {
        assertArrayEquals(new byte[] {0x1f}, unwrapped(new byte[] {0x1f}));
        assertArrayEquals(new byte[0], unwrapped(new byte[0]));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void trailingGarbageIsReadPastWithAWarningNamingTheInput() throws Exception {
        byte[][] content = new byte[1][];
        String log = Warnings.during(() -> content[0] = unwrapped(concat(gzip(TEXT), "garbage".getBytes(StandardCharsets.UTF_8))));
        assertArrayEquals(TEXT, content[0]);
        assertTrue(log.contains("in.gz: data after the end of the gzip stream ignored"), log);
    }

    @Test
    void aSingleTrailingByteIsWarnedOf() throws Exception {
        String log = Warnings.during(() -> unwrapped(concat(gzip(TEXT), new byte[] {0})));
        assertTrue(log.contains("in.gz: data after the end of the gzip stream"), log);
    }

    @Test
    void trailingGarbageAfterALargeMemberIsWarnedOf() throws Exception {
        byte[] big = new byte[300_000];
        new java.util.Random(1).nextBytes(big);
        String log = Warnings.during(() -> unwrapped(concat(gzip(big), "PMID- 1\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(log.contains("in.gz: data after the end of the gzip stream"), log);
    }

    @Test
    void concatenatedMembersAreOneStreamWithoutWarning() throws Exception {
        byte[][] content = new byte[1][];
        String log = Warnings.during(() -> content[0] = unwrapped(concat(gzip(TEXT), gzip(TEXT))));
        assertArrayEquals(concat(TEXT, TEXT), content[0]);
        assertEquals("", log);
    }

    @Test
    void aWholeGzipFileGivesNoWarning() throws Exception {
        assertEquals("", Warnings.during(() -> unwrapped(gzip(TEXT))));
    }
}

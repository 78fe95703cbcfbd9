package org.publd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Gzip is told by its magic number, and an input without it passes through unchanged. */
class TestGzipInput {
    private static final byte[] TEXT = "<PubmedArticleSet/>\n".getBytes(StandardCharsets.UTF_8);

    private static byte[] unwrapped(byte[] bytes) throws IOException {
        try (InputStream in = GzipInput.unwrap(new ByteArrayInputStream(bytes))) {
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
}

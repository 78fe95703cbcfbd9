package org.publd.acquire.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.PubldException;

/** NLM's {@code .md5} lines, and the MD5 of a file. */
class TestMd5 {
    @TempDir
    Path tmp;

    @Test
    void readsTheChecksumOfTheFileNamed() {
        assertEquals("0123456789abcdef0123456789abcdef",
                Md5.parse("MD5(pubmed26n0001.xml.gz)= 0123456789ABCDEF0123456789abcdef\n", "pubmed26n0001.xml.gz"));
    }

    @Test
    void refusesTheChecksumOfAnotherFile() {
        PubldException e = assertThrows(PubldException.class,
                () -> Md5.parse("MD5(pubmed26n0002.xml.gz)= 0123456789abcdef0123456789abcdef", "pubmed26n0001.xml.gz"));
        assertEquals("pubmed26n0001.xml.gz.md5: gives the checksum of pubmed26n0002.xml.gz, not of pubmed26n0001.xml.gz",
                e.getMessage());
    }

    @Test
    void refusesWhatIsNoMd5Line() {
        assertThrows(PubldException.class, () -> Md5.parse("<html>Not Found</html>", "pubmed26n0001.xml.gz"));
    }

    @Test
    void computesTheMd5OfAFile() throws Exception {
        Path f = Files.writeString(tmp.resolve("x"), "The quick brown fox jumps over the lazy dog", StandardCharsets.US_ASCII);
        assertEquals("9e107d9d372bb6826bd81d3542a419d6", Md5.of(f));
    }
}

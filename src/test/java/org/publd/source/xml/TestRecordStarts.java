package org.publd.source.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scan of record start tags that lets a reader start a new parser at the next record. */
class TestRecordStarts {
    private static final List<String> NAMES = List.of("PubmedArticle", "DeleteCitation");

    private static RecordStarts scan(String text, Charset charset) {
        return RecordStarts.over(new ByteArrayInputStream(text.getBytes(charset)), charset, NAMES,
                Set.of("PubmedArticle")).orElseThrow();
    }

    private static String rest(RecordStarts starts, Charset charset, int chars) throws IOException {
        return new String(starts.readNBytes(chars * (charset == StandardCharsets.UTF_16LE ? 2 : 1)), charset);
    }

    @Test
    void resumesAtTheStartTagNumberedSoWithItsLine() throws IOException {
        RecordStarts starts = scan("<PubmedArticleSet>\n<PubmedArticle>a</PubmedArticle>\n<DeleteCitation>\n"
                + "</DeleteCitation>\n<PubmedArticle\n>b</PubmedArticle></PubmedArticleSet>", StandardCharsets.UTF_8);
        starts.readNBytes(25);
        RecordStarts.Start at = starts.resumeAt(3).orElseThrow();
        assertEquals(List.of(3L, 5L, 1L, true), List.of(at.index(), at.line(), at.countedBefore(), at.counted()));
        assertEquals("<PubmedArticle\n>b", rest(starts, StandardCharsets.UTF_8, 17));
    }

    @Test
    void endTagsAndLongerNamesAreNoRecordStarts() throws IOException {
        RecordStarts starts = scan("<PubmedArticleSet></PubmedArticle><PubmedArticles/><DeleteCitation/>",
                StandardCharsets.UTF_8);
        assertEquals(1, starts.resumeAt(1).orElseThrow().line());
        assertEquals("<DeleteCitation/>", rest(starts, StandardCharsets.UTF_8, 17));
        assertEquals(Optional.empty(), starts.resumeAt(2));
    }

    @Test
    void readsOnToAStartTagFarBeyondItsWindow() throws IOException {
        String filler = "x".repeat(3 << 20);
        RecordStarts starts = scan("<PubmedArticle>" + filler + "\n<PubmedArticle>b", StandardCharsets.ISO_8859_1);
        starts.readNBytes(100);
        assertEquals(2, starts.resumeAt(2).orElseThrow().line());
        assertEquals("<PubmedArticle>b", rest(starts, StandardCharsets.ISO_8859_1, 16));
    }

    @Test
    void findsStartTagsCutByTheEndOfARead() throws IOException {
        String text = "<PubmedArticleSet>\n<PubmedArticle>a</PubmedArticle>\n<DeleteCitation>\n"
                + "</DeleteCitation><PubmedArticles/>\n<PubmedArticle\n>b</PubmedArticle></PubmedArticleSet>";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // Three bytes a read: every start tag reaches past the bytes read.
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3));
            }
        };
        RecordStarts starts = RecordStarts.over(trickle, StandardCharsets.UTF_8, NAMES, Set.of("PubmedArticle")).orElseThrow();
        RecordStarts.Start at = starts.resumeAt(3).orElseThrow();
        assertEquals(List.of(3L, 5L, 1L, true, (long) text.lastIndexOf("<PubmedArticle\n")),
                List.of(at.index(), at.line(), at.countedBefore(), at.counted(), at.offset()));
        assertEquals("<PubmedArticle\n>b", rest(starts, StandardCharsets.UTF_8, 17));
    }

    @Test
    void scansUtf16() throws IOException {
        RecordStarts starts = scan("<PubmedArticleSet>\n<PubmedArticle>\u4e2d\n<PubmedArticle>b", StandardCharsets.UTF_16LE);
        assertEquals(3, starts.resumeAt(2).orElseThrow().line());
        assertEquals("<PubmedArticle>b", rest(starts, StandardCharsets.UTF_16LE, 16));
    }

    @Test
    void encodingsThatAreNotAsciiCompatibleAreNotScanned() {
        assertTrue(RecordStarts.over(new ByteArrayInputStream(new byte[0]), Charset.forName("IBM500"), NAMES, Set.of())
                .isEmpty());
    }
}

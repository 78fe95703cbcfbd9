package org.publd.acquire.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The files an HTML directory index links to, with the sizes it shows. */
class TestDirectoryIndex {
    @Test
    void readsApacheListingsWithRoundedSizes() {
        String html = """
                <html><head><title>Index of /pubmed/baseline</title></head><body><h1>Index of /pubmed/baseline</h1>
                <pre>Name                       Last modified      Size  <hr><a href="/pubmed/">Parent Directory</a>   -
                <a href="README.txt">README.txt</a>                 2025-12-10 14:03  3.2K
                <a href="pubmed26n0001.xml.gz">pubmed26n0001.xml.gz</a>       2025-12-10 14:08   19M
                <a href="pubmed26n0001.xml.gz.md5">pubmed26n0001.xml.gz.md5</a>   2025-12-10 14:08   60
                <hr></pre></body></html>
                """;
        assertEquals(Map.of("README.txt", (long) (3.2 * 1024), "pubmed26n0001.xml.gz", 19L << 20,
                "pubmed26n0001.xml.gz.md5", 60L), DirectoryIndex.files(html));
    }

    @Test
    void readsTableListingsAndLinksWithoutSizes() {
        String html = """
                <table><tr><td><A HREF="pubmed26n1335.xml.gz">pubmed26n1335.xml.gz</A></td><td>2026-01-02</td><td align="right">4521788</td></tr>
                <tr><td><a href='pubmed26n1336.xml.gz'>pubmed26n1336.xml.gz</a></td><td>2026-01-03 10:00</td></tr>
                <tr><td><a href="?C=M;O=A">Last modified</a></td></tr>
                """;
        assertEquals(Map.of("pubmed26n1335.xml.gz", 4521788L, "pubmed26n1336.xml.gz", -1L), DirectoryIndex.files(html));
    }
}

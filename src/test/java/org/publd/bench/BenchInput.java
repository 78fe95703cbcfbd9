package org.publd.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Writes a large PubMed XML file from real sample records, each copy with a fresh PMID, so that
 * benchmarks read realistic records at any size.
 *
 * <pre>
 * java -cp target/publd.jar:target/test-classes org.publd.bench.BenchInput SAMPLES_DIR RECORDS OUT.xml [refs|mix [FIRST_PMID]]
 * </pre>
 */
final class BenchInput {
    private static final Pattern RECORD = Pattern.compile("<PubmedArticle>.*?</PubmedArticle>", Pattern.DOTALL);
    private static final Pattern OWN_PMID = Pattern.compile("<PMID Version=\"\\d+\">(\\d+)</PMID>");
    /** The PMID of the first record written; record i gets {@code FIRST_PMID + i}. */
    static final long FIRST_PMID = 90_000_000L;

    private BenchInput() {
    }

    /** Records with a reference list among the templates that stand for recent records in {@link #mix}. */
    static final int MIX_RECENT_EVERY = 4;

    /**
     * {@code SAMPLES_DIR RECORDS OUT.xml [refs|mix [FIRST_PMID]]}: files meant to be loaded together
     * need PMIDs of their own (a PMID read again replaces its record, as an update file's would).
     */
    public static void main(String[] args) throws IOException {
        List<String> templates = templates(Path.of(args[0]));
        write(args.length > 3 && args[3].equals("mix") ? mix(templates) : templates, Integer.parseInt(args[1]),
                Path.of(args[2]), args.length > 4 ? Long.parseLong(args[4]) : FIRST_PMID);
    }

    /**
     * The templates in a mix that looks like the baseline rather than like recent articles: three old
     * records without a reference list (abstract, MeSH, authors) to every recent one with its
     * references, each kind cycled through in turn.
     */
    static List<String> mix(List<String> templates) {
        List<String> recent = templates.stream().filter(t -> t.contains("<ReferenceList")).toList();
        List<String> old = templates.stream().filter(t -> !t.contains("<ReferenceList")).toList();
        List<String> mix = new ArrayList<>();
        for (int i = 0; i < recent.size() * MIX_RECENT_EVERY; i++) {
            mix.add(i % MIX_RECENT_EVERY == 0 ? recent.get(i / MIX_RECENT_EVERY) : old.get(i % old.size()));
        }
        return mix;
    }

    /** The {@code PubmedArticle} elements of every sample file in {@code dir}, as text. */
    static List<String> templates(Path dir) throws IOException {
        List<String> records = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{xml,xml.gz}")) {
            for (Path f : files) {
                Matcher m = RECORD.matcher(read(f));
                while (m.find()) {
                    records.add(m.group());
                }
            }
        }
        if (records.isEmpty()) {
            throw new IllegalStateException("no PubmedArticle records in " + dir);
        }
        return records;
    }

    /** Writes {@code count} records, cycling through the templates, PMIDs from {@value #FIRST_PMID} upwards. */
    static void write(List<String> templates, int count, Path out) throws IOException {
        write(templates, count, out, FIRST_PMID);
    }

    /** Writes {@code count} records, cycling through the templates, PMIDs from {@code firstPmid} upwards. */
    static void write(List<String> templates, int count, Path out, long firstPmid) throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PubmedArticleSet>\n");
            for (int i = 0; i < count; i++) {
                w.write(withPmid(templates.get(i % templates.size()), Long.toString(firstPmid + i)));
                w.write('\n');
            }
            w.write("</PubmedArticleSet>\n");
        }
    }

    private static String withPmid(String record, String pmid) {
        Matcher m = OWN_PMID.matcher(record);
        if (!m.find()) {
            return record;
        }
        String old = m.group(1);
        String head = record.substring(0, m.start()) + "<PMID Version=\"1\">" + pmid + "</PMID>";
        String tail = record.substring(m.end()).replace("<ArticleId IdType=\"pubmed\">" + old + "</ArticleId>",
                "<ArticleId IdType=\"pubmed\">" + pmid + "</ArticleId>");
        return head + tail;
    }

    private static String read(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            InputStream data = f.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new String(data.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package org.publd.acquire.eutils;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetched records as one PubMed XML file: a {@code PubmedArticleSet} holding the records of every
 * EFetch answer in the order they came, each answer's own declaration and wrapper left out.
 */
public final class ArticleSetWriter implements PubmedFetch.Target {
    private static final byte[] HEAD = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2025//EN\""
            + " \"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd\">\n<PubmedArticleSet>\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL = "</PubmedArticleSet>\n".getBytes(StandardCharsets.UTF_8);
    private static final Pattern START = Pattern.compile("<PubmedArticleSet\\b[^>]*?(/?)>");
    private static final String END = "</PubmedArticleSet>";

    private final OutputStream out;
    private long records;

    /** Writes the start of the set to {@code out} at once. */
    public ArticleSetWriter(OutputStream out) throws IOException {
        this.out = out;
        out.write(HEAD);
    }

    /** Nothing is held already: a file is written whole. */
    @Override
    public Set<String> known() {
        return Set.of();
    }

    @Override
    public void page(byte[] articleSet, List<String> pmids) {
        // EFetch answers in UTF-8, so the bytes between the wrapper's tags go out as they came.
        String text = new String(articleSet, StandardCharsets.UTF_8);
        Matcher start = START.matcher(text);
        if (!start.find() || !start.group(1).isEmpty()) {
            return;
        }
        int end = text.lastIndexOf(END);
        String inner = text.substring(start.end(), end < start.end() ? start.end() : end).strip();
        if (inner.isEmpty()) {
            return;
        }
        try {
            out.write(inner.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        records += pmids.size();
    }

    /** Ends the set. */
    public void finish() throws IOException {
        out.write(TAIL);
        out.flush();
    }

    public long records() {
        return records;
    }
}

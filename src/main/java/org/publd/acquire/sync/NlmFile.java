package org.publd.acquire.sync;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of NLM's PubMed distribution, {@code pubmedYYnNNNN.xml.gz}: the year of the baseline it
 * belongs to ({@code YY}), its number ({@code NNNN}, update files going on after the last baseline
 * file), whether it is an update file, and its size in bytes when the listing gave one (-1 when not).
 */
record NlmFile(String name, int year, int number, boolean update, long size) {
    private static final Pattern NAME = Pattern.compile("pubmed(\\d{2})n(\\d{4,})\\.xml\\.gz");

    /** In the order NLM's rules apply them: baseline files first, then updates, each in numerical order. */
    static final Comparator<NlmFile> ORDER = Comparator.comparing(NlmFile::update).thenComparingInt(NlmFile::number);

    /** The file called {@code name}, or empty for a name that is not one of NLM's data files ({@code README.txt}, {@code .md5}...). */
    static Optional<NlmFile> parse(String name, boolean update, long size) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new NlmFile(name, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), update, size));
    }

    /** Whether {@code text} names this file, with or without {@code .xml.gz}. */
    boolean isNamed(String text) {
        return name.equals(text) || name.equals(text + ".xml.gz");
    }

    /** The name of the file's checksum: {@code pubmedYYnNNNN.xml.gz.md5}. */
    String md5Name() {
        return name + ".md5";
    }

    /** The folder it is published in, {@code baseline} or {@code updatefiles}. */
    String folder() {
        return update ? SourceTree.UPDATES : SourceTree.BASELINE;
    }
}

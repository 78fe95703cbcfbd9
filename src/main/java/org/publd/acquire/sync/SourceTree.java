package org.publd.acquire.sync;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.publd.PubldException;
import org.publd.net.PoliteClient;

/**
 * Where NLM's files are read from: a tree laid out as NCBI publishes it, {@code baseline/} and
 * {@code updatefiles/}, each data file beside its {@code .md5}. NCBI's own site and mirrors over
 * HTTP(S), read through their HTML directory indexes ({@link HttpTree}); a local directory or a
 * {@code file:} URL, read in place ({@link LocalTree}).
 */
interface SourceTree {
    /** NCBI's public location of the PubMed distribution. */
    String NCBI = "https://ftp.ncbi.nlm.nih.gov/pubmed/";
    String BASELINE = "baseline";
    String UPDATES = "updatefiles";

    /** The data files of the baseline, or of the updates, in no particular order. */
    List<NlmFile> list(boolean updates);

    /** The checksum the {@code .md5} file beside {@code file} gives, in lower-case hex. */
    String md5(NlmFile file);

    /**
     * A complete local copy of {@code file}: the file itself in a local tree, else a download into
     * {@code downloads} (resumed where an earlier one stopped), reporting bytes as they arrive.
     */
    Path fetch(NlmFile file, Downloads downloads, LongConsumer bytes);

    /** Whether {@link #fetch} downloads: a copy that fails its checksum is worth fetching once more. */
    boolean remote();

    /** How messages name the tree. */
    String describe();

    /** The tree at {@code location}: an http(s) or file: URL, or a directory. */
    static SourceTree at(String location, PoliteClient http) {
        URI uri = location.matches("(?i)(https?|file):.*") ? URI.create(location) : null;
        if (uri == null) {
            return new LocalTree(Path.of(location));
        }
        return switch (uri.getScheme().toLowerCase(Locale.ROOT)) {
            case "file" -> new LocalTree(Path.of(uri));
            case "http", "https" -> new HttpTree(uri, http);
            default -> throw new PubldException("--source must be an http(s) or file: URL or a directory, got: " + location);
        };
    }
}

package org.publd.spark;

import java.io.Serializable;
import java.util.Locale;
import org.publd.PubldException;

/**
 * One line of {@code manifest.tsv}: an input file and what its outputs hold.
 *
 * @param file      the input's file name
 * @param size      the input's length in bytes
 * @param md5       the MD5 of the input's bytes, in hex; empty when the file could not be read
 * @param records   records written
 * @param quads     quads written
 * @param deletions PMIDs its {@code DeleteCitation} lists
 * @param errors    bad records and read failures
 */
public record ManifestEntry(String file, long size, String md5, long records, long quads, long deletions, long errors)
        implements Serializable {
    /** The first line of {@code manifest.tsv}. */
    public static final String HEADER = "file\tsize\tmd5\trecords\tquads\tdeletions\terrors";

    /** The entry as a tab-separated line, without line end. */
    public String line() {
        return String.format(Locale.ROOT, "%s\t%d\t%s\t%d\t%d\t%d\t%d", file, size, md5, records, quads, deletions, errors);
    }

    /** Reads a line written by {@link #line()}. */
    public static ManifestEntry parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 7) {
            throw new PubldException("not a manifest line (7 tab-separated fields expected): " + line);
        }
        try {
            return new ManifestEntry(f[0], Long.parseLong(f[1]), f[2], Long.parseLong(f[3]), Long.parseLong(f[4]),
                    Long.parseLong(f[5]), Long.parseLong(f[6]));
        } catch (NumberFormatException e) {
            throw new PubldException("not a manifest line (a count is not a number): " + line, e);
        }
    }

    /** Whether this entry was written for an input of this size and MD5. */
    public boolean sameInput(long otherSize, String otherMd5) {
        return size == otherSize && !md5.isEmpty() && md5.equals(otherMd5);
    }
}

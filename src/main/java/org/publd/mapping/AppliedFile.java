package org.publd.mapping;

import java.time.Instant;

/**
 * One file of NLM's baseline or daily updates as {@code publd sync} applied it: what the
 * {@linkplain SyncLog sync graph} says of it.
 *
 * @param name     the file's name ({@code pubmed26n0001.xml.gz}), also its source IRI's last segment
 * @param md5      the MD5 of the file, as its {@code .md5} file gave it and the download matched (32 hex digits)
 * @param added    records the file brought that the database did not hold
 * @param replaced records the file revised that the database held
 * @param deleted  records the file's {@code DeleteCitation} dropped from the database
 * @param started  when applying began
 * @param ended    when it was committed
 */
public record AppliedFile(String name, String md5, long added, long replaced, long deleted, Instant started,
                          Instant ended) {
}

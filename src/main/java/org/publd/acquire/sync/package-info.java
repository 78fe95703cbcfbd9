/**
 * {@code publd sync}: a database kept current with NLM's PubMed distribution.
 *
 * <p>The data: NLM publishes the annual baseline ({@code baseline/pubmedYYn0001.xml.gz} to the last
 * file of the year) and daily update files numbered on from there ({@code updatefiles/}), each with
 * an {@code .md5} file ({@code MD5(NAME)= <32 hex>}), in folders listed by an HTML index. NLM's
 * rules: the whole baseline before the first update, updates in numerical order, a revised record
 * replacing the earlier one, a {@code DeleteCitation} withdrawing one. Which files a database
 * applied, with their checksums and counts, is in the database itself, in the sync graph
 * ({@link org.publd.mapping.SyncLog}), committed with each file's records: that is what makes a
 * rerun, or a run after a kill, apply exactly what is missing.
 */
package org.publd.acquire.sync;

/**
 * PubLD's mapping as an Apache Spark job: a list of input files (PubMed XML, as NLM publishes it,
 * or any format {@code publd map} reads) wherever Hadoop's file systems reach, mapped one file per task
 * by the same per-file mapping {@code publd map --out-dir} uses, into one output directory:
 *
 * <pre>
 * OUTPUT/pubmed26n0001.nq.gz          the file's records as gzipped N-Quads, one named graph per record
 * OUTPUT/pubmed26n0001.deletions.txt  the PMIDs its DeleteCitation lists, one a line
 * OUTPUT/manifest.tsv                 a line per input: its size and MD5, outputs, records, quads, deletions, errors
 * OUTPUT/_manifest/pubmed26n0001.tsv  that line alone, written last: the file's outputs are complete
 * </pre>
 *
 * <p>A file's outputs are written beside their final names and renamed into place, then its manifest
 * line; a file whose line names the same size and MD5 as the input is not mapped again (unless
 * {@code --force}). Jena's objects never leave a task: Spark moves only file names and counts.
 */
package org.publd.spark;

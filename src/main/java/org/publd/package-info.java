/**
 * PubLD: PubMed records published as Linked Data.
 *
 * <p>Packages depend one way: {@code cli -> server, store, link, pipeline -> mapping -> record} and
 * {@code pipeline -> source -> record}.
 * A {@link org.publd.source source} parser reads one input format into immutable
 * {@link org.publd.record record} values; the {@link org.publd.mapping mapping} turns each record
 * into its named graph of quads; the {@link org.publd.pipeline pipeline} runs inputs through both
 * into a record sink, which decides whether the records are printed, stored or counted. The
 * {@link org.publd.store store} holds them in TDB2, a {@link org.publd.link linker} adds links to
 * other knowledge graphs, and the {@link org.publd.server server} publishes them. Whatever talks
 * to a service on the network does it through the one polite client of {@link org.publd.net}.
 * {@link org.publd.PubldException} is the root of every error, and {@link org.publd.GzipInput} takes
 * the gzip layer off every file read, whichever package reads it.
 */
package org.publd;

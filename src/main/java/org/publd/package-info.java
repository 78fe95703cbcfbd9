/**
 * PubLD: PubMed records published as Linked Data.
 *
 * <p>Packages depend one way: {@code cli -> server, store -> mapping -> source -> record}.
 * A {@link org.publd.source source} parser reads one input format into immutable
 * {@link org.publd.record record} values; the {@link org.publd.mapping mapping} turns each record
 * into quads on a Jena {@code StreamRDF}; the sink decides whether they are printed, stored or counted.
 * {@link org.publd.PubldException} is the root of every error.
 */
package org.publd;

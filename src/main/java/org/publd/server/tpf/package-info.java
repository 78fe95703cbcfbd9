/**
 * Triple Pattern Fragments at {@code /fragments}: the triples of the dataset's default graph (the union of
 * the record graphs), or of one named graph, that match a pattern of subject, predicate and object, 100 a
 * page, with the Hydra controls a Linked Data Fragments client (Comunica) follows: the search form that
 * makes a fragment's address from a pattern, links to the next and previous pages, and an estimate of
 * the fragment's size.
 *
 * <p>A page is one range read of the store's indexes (TDB2's {@code find}) plus a bounded look ahead for
 * the estimate; nothing here counts a whole fragment. Terms are written as Linked Data Fragments clients
 * write them (Hydra's explicit representation): an IRI as it is, a literal as {@code "text"},
 * {@code "text"@en} or {@code "5"^^http://www.w3.org/2001/XMLSchema#integer}, an empty value or a
 * {@code ?variable} for any term.
 */
package org.publd.server.tpf;

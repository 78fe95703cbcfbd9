/**
 * Finding articles: full-text search and the lists of a journal's, an author's, a MeSH heading's and
 * a year's articles, read from a local dataset.
 *
 * <p>The data: search reads the text index PubLD keeps beside the database ({@code org.publd.store.SearchIndex})
 * through SPARQL's {@code text:query}, whose hits are the resources whose title, abstract, name,
 * journal name or label matched, with a score each. A hit on a work (anything with
 * {@code fabio:hasPubMedId}) counts for that work; a hit on an author, a MeSH heading or substance,
 * or a journal counts for the works linked to it by {@code dcterms:creator}, {@code dcterms:subject},
 * {@code publd:substance} or {@code dcterms:isPartOf}. A work's relevance is the sum of its hits'
 * best scores, which is what the SPARQL query in the README computes. Lists and results hold every
 * work the data describes, records and the works they cite alike, and are read from the union of the
 * graphs ({@link org.publd.server.search.WorkSummary} says what is shown of each).
 */
package org.publd.server.search;

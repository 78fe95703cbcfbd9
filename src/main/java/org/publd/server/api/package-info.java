/**
 * The REST API at {@code /api/v1/}, in the shape of OpenCitations' Index and Meta APIs: tables of
 * strings (one row per citation, or per work) read with parameterised SPARQL queries from the server's
 * {@link org.publd.server.read.ReadStore} (the local dataset or a remote SPARQL store, with the SPARQL
 * endpoint's timeout and row cap), then narrowed ({@code require}, {@code filter}, {@code sort}) and written as JSON or CSV.
 *
 * <p>A work is named by an identifier its records state as {@code dcterms:identifier}
 * ({@code pmid:20724638}, {@code doi:10.1126/science.1190287}, {@code pmcid:PMC3116441}); a citation by
 * PubLD's own id {@code {citing PMID}-{cited PMID}}, the local part of its IRI {@code B citation/...}.
 */
package org.publd.server.api;
